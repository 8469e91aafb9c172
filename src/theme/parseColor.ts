import { MAX_COLOR_LENGTH } from './constants.js';
import { NAMED_COLORS } from './namedColors.js';
import type { Rgba } from './Rgba.js';

const HEX = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const FUNCTION = /^(rgba?|hsla?)\(([^()]*)\)$/i;
const NUMBER = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?)(%|deg)?$/i;

interface Arg {
  readonly value: number;
  readonly unit: '' | '%' | 'deg';
}

function rgba(r: number, g: number, b: number, a: number): Rgba {
  return Object.freeze({ r: Math.round(r), g: Math.round(g), b: Math.round(b), a: Math.round(a * 1000) / 1000 });
}

function parseHex(digits: string): Rgba {
  const long = digits.length <= 4 ? digits.replace(/./g, (d) => d + d) : digits;
  const channel = (i: number): number => parseInt(long.slice(i * 2, i * 2 + 2), 16);
  return rgba(channel(0), channel(1), channel(2), long.length === 8 ? channel(3) / 255 : 1);
}

function parseArg(text: string): Arg | undefined {
  const match = NUMBER.exec(text);
  if (!match) return undefined;
  const value = Number(match[1]);
  if (!Number.isFinite(value)) return undefined;
  return { value, unit: (match[2]?.toLowerCase() ?? '') as Arg['unit'] };
}

/** Splits `a, b, c, d` (legacy) or `a b c / d` (CSS Color 4); mixing both is invalid. */
function splitArgs(body: string): Arg[] | undefined {
  const text = body.trim();
  let parts: string[];
  if (text.includes(',')) {
    if (text.includes('/')) return undefined;
    parts = text.split(',').map((p) => p.trim());
  } else {
    const [main = '', alpha, extra] = text.split('/');
    if (extra !== undefined) return undefined;
    parts = main.trim().split(/\s+/);
    if (alpha !== undefined) parts.push(alpha.trim());
  }
  const args: Arg[] = [];
  for (const part of parts) {
    const arg = parseArg(part);
    if (!arg) return undefined;
    args.push(arg);
  }
  return args;
}

/** Alpha as a number 0-1 or a percentage 0-100%. */
function alphaOf(arg: Arg | undefined): number | undefined {
  if (!arg) return 1;
  if (arg.unit === 'deg') return undefined;
  const a = arg.unit === '%' ? arg.value / 100 : arg.value;
  return a >= 0 && a <= 1 ? a : undefined;
}

function parseRgb(args: Arg[]): Rgba | undefined {
  const channels: number[] = [];
  for (const arg of args.slice(0, 3)) {
    if (arg.unit === 'deg') return undefined;
    const v = arg.unit === '%' ? (arg.value / 100) * 255 : arg.value;
    if (v < 0 || v > 255) return undefined;
    channels.push(v);
  }
  const a = alphaOf(args[3]);
  return a === undefined ? undefined : rgba(channels[0]!, channels[1]!, channels[2]!, a);
}

function parseHsl(args: Arg[]): Rgba | undefined {
  const [hue, sat, light] = args;
  if (!hue || !sat || !light || hue.unit === '%' || sat.unit === 'deg' || light.unit === 'deg') return undefined;
  const s = sat.value / 100;
  const l = light.value / 100;
  if (s < 0 || s > 1 || l < 0 || l > 1) return undefined;
  const a = alphaOf(args[3]);
  if (a === undefined) return undefined;
  const h = ((hue.value % 360) + 360) % 360;
  // The CSS Color 4 reference conversion (hslToRgb), on a 0-1 scale.
  const k = (n: number): number => (n + h / 30) % 12;
  const f = (n: number): number => l - s * Math.min(l, 1 - l) * Math.max(-1, Math.min(k(n) - 3, 9 - k(n), 1));
  return rgba(f(0) * 255, f(8) * 255, f(4) * 255, a);
}

/**
 * Parses a CSS colour: `#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa`, `rgb()`/`rgba()` and `hsl()`/`hsla()`
 * (comma or space syntax, channels in range, never clamped), `transparent`, and a small set of named
 * colours. Undefined for anything else.
 *
 * @example
 * parseColor('#ff000080'); // { r: 255, g: 0, b: 0, a: 0.502 }
 */
export function parseColor(str: unknown): Rgba | undefined {
  if (typeof str !== 'string' || str.length > MAX_COLOR_LENGTH) return undefined;
  const text = str.trim().toLowerCase();
  const hex = HEX.exec(text);
  if (hex) return parseHex(hex[1]!);
  if (text === 'transparent') return rgba(0, 0, 0, 0);
  if (Object.prototype.hasOwnProperty.call(NAMED_COLORS, text)) {
    const [r, g, b] = NAMED_COLORS[text]!;
    return rgba(r, g, b, 1);
  }
  const fn = FUNCTION.exec(text);
  if (!fn) return undefined;
  const args = splitArgs(fn[2]!);
  if (!args || args.length < 3 || args.length > 4) return undefined;
  return fn[1]!.startsWith('rgb') ? parseRgb(args) : parseHsl(args);
}
