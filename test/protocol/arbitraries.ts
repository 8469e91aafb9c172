/** fast-check arbitraries for valid protocol v1 messages (shared with test/main). */
import fc from 'fast-check';
import type { Message, PlainObject, PlainValue } from '../../src/protocol/index.js';

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/** Finite numbers including -0 and extremes. */
export const finite = fc.double({ noNaN: true, noDefaultInfinity: true });

const key = fc.string({ maxLength: 12 }).filter((k) => !FORBIDDEN.has(k));
const leaf: fc.Arbitrary<PlainValue> = fc.oneof(fc.string({ maxLength: 40 }), finite, fc.boolean(), fc.constant(null));

/** Plain objects within the protocol limits (depth <= 4, <= 3 keys per level so <= 120 keys total). */
export const plainObject: fc.Arbitrary<PlainObject> = fc.letrec<{ obj: PlainObject; val: PlainValue }>((tie) => ({
  obj: fc.dictionary(key, tie('val'), { maxKeys: 3, noNullPrototype: true }),
  val: fc.oneof({ depthSize: 'small', maxDepth: 3 }, leaf, tie('obj')),
})).obj;

const name = fc.string({ minLength: 1, maxLength: 64 });
const size = fc.double({ min: Number.MIN_VALUE, max: 100_000, noNaN: true });
const ratio = fc.double({ min: Number.MIN_VALUE, max: 8, noNaN: true });
const envelope = { ns: fc.constant('friendcanvas' as const), v: fc.constant(1 as const) };

/** Every valid message, one arbitrary per type. */
export const validMessage: fc.Arbitrary<Message> = fc.oneof(
  fc.record(
    { ...envelope, type: fc.constant('viewport' as const), x: finite, y: finite, width: size, height: size, pixelRatio: ratio, canvasOwner: fc.constantFrom('auto' as const, 'engine' as const), fit: fc.constantFrom('stretch' as const, 'contain' as const) },
    { requiredKeys: ['ns', 'v', 'type', 'x', 'y', 'width', 'height'] },
  ),
  fc.record(
    { ...envelope, type: fc.constant('show' as const), panel: name, options: plainObject },
    { requiredKeys: ['ns', 'v', 'type', 'panel'] },
  ),
  fc.record({ ...envelope, type: fc.constant('hide' as const) }),
  fc.oneof(
    fc.record({ ...envelope, type: fc.constant('theme' as const), preset: name }),
    fc.record({ ...envelope, type: fc.constant('theme' as const), tokens: plainObject }),
    fc.record({ ...envelope, type: fc.constant('theme' as const), preset: name, tokens: plainObject }),
  ),
  fc.record({
    ...envelope,
    type: fc.constant('score' as const),
    key: fc.string({ minLength: 1, maxLength: 128 }),
    value: fc.oneof(finite, fc.string({ maxLength: 1024 })),
  }),
  fc.record({ ...envelope, type: fc.constant('self' as const), openid: fc.string({ minLength: 1, maxLength: 128 }) }),
  fc.record({ ...envelope, type: fc.constant('refresh' as const) }),
  fc.record(
    {
      ...envelope,
      type: fc.constant('pointer' as const),
      phase: fc.constantFrom('start' as const, 'move' as const, 'end' as const, 'cancel' as const),
      id: fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
      x: finite,
      y: finite,
      t: finite,
    },
    { requiredKeys: ['ns', 'v', 'type', 'phase', 'id', 'x', 'y'] },
  ),
  fc.record({
    ...envelope,
    type: fc.constant('wheel' as const),
    x: finite,
    y: finite,
    deltaY: fc.double({ min: -100_000, max: 100_000, noNaN: true }),
  }),
  fc.record(
    { ...envelope, type: fc.constant('scrollTo' as const), target: fc.constantFrom('top' as const, 'self' as const), animated: fc.boolean() },
    { requiredKeys: ['ns', 'v', 'type', 'target'] },
  ),
);

/** Message-shaped objects whose fields are anything: reaches the per-field checks. */
export const nearMessage = fc.record(
  {
    ns: fc.oneof(fc.constant('friendcanvas'), fc.anything()),
    v: fc.oneof(fc.constant(1), fc.anything()),
    type: fc.oneof(
      fc.constantFrom('viewport', 'show', 'hide', 'theme', 'score', 'self', 'refresh', 'pointer', 'wheel', 'scrollTo'),
      fc.anything(),
    ),
    command: fc.oneof(fc.constantFrom('render', 'hide'), fc.anything()),
    x: fc.anything(),
    y: fc.anything(),
    width: fc.anything(),
    height: fc.anything(),
    panel: fc.anything(),
    options: fc.anything(),
    tokens: fc.anything(),
    key: fc.anything(),
    value: fc.anything(),
    phase: fc.anything(),
    id: fc.anything(),
    target: fc.anything(),
  },
  { requiredKeys: [] },
);
