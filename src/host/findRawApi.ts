import { isCallable, readMember } from './readMember.js';

/** Where platform objects live, in the order they are tried (PLATFORM.md "Two domains"). */
const CANDIDATES: ReadonlyArray<{ kind: string; path: readonly string[] }> = [
  { kind: 'GameGlobal.tt', path: ['GameGlobal', 'tt'] },
  { kind: 'tt', path: ['tt'] },
  { kind: 'TTMinis.game', path: ['TTMinis', 'game'] },
  { kind: 'wx', path: ['wx'] },
];

/**
 * Returns the first platform object on `globals` (in PLATFORM.md's order) that has every essential
 * member, with the name of the place it was found.
 */
export function findRawApi(globals: object, essentials: readonly string[]): { kind: string; api: object } | undefined {
  for (const { kind, path } of CANDIDATES) {
    let value: unknown = globals;
    for (const name of path) value = readMember(value, name);
    if (value === null || (typeof value !== 'object' && typeof value !== 'function')) continue;
    if (essentials.every((name) => isCallable(readMember(value, name)))) return { kind, api: value };
  }
  return undefined;
}

