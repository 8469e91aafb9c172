import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

const SRC = new URL('../../src/', import.meta.url).pathname;

/** Property names a `\p{…}` may use on an ES2018 engine: general categories and ES2018's binary properties. */
const ES2018_PROPERTIES = new Set([
  ...'L Lu Ll Lt LC Lm Lo M Mn Mc Me N Nd Nl No P Pc Pd Ps Pe Pi Pf Po S Sm Sc Sk So Z Zs Zl Zp C Cc Cf Cs Co Cn'.split(' '),
  ...'ASCII ASCII_Hex_Digit Alphabetic Any Assigned Bidi_Control Bidi_Mirrored Case_Ignorable Cased Changes_When_Casefolded Changes_When_Casemapped Changes_When_Lowercased Changes_When_NFKC_Casefolded Changes_When_Titlecased Changes_When_Uppercased Dash Default_Ignorable_Code_Point Deprecated Diacritic Emoji Emoji_Component Emoji_Modifier Emoji_Modifier_Base Emoji_Presentation Extender Grapheme_Base Grapheme_Extend Hex_Digit IDS_Binary_Operator IDS_Trinary_Operator ID_Continue ID_Start Ideographic Join_Control Logical_Order_Exception Lowercase Math Noncharacter_Code_Point Pattern_Syntax Pattern_White_Space Quotation_Mark Radical Regional_Indicator Sentence_Terminal Soft_Dotted Terminal_Punctuation Unified_Ideograph Uppercase Variation_Selector White_Space XID_Continue XID_Start'.split(' '),
]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

describe('Unicode property escapes', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('TEXT19 no regex literal in src names a property an ES2018 engine may lack (such a literal stops the whole bundle from parsing)', () => {
    const offending: string[] = [];
    for (const file of sourceFiles(SRC)) {
      // A single backslash is a regex literal's `\p{…}`; strings handed to `new RegExp` spell it `\\p{…}`.
      for (const m of readFileSync(file, 'utf8').matchAll(/(?<!\\)\\p\{(?:General_Category=|gc=)?([A-Za-z_]+)\}/g)) {
        if (!ES2018_PROPERTIES.has(m[1]!)) offending.push(`${file.slice(SRC.length)}: \\p{${m[1]}}`);
      }
    }
    expect(offending).toEqual([]);
  });

  it('TEXT19 on a host without Extended_Pictographic, emoji are still kept whole and recognised', async () => {
    const Real = RegExp;
    vi.stubGlobal(
      'RegExp',
      new Proxy(Real, {
        construct(target, args: [string, string?]) {
          if (String(args[0]).includes('Extended_Pictographic')) throw new SyntaxError('Invalid property name');
          return Reflect.construct(target, args) as RegExp;
        },
      }),
    );
    vi.resetModules();
    const { splitGraphemesFallback, isEmojiGrapheme } = await import('../../src/paint/index.js');
    expect(splitGraphemesFallback('👨‍👩‍👧🇯🇵a❤️\u200D🔥')).toEqual(['👨‍👩‍👧', '🇯🇵', 'a', '❤️\u200D🔥']);
    expect(isEmojiGrapheme('😀')).toBe(true);
    expect(isEmojiGrapheme('7')).toBe(false);
    expect(isEmojiGrapheme('🇯🇵')).toBe(true);
  });
});
