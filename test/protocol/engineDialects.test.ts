import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../src/protocol/index.js';
import type { Message, ProtocolErrorCode } from '../../src/protocol/index.js';

function ok(raw: unknown): Message {
  const r = parseMessage(raw);
  if (!r.ok) throw new Error(`expected a message, got ${r.error.message}`);
  return r.message;
}
function err(raw: unknown): { code: ProtocolErrorCode; message: string } {
  const r = parseMessage(raw);
  if (r.ok) throw new Error(`expected a failure, got ${JSON.stringify(r.message)}`);
  return r.error;
}

describe('ENGINE dialects', () => {
  it('ENGINE1 Cocos Creator 3 SubContextView: a viewport in logical px, engine-owned canvas shown whole ("contain")', () => {
    expect(ok({ fromEngine: true, type: 'engine', event: 'viewport', x: 12, y: 80.5, width: 300, height: 420 })).toEqual({
      ns: 'friendcanvas', v: 1, type: 'viewport', x: 12, y: 80.5, width: 300, height: 420, canvasOwner: 'engine', fit: 'contain', dialect: 'cocos',
    });
  });

  it('ENGINE1 LayaAir 3 OpenDataContextView: updateViewPort box → viewport (stretched), close → hide', () => {
    expect(ok({ type: 'updateViewPort', box: { x: 1, y: 2, width: 3, height: 4 } })).toEqual({
      ns: 'friendcanvas', v: 1, type: 'viewport', x: 1, y: 2, width: 3, height: 4, canvasOwner: 'engine', fit: 'stretch', dialect: 'laya',
    });
    expect(ok({ type: 'close' })).toEqual({ ns: 'friendcanvas', v: 1, type: 'hide' });
  });

  it('ENGINE1 Unity WXRender: physical px divided by devicePixelRatio, which becomes the pixel ratio; WXDestroy → hide', () => {
    expect(ok({ type: 'WXRender', x: 100, y: 200, width: 640, height: 960, devicePixelRatio: 2 })).toEqual({
      ns: 'friendcanvas', v: 1, type: 'viewport', x: 50, y: 100, width: 320, height: 480, pixelRatio: 2, canvasOwner: 'engine', fit: 'stretch', dialect: 'unity',
    });
    // Without a ratio the numbers are taken as logical px.
    expect(ok({ type: 'WXRender', x: 0, y: 0, width: 10, height: 20 })).toMatchObject({ width: 10, height: 20, pixelRatio: 1 });
    expect(ok({ type: 'WXDestroy' })).toEqual({ ns: 'friendcanvas', v: 1, type: 'hide' });
  });

  it('ENGINE4 an engine rectangle of zero or negative size is passed on (it hides nothing; the app maps no touches)', () => {
    expect(ok({ fromEngine: true, type: 'engine', event: 'viewport', x: 0, y: 0, width: 0, height: 100 })).toMatchObject({ width: 0 });
    expect(ok({ type: 'updateViewPort', box: { x: 0, y: 0, width: -5, height: -5 } })).toMatchObject({ width: -5, height: -5 });
  });

  it('ENGINE5 malformed engine messages are rejected with a clear error naming the field', () => {
    expect(err({ fromEngine: true, type: 'engine', event: 'viewport', x: '1', y: 0, width: 1, height: 1 })).toMatchObject({ code: 'wrong-type', message: expect.stringContaining('x') });
    expect(err({ fromEngine: true, type: 'engine', event: 'viewport', x: 0, y: 0, width: Number.NaN, height: 1 }).message).toMatch(/width/);
    expect(err({ type: 'updateViewPort' })).toMatchObject({ code: 'missing-field', message: expect.stringContaining('box') });
    expect(err({ type: 'updateViewPort', box: { x: 0, y: 0, width: 1 } }).message).toMatch(/box\.height/);
    expect(err({ type: 'WXRender', x: 0, y: 0, width: 1, height: 1, devicePixelRatio: 0 }).message).toMatch(/devicePixelRatio/);
    expect(err({ type: 'WXRender', x: 0, y: 0, width: 1e12, height: 1 }).code).toBe('out-of-range');
    expect(err({ fromEngine: true, event: 'teleport' }).code).toBe('unknown-type');
  });

  it('ENGINE5 Cocos loop events are recognised and ignored (code "ignored"); a Cocos Creator 2 viewport is named unsupported', () => {
    expect(err({ fromEngine: true, type: 'engine', event: 'mainLoop', value: true }).code).toBe('ignored');
    expect(err({ fromEngine: true, event: 'viewport', x: 0, y: 0, width: 10, height: 10 })).toMatchObject({ code: 'unsupported-engine', message: expect.stringContaining('Cocos Creator 2') });
  });

  it('ENGINE2 a v1 viewport may say who owns the canvas and how it is fitted; other values are refused', () => {
    const v = { ns: 'friendcanvas', v: 1, type: 'viewport', x: 0, y: 0, width: 10, height: 10 };
    expect(ok({ ...v, canvasOwner: 'engine', fit: 'contain' })).toMatchObject({ canvasOwner: 'engine', fit: 'contain' });
    expect(ok(v)).not.toHaveProperty('canvasOwner');
    expect(err({ ...v, canvasOwner: 'game' }).message).toMatch(/canvasOwner/);
    expect(err({ ...v, fit: 'cover' }).message).toMatch(/fit/);
    // A v1 sender cannot claim a dialect: the field is not read.
    expect(ok({ ...v, dialect: 'cocos' })).not.toHaveProperty('dialect');
    // v1 sizes must still be positive.
    expect(err({ ...v, width: 0 }).code).toBe('out-of-range');
  });

  it('ENGINE7 a JSON string is read as the message it encodes (Unity PostMessage sends strings); non-JSON, non-object or oversized strings are refused', () => {
    expect(ok(JSON.stringify({ ns: 'friendcanvas', v: 1, type: 'show', panel: 'leaderboard' }))).toEqual({ ns: 'friendcanvas', v: 1, type: 'show', panel: 'leaderboard' });
    expect(ok(JSON.stringify({ type: 'WXDestroy' }))).toEqual({ ns: 'friendcanvas', v: 1, type: 'hide' });
    expect(err('hello').code).toBe('not-object');
    expect(err('[1,2]').code).toBe('not-object');
    expect(err('42').message).toMatch(/JSON/);
    expect(err(`"${'x'.repeat(70_000)}"`).code).toBe('too-long');
    // A string inside JSON text is not read again (one level only).
    expect(err(JSON.stringify(JSON.stringify({ type: 'WXDestroy' }))).code).toBe('not-object');
  });

  it('ENGINE5 Unity WXShow (game back in the foreground) is known and ignored', () => {
    expect(err({ type: 'WXShow' }).code).toBe('ignored');
  });
});
