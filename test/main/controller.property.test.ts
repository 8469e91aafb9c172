import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError, createPanelController, type PanelController, type PanelName, type ThemePresetName } from '../../src/main/index.js';
import { parseMessage } from '../../src/protocol/index.js';
import { createFakeMainHost, type FakeMainHost } from './fakeMainHost.js';

/** Mostly plausible, sometimes wrong values, so both accepted and rejected calls are exercised. */
const num = fc.oneof(fc.double({ min: -500, max: 1500, noNaN: true }), fc.constantFrom(0, -0, 1e6, Number.NaN, Number.POSITIVE_INFINITY));
const str = fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('', 'leaderboard', 'share', 'x'.repeat(200)));
const opts = fc.oneof(fc.constant(undefined), fc.object({ maxDepth: 3, maxKeys: 4 }), fc.anything());

type Action = (p: PanelController, h: FakeMainHost) => unknown;

const action: fc.Arbitrary<Action> = fc.oneof(
  fc.tuple(num, num, num, num, fc.option(num, { nil: undefined })).map(
    ([x, y, width, height, pr]): Action => (p) => p.setViewport({ x, y, width, height }, pr),
  ),
  fc.tuple(str, opts).map(([name, o]): Action => (p) => p.show(name as PanelName, o as Record<string, unknown>)),
  fc.constant<Action>((p) => p.hide()),
  fc.oneof(str, opts).map((t): Action => (p) => p.setTheme(t as ThemePresetName)),
  fc.constant<Action>((p) => p.refresh()),
  fc.tuple(fc.constantFrom('top', 'self', 'bottom'), fc.option(fc.boolean(), { nil: undefined })).map(
    ([t, a]): Action => (p) => p.scrollTo(t as 'top', a),
  ),
  str.map((id): Action => (p) => p.setSelf(id)),
  fc.constant<Action>((p) => p.resync()),
  fc.constant<Action>((p) => p.forwardTouches()),
  fc.constant<Action>((p) => p.forwardTouches()()),
  fc.tuple(fc.constantFrom('start', 'move', 'end', 'cancel' as const), fc.integer({ min: 0, max: 3 }), num, num, num).map(
    ([phase, id, x, y, t]): Action => (_, h) => h.touch(phase, id, x, y, t),
  ),
  fc.tuple(num, num, num).map(([x, y, d]): Action => (p) => p.forwardWheel(x, y, d)),
  fc.tuple(str, fc.oneof(num, str)).map(([k, v]): Action => (p) => p.saveScore(k, v)),
  fc.dictionary(str, fc.oneof(num, str), { maxKeys: 4 }).map((r): Action => (p) => p.saveScores(r)),
);

describe('controller properties', () => {
  it('CTRL14 every message the controller posts parses, whatever calls the game makes', async () => {
    let posted = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(action, { maxLength: 30 }), async (actions) => {
        const host = createFakeMainHost();
        const panels = createPanelController({ host, warn: () => undefined });
        for (const act of actions) {
          const before = host.posted.length;
          try {
            await act(panels, host);
          } catch (e) {
            // Bad input is reported as ValidationError and posts nothing; any other error is a bug.
            expect(e).toBeInstanceOf(ValidationError);
            expect(host.posted.length).toBe(before);
          }
        }
        for (const m of host.posted) expect(parseMessage(m)).toMatchObject({ ok: true });
        posted += host.posted.length;
      }),
      { numRuns: 1_000 },
    );
    expect(posted).toBeGreaterThan(1_000);
  });
});
