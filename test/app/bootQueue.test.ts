import { describe, expect, it } from 'vitest';
import { BootQueue } from '../../src/app/BootQueue.js';
import { msg } from '../../src/protocol/index.js';
import type { Message } from '../../src/protocol/index.js';

const pointer = (x: number): Message => msg.pointer({ phase: 'move', id: 1, x, y: 0 });
const types = (q: BootQueue): string[] => q.drain().map((m) => (m.type === 'score' ? `score:${m.key}=${m.value}` : m.type));

describe('BootQueue (the policy alone)', () => {
  it('APP25 keeps order and replaces the message a later one supersedes (viewport, self, show/hide, refresh, scrollTo, score per key)', () => {
    const q = new BootQueue(10);
    q.push(msg.viewport({ x: 0, y: 0, width: 100, height: 100 }));
    q.push(msg.show({ panel: 'leaderboard' }));
    q.push(msg.score({ key: 'best', value: '1' }));
    q.push(msg.score({ key: 'other', value: '5' }));
    q.push(msg.theme({ preset: 'dark' }));
    q.push(msg.theme({ tokens: { colors: { accent: '#00ff00' } } }));
    q.push(msg.score({ key: 'best', value: '2' }));
    q.push(msg.hide());
    const v2 = msg.viewport({ x: 0, y: 0, width: 200, height: 100 });
    q.push(v2);
    // Themes accumulate (never superseded); a hide replaces the show; the latest score per key wins.
    expect(types(q)).toEqual(['score:other=5', 'theme', 'theme', 'score:best=2', 'hide', 'viewport']);
    expect(q.length).toBe(0);
  });

  it('APP25 over capacity touch input goes first, then themes, then the oldest; the dropped type is returned', () => {
    const q = new BootQueue(3);
    expect(q.push(msg.show({ panel: 'share' }))).toBeUndefined();
    expect(q.push(msg.theme({ preset: 'dark' }))).toBeUndefined();
    expect(q.push(pointer(1))).toBeUndefined();
    expect(q.push(msg.self({ openid: 'me' }))).toBe('pointer');
    expect(q.push(msg.refresh())).toBe('theme');
    expect(q.push(msg.scrollTo({ target: 'top' }))).toBe('show');
    expect(types(q)).toEqual(['self', 'refresh', 'scrollTo']);
  });

  it('APP25 a stream of pointer moves never pushes out state sent once', () => {
    const q = new BootQueue(4);
    q.push(msg.viewport({ x: 0, y: 0, width: 100, height: 100 }));
    q.push(msg.show({ panel: 'share' }));
    for (let i = 0; i < 500; i++) q.push(pointer(i));
    const drained = q.drain();
    expect(drained.map((m) => m.type)).toEqual(['viewport', 'show', 'pointer', 'pointer']);
    expect(drained.slice(2).map((m) => (m.type === 'pointer' ? m.x : -1))).toEqual([498, 499]);
  });
});
