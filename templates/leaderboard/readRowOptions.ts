import { parseScoreFormat } from '../../src/index.js';
import type { ScoreFormat } from '../../src/index.js';
import { DEFAULT_SCORE_FORMAT, MAX_EXTRA_COLUMNS, MAX_SCORE_KEY_LENGTH, MAX_TABS } from '../shared/constants.js';
import type { OptionReader } from '../shared/OptionReader.js';

/** Longest tab label or column caption accepted, characters (longer ones are cut). */
const MAX_SHORT_LABEL = 40;

/** One tab of the leaderboard: the score key it ranks by and its label. */
export interface LeaderboardTab {
  readonly scoreKey: string;
  readonly label: string;
}

/** One extra score column: its key, format and caption. */
export interface LeaderboardColumn {
  readonly scoreKey: string;
  readonly format: ScoreFormat;
  readonly label: string;
}

function validKey(key: string): boolean {
  return key !== '' && key.length <= MAX_SCORE_KEY_LENGTH;
}

function cut(text: string): string {
  return text.length > MAX_SHORT_LABEL ? text.slice(0, MAX_SHORT_LABEL) : text;
}

/**
 * The `tabs` option, `{scoreKey: label}` in tab order (messages carry no arrays): at most
 * {@link MAX_TABS}, each a valid storage key with a non-empty string label. Bad entries are dropped
 * and reported together in one warning; fewer than two valid tabs show no tab bar.
 */
export function readTabs(r: OptionReader): readonly LeaderboardTab[] {
  const raw = r.object('tabs');
  if (raw === undefined) return [];
  const tabs: LeaderboardTab[] = [];
  const bad: string[] = [];
  for (const key of Object.keys(raw)) {
    const label = raw[key];
    if (!validKey(key) || typeof label !== 'string' || label.trim() === '') bad.push(`${key.slice(0, 32)}`);
    else if (tabs.length >= MAX_TABS) bad.push(`${key.slice(0, 32)} (more than ${MAX_TABS})`);
    else tabs.push({ scoreKey: key, label: cut(label) });
  }
  if (bad.length > 0) r.report('tabs', `entries ignored (each needs a score key and a non-empty label): ${bad.slice(0, 8).join(', ')}`);
  return tabs.length >= 2 ? tabs : [];
}

/**
 * The `columns` option, `{scoreKey: {format?, label?}}` left to right: at most
 * {@link MAX_EXTRA_COLUMNS}; a column's format defaults to `'integer:,'` and its caption to its key.
 * Bad entries are dropped and reported together in one warning.
 */
export function readColumns(r: OptionReader): readonly LeaderboardColumn[] {
  const raw = r.object('columns');
  if (raw === undefined) return [];
  const columns: LeaderboardColumn[] = [];
  const bad: string[] = [];
  for (const key of Object.keys(raw)) {
    const spec = raw[key];
    const name = key.slice(0, 32);
    if (!validKey(key) || typeof spec !== 'object' || spec === null || Array.isArray(spec)) {
      bad.push(`${name} (needs {format?, label?})`);
      continue;
    }
    if (columns.length >= MAX_EXTRA_COLUMNS) {
      bad.push(`${name} (more than ${MAX_EXTRA_COLUMNS})`);
      continue;
    }
    const entry = spec as Record<string, unknown>;
    const rawFormat = Object.prototype.hasOwnProperty.call(entry, 'format') ? entry['format'] : undefined;
    const rawLabel = Object.prototype.hasOwnProperty.call(entry, 'label') ? entry['label'] : undefined;
    let format: ScoreFormat = DEFAULT_SCORE_FORMAT;
    if (rawFormat !== undefined && rawFormat !== null) {
      const parsed = parseScoreFormat(rawFormat);
      if (parsed.ok) format = parsed.format;
      else bad.push(`${name} (format: ${parsed.error})`);
    }
    let label = key;
    if (rawLabel !== undefined && rawLabel !== null) {
      if (typeof rawLabel === 'string' && rawLabel !== '') label = rawLabel;
      else bad.push(`${name} (label must be a non-empty string)`);
    }
    columns.push({ scoreKey: key, format, label: cut(label) });
  }
  if (bad.length > 0) r.report('columns', `entries ignored or defaulted: ${bad.slice(0, 4).join('; ')}`);
  return columns;
}
