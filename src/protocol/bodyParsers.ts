import {
  MAX_NAME_CHARS,
  POINTER_PHASES,
  MAX_OPENID_CHARS,
  MAX_PIXEL_RATIO,
  MAX_SCORE_KEY_CHARS,
  MAX_SCORE_STRING_CHARS,
  MAX_VIEWPORT_SIZE_PX,
  MAX_WHEEL_DELTA_PX,
} from './constants.js';
import type { FieldReader, NumberRule } from './FieldReader.js';
import { msg } from './msg.js';
import type { Message, MessageType } from './Message.js';
import { protocolError } from './ProtocolError.js';
import { wrongType } from './readOwn.js';

const SIZE: NumberRule = { test: (n) => n > 0 && n <= MAX_VIEWPORT_SIZE_PX, expect: `0 < n <= ${MAX_VIEWPORT_SIZE_PX}` };
const PIXEL_RATIO: NumberRule = { test: (n) => n > 0 && n <= MAX_PIXEL_RATIO, expect: `0 < n <= ${MAX_PIXEL_RATIO}` };
const INTEGER: NumberRule = { test: (n) => Number.isSafeInteger(n), expect: 'a safe integer' };
const WHEEL_DELTA: NumberRule = {
  test: (n) => Math.abs(n) <= MAX_WHEEL_DELTA_PX,
  expect: `|deltaY| <= ${MAX_WHEEL_DELTA_PX}`,
};
const CANVAS_OWNERS = ['auto', 'engine'] as const;
const CANVAS_FITS = ['stretch', 'contain'] as const;
const TARGETS = ['top', 'self'] as const;

/** Reads the fields of one message type; `undefined` when the reader recorded an error. */
type BodyParser = (f: FieldReader) => Message | undefined;

/**
 * One parser per message type. Typed as a `Record` over the union so a new type cannot be added
 * without a parser. Each reads all its fields, then builds only when no error was recorded.
 */
export const BODY_PARSERS: Readonly<Record<MessageType, BodyParser>> = Object.freeze({
  viewport(f: FieldReader) {
    const x = f.number('x');
    const y = f.number('y');
    const width = f.number('width', SIZE);
    const height = f.number('height', SIZE);
    const pixelRatio = f.number('pixelRatio', PIXEL_RATIO, true);
    const canvasOwner = f.oneOf('canvasOwner', CANVAS_OWNERS, true);
    const fit = f.oneOf('fit', CANVAS_FITS, true);
    if (x === undefined || y === undefined || width === undefined || height === undefined) return undefined;
    return f.error ? undefined : msg.viewport({ x, y, width, height, pixelRatio, canvasOwner, fit });
  },
  show(f: FieldReader) {
    const panel = f.string('panel', 1, MAX_NAME_CHARS);
    const options = f.object('options', true);
    if (panel === undefined || f.error) return undefined;
    return msg.show({ panel, options });
  },
  hide: () => msg.hide(),
  theme(f: FieldReader) {
    const preset = f.string('preset', 1, MAX_NAME_CHARS, true);
    const tokens = f.object('tokens', true);
    if (f.error) return undefined;
    if (preset === undefined && tokens === undefined) {
      f.fail(protocolError('missing-field', 'preset', 'a theme message needs preset or tokens (or both)'));
      return undefined;
    }
    return msg.theme({ preset, tokens });
  },
  score(f: FieldReader) {
    const key = f.string('key', 1, MAX_SCORE_KEY_CHARS);
    const value = f.raw('value');
    if (key === undefined || f.error) return undefined;
    if (value === undefined) {
      f.fail(protocolError('missing-field', 'value', 'is required'));
    } else if (typeof value === 'number') {
      if (Number.isFinite(value)) return msg.score({ key, value });
      f.fail(protocolError('out-of-range', 'value', 'expected a finite number'));
    } else if (typeof value === 'string') {
      if (value.length <= MAX_SCORE_STRING_CHARS) return msg.score({ key, value });
      f.fail(protocolError('too-long', 'value', `expected at most ${MAX_SCORE_STRING_CHARS} chars, got ${value.length}`));
    } else {
      f.fail(wrongType('value', 'a finite number or a string', value));
    }
    return undefined;
  },
  self(f: FieldReader) {
    const openid = f.string('openid', 1, MAX_OPENID_CHARS);
    return openid === undefined || f.error ? undefined : msg.self({ openid });
  },
  refresh: () => msg.refresh(),
  pointer(f: FieldReader) {
    const phase = f.oneOf('phase', POINTER_PHASES);
    const id = f.number('id', INTEGER);
    const x = f.number('x');
    const y = f.number('y');
    const t = f.number('t', undefined, true);
    if (phase === undefined || id === undefined || x === undefined || y === undefined || f.error) return undefined;
    return msg.pointer({ phase, id, x, y, t });
  },
  wheel(f: FieldReader) {
    const x = f.number('x');
    const y = f.number('y');
    const deltaY = f.number('deltaY', WHEEL_DELTA);
    if (x === undefined || y === undefined || deltaY === undefined || f.error) return undefined;
    return msg.wheel({ x, y, deltaY });
  },
  scrollTo(f: FieldReader) {
    const target = f.oneOf('target', TARGETS);
    const animated = f.boolean('animated', true);
    if (target === undefined || f.error) return undefined;
    return msg.scrollTo({ target, animated });
  },
});
