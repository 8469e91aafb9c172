import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GRAPHEME_DATA_UNICODE_VERSION } from '../../src/paint/graphemeBreakData.js';
import { graphemeBreakExceptions, graphemeBreakProperty, hostGraphemePropertyMatcher } from '../../src/paint/graphemeBreakProperty.js';
import { GCB_LV, GCB_LVT } from '../../src/paint/graphemeBreakConstants.js';

/** Grapheme_Cluster_Break, Indic_Conjunct_Break and Extended_Pictographic of every code point, from scripts/generateGraphemeData.mjs. */
const FIXTURE = JSON.parse(readFileSync(new URL('./fixtures/graphemeBreakProperty.json', import.meta.url), 'utf8')) as {
  unicodeVersion: string;
  ranges: string[];
};

const GCB_NAMES = ['Other', 'CR', 'LF', 'Control', 'Extend', 'ZWJ', 'Regional_Indicator', 'Prepend', 'SpacingMark', 'L', 'V', 'T', 'LV', 'LVT'];
const FLAGS: Record<string, number> = { ExtPict: 1 << 4, 'InCB=Consonant': 1 << 5, 'InCB=Linker': 1 << 6, 'InCB=Extend': 1 << 7 };

function expected(): Uint8Array {
  const want = new Uint8Array(0x110000);
  for (const row of FIXTURE.ranges) {
    const [span, gcb, ...flags] = row.split(' ');
    const [first, last] = span!.split('..').map((h) => parseInt(h, 16));
    let value = GCB_NAMES.indexOf(gcb!);
    for (const f of flags) value |= FLAGS[f]!;
    want.fill(value, first!, last! + 1);
  }
  // Hangul syllables: LV when (cp − U+AC00) is a multiple of 28 (Unicode Standard, 3.12).
  for (let cp = 0xac00; cp <= 0xd7a3; cp++) want[cp] = (cp - 0xac00) % 28 === 0 ? GCB_LV : GCB_LVT;
  return want;
}

// The derivation reads the host's regex properties: the exhaustive check holds where the host's
// Unicode is the data's version (a host with another version differs on the code points that changed).
const SAME_UNICODE = `${process.versions.unicode}.0` === FIXTURE.unicodeVersion;

describe('graphemeBreakProperty', () => {
  it('TEXT17 the generated exceptions and the property fixture come from the same Unicode version', () => {
    expect(GRAPHEME_DATA_UNICODE_VERSION).toBe(FIXTURE.unicodeVersion);
  });

  it.runIf(SAME_UNICODE)('TEXT17 every code point gets its Unicode Grapheme_Cluster_Break, Indic_Conjunct_Break and Extended_Pictographic values', () => {
    const want = expected();
    const match = hostGraphemePropertyMatcher();
    const exceptions = graphemeBreakExceptions();
    const wrong: string[] = [];
    for (let cp = 0; cp < 0x110000; cp++) {
      const got = graphemeBreakProperty(cp, String.fromCodePoint(cp), match, exceptions);
      if (got !== want[cp] && wrong.length < 20) wrong.push(`U+${cp.toString(16).toUpperCase()}: ${got} instead of ${want[cp]}`);
    }
    expect(wrong).toEqual([]);
  });
});
