import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sanitizeNickname } from '../../src/data/index.js';
import { cleanNickname } from '../../src/data/sanitizeNickname.js';

/** Characters around the fast path's edges: plain ones, spaces, marks, controls, bidi, surrogates, joiners. */
const EDGE = [
  'a', 'Z', '~', '!', ' ', '  ', '\u00A0', '\u00A1', '\u00AD', '\u00FF', '\u0100', '\u024F', '\u0250', '\u0301',
  '\u3000', '\u3040', '\u3099', '\u309A', '\u309B', '\u30FF', '\u4E00', '\u9FFF', '\uAC00', '\uD7A3', '\u200B',
  '\u200D', '\u202E', '\uFEFF', '\uFE0F', '\uD83D', '\uDE00', '\uD83D\uDE00', '\t', '\n', '\u0000', '\u007F', '\u0085',
];

describe('sanitizeNickname fast path', () => {
  it('DATA17 a name the single-regex fast path accepts comes out exactly as the full cleaning makes it', () => {
    const piece = fc.oneof(fc.constantFrom(...EDGE), fc.string({ maxLength: 3 }), fc.constantFrom('Player', '程序员', '김철수', 'カタカナ'));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const name = parts.join('');
        expect(sanitizeNickname(name)).toBe(cleanNickname(name));
      }),
      { numRuns: 3000 },
    );
    // Lengths around the cluster cap take the full path past it.
    for (const n of [199, 200, 201]) expect(sanitizeNickname('x'.repeat(n))).toBe(cleanNickname('x'.repeat(n)));
  });
});
