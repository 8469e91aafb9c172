import { describe, expect, it } from 'vitest';
import { formatScore, parseScoreFormat, type ScoreFormat } from '../../src/data/index.js';

describe('formatScore', () => {
  it.each<[number, ScoreFormat, string]>([
    [1234567, { kind: 'integer' }, '1234567'],
    [1234567, { kind: 'integer', grouping: true }, '1,234,567'],
    [1234567, { kind: 'integer', separator: ' ' }, '1 234 567'],
    [1234567, { kind: 'integer', grouping: false, separator: '.' }, '1234567'],
    [999, { kind: 'integer', grouping: true }, '999'],
    [1000, { kind: 'integer', grouping: true }, '1,000'],
    [12.5, { kind: 'integer' }, '13'],
    [-12.5, { kind: 'integer' }, '-13'],
    [0, { kind: 'integer' }, '0'],
  ])('FMT1 integer %j with %j is %j', (score, format, expected) => {
    expect(formatScore(score, format)).toBe(expected);
  });

  it('FMT2 negatives, -0, huge numbers and non-finite values', () => {
    expect(formatScore(-1234, { kind: 'integer', grouping: true })).toBe('-1,234');
    expect(formatScore(-0, { kind: 'integer' })).toBe('0');
    expect(formatScore(-0.4, { kind: 'integer' })).toBe('0');
    expect(formatScore(1e21, { kind: 'integer', grouping: true })).toBe('1,000,000,000,000,000,000,000');
    expect(formatScore(1.5e25, { kind: 'integer' })).toBe('15000000000000000000000000');
    expect(formatScore(Number.MAX_VALUE, { kind: 'integer' })).toMatch(/^179769313486231570{292}$/);
    expect(formatScore(Number.NaN, { kind: 'integer' })).toBe('\u2014');
    expect(formatScore(Number.NEGATIVE_INFINITY, { kind: 'time' })).toBe('\u2014');
  });

  it.each<[number, ScoreFormat, string]>([
    [0, { kind: 'time', unit: 'ms' }, '0:00.000'],
    [83456, { kind: 'time', unit: 'ms' }, '1:23.456'],
    [83.4567, { kind: 'time', unit: 's' }, '1:23.457'],
    [59999.6, { kind: 'time' }, '1:00.000'],
    [3_600_000, { kind: 'time', unit: 'ms' }, '1:00:00.000'],
    [3_723_004, { kind: 'time', unit: 'ms' }, '1:02:03.004'],
    [-5000, { kind: 'time', unit: 'ms' }, '-0:05.000'],
    [360_000_000, { kind: 'time', unit: 'ms' }, '100:00:00.000'],
  ])('FMT3 time %j with %j is %j', (score, format, expected) => {
    expect(formatScore(score, format)).toBe(expected);
  });

  it.each<[number, ScoreFormat, string]>([
    [120, { kind: 'suffix', suffix: ' pts' }, '120 pts'],
    [12.345, { kind: 'suffix', suffix: ' km', decimals: 2 }, '12.35 km'],
    [12, { kind: 'suffix', suffix: 'x', decimals: 1 }, '12.0x'],
    [-0.001, { kind: 'suffix', suffix: '', decimals: 2 }, '0.00'],
    [-3.5, { kind: 'suffix', suffix: '%', decimals: 1 }, '-3.5%'],
    [2e21, { kind: 'suffix', suffix: ' g', decimals: 1 }, '2000000000000000000000.0 g'],
  ])('FMT4 suffix %j with %j is %j', (score, format, expected) => {
    expect(formatScore(score, format)).toBe(expected);
  });
});

describe('parseScoreFormat', () => {
  it.each<[string, ScoreFormat]>([
    ['integer', { kind: 'integer' }],
    [' INTEGER ', { kind: 'integer' }],
    ['integer:,', { kind: 'integer', grouping: true, separator: ',' }],
    ['integer: ', { kind: 'integer', grouping: true, separator: ' ' }],
    ['time', { kind: 'time', unit: 'ms' }],
    ['time:s', { kind: 'time', unit: 's' }],
    ['time: ms', { kind: 'time', unit: 'ms' }],
    ['suffix: pts', { kind: 'suffix', suffix: ' pts' }],
    ['suffix.2: km', { kind: 'suffix', suffix: ' km', decimals: 2 }],
    ['suffix.1:', { kind: 'suffix', suffix: '', decimals: 1 }],
  ])('FMT5 string spec %j parses', (spec, format) => {
    expect(parseScoreFormat(spec)).toEqual({ ok: true, format });
  });

  it.each([['float'], ['time:min'], ['integer:12'], ['integer:abcd'], ['suffix'], ['suffix.9:x'], [`suffix:${'x'.repeat(40)}`], ['suffix:\u0000'], [''], [42], [null], [[]]])(
    'FMT6 rejects %j with a clear error',
    (spec) => {
      const r = parseScoreFormat(spec);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatch(/^score format: /);
    },
  );

  it('FMT6 validates format objects', () => {
    expect(parseScoreFormat({ kind: 'integer', grouping: true })).toEqual({ ok: true, format: { kind: 'integer', grouping: true } });
    expect(parseScoreFormat({ kind: 'time', unit: 's' })).toEqual({ ok: true, format: { kind: 'time', unit: 's' } });
    expect(parseScoreFormat({ kind: 'suffix', suffix: '★', decimals: 0 })).toEqual({ ok: true, format: { kind: 'suffix', suffix: '★', decimals: 0 } });
    expect(parseScoreFormat({ kind: 'integer', grouping: 'yes' }).ok).toBe(false);
    expect(parseScoreFormat({ kind: 'integer', separator: 5 }).ok).toBe(false);
    expect(parseScoreFormat({ kind: 'time', unit: 'h' }).ok).toBe(false);
    expect(parseScoreFormat({ kind: 'suffix', suffix: 1 }).ok).toBe(false);
    expect(parseScoreFormat({ kind: 'suffix', suffix: 'x', decimals: 1.5 }).ok).toBe(false);
    expect(parseScoreFormat({ kind: 'money' }).ok).toBe(false);
  });

  it('FMT5 a parsed format renders as the spec promises', () => {
    const r = parseScoreFormat('integer:,');
    expect(r.ok && formatScore(9876543, r.format)).toBe('9,876,543');
  });
});
