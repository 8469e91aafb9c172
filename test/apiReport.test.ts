/**
 * API7–API9: the checked-in API report (api/*.api.md, written by scripts/apiReport.mjs) is the
 * published surface with its types, so a change to it is a reviewed diff, not an accident.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { API_ENTRIES, UPDATE_COMMAND, generateApiReports } from '../scripts/apiReport.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const read = (path: string): string => readFileSync(`${ROOT}${path}`, 'utf8');

/** Lines of `after` that `before` lacks, and the reverse, over every report (a multiset diff). */
function changedLines(before: Map<string, string>, after: Map<string, string>): { added: string[]; removed: string[] } {
  const added: string[] = [];
  const removed: string[] = [];
  for (const [path, text] of after) {
    const count = new Map<string, number>();
    for (const line of (before.get(path) ?? '').split('\n')) count.set(line, (count.get(line) ?? 0) + 1);
    for (const line of text.split('\n')) {
      const n = count.get(line) ?? 0;
      if (n > 0) count.set(line, n - 1);
      else added.push(line.trim());
    }
    for (const [line, n] of count) for (let i = 0; i < n; i++) removed.push(line.trim());
  }
  return { added, removed };
}

describe('API report', () => {
  let reports: Map<string, string>;
  beforeAll(() => {
    reports = generateApiReports();
  }, 60_000);

  it(`API7 every public entry's declarations, types included, match its checked-in report (update: ${UPDATE_COMMAND})`, () => {
    expect([...reports.keys()].sort()).toEqual(API_ENTRIES.map((e) => e.report).sort());
    for (const [path, generated] of reports) {
      const checkedIn = existsSync(`${ROOT}${path}`) ? read(path) : '(missing)';
      // The diff reads "- checked in, + what the code exports now".
      expect(generated, `${path} differs from the code's exports: review the diff, then run \`${UPDATE_COMMAND}\``).toBe(checkedIn);
    }
  });

  it('API8 the report changes with a type: an optional field of an exported options interface, a field of a type the exports only mention; not with a private member or a comment', { timeout: 60_000 }, () => {
    const button = read('src/widgets/Button.ts');
    const normalize = read('src/data/normalizeFriendList.ts');
    expect(button).toContain('export interface ButtonProps {\n');
    expect(normalize).toContain('  placeholderName?: string;\n');
    const changed = generateApiReports({
      overrides: {
        'src/widgets/Button.ts': button
          .replace('export interface ButtonProps {\n', 'export interface ButtonProps {\n  /** Added by API8. */\n  hapticMs?: number;\n')
          // Neither a private member's name nor a comment is part of the surface.
          .replaceAll('_pressed', '_isPressedNow')
          .replace('/**', '/** (reworded by API8)'),
        'src/data/normalizeFriendList.ts': normalize.replace('  placeholderName?: string;\n', '  placeholderName?: string | null;\n'),
      },
    });
    const { added, removed } = changedLines(reports, changed);
    expect(new Set(added)).toEqual(new Set(['hapticMs?: number;', 'placeholderName?: string | null;']));
    expect(new Set(removed)).toEqual(new Set(['placeholderName?: string;']));
    expect(changed.get('api/friendcanvas.api.md')).toContain('hapticMs?: number;');
  });

  it('API9 there is a report for each entry package.json exports with types, and the build builds each', () => {
    const pkg = JSON.parse(read('package.json')) as { exports: Record<string, unknown> };
    const typed = Object.entries(pkg.exports)
      .filter(([, target]) => JSON.stringify(target).includes('"types"'))
      .map(([key]) => `friendcanvas${key.slice(1)}`);
    expect(API_ENTRIES.map((e) => e.name).sort()).toEqual(typed.sort());
    const build = read('scripts/build.mjs');
    for (const entry of API_ENTRIES) expect(build, entry.source).toContain(`'${entry.source}'`);
  });
});
