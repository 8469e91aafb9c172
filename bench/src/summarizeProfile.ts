import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** One row of a profile summary: time of a function (self or inclusive), ms and share of all samples. */
export interface HotFunction {
  where: string;
  /** Self or inclusive time, ms, depending on the summary's mode. */
  selfMs: number;
  share: number;
}

/**
 * Source files of an esbuild bundle by line: esbuild writes a `// src/core/Stage.ts` comment where
 * each module starts, so a profile's bundle line maps back to the repository file.
 */
function moduleStarts(bundleFile: string): Array<{ line: number; file: string }> {
  if (!existsSync(bundleFile)) return [];
  const starts: Array<{ line: number; file: string }> = [];
  const lines = readFileSync(bundleFile, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^\/\/ ((?:src|templates|bench|node_modules)\/\S+\.[cm]?[jt]s)$/.exec(lines[i]!);
    if (m !== null) starts.push({ line: i, file: m[1]! });
  }
  return starts;
}

function sourceOf(frame: CallFrame, cache: Map<string, Array<{ line: number; file: string }>>): string {
  if (frame.url === '') return '(native)';
  if (!frame.url.startsWith('file://')) return frame.url;
  const path = fileURLToPath(frame.url);
  let starts = cache.get(path);
  if (starts === undefined) {
    starts = moduleStarts(path);
    cache.set(path, starts);
  }
  let file = path.replace(/^.*\/(node_modules|bench|src|templates)\//, '$1/');
  for (const s of starts) {
    if (s.line <= frame.lineNumber) file = s.file;
    else break;
  }
  return file;
}

/** Frames that are the profiler's own bookkeeping, not code. */
const NOT_CODE = new Set(['(root)', '(program)', '(idle)']);

/**
 * The `top` functions of a V8 `.cpuprofile` as `file:function`, by self time, or by inclusive time
 * (the function and what it called; recursion counted once per sample).
 */
export function summarizeProfile(profileFile: string, top = 15, mode: 'self' | 'inclusive' = 'self'): HotFunction[] {
  const profile = JSON.parse(readFileSync(profileFile, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const cache = new Map<string, Array<{ line: number; file: string }>>();
  const keyOf = (node: ProfileNode): string => {
    const name = node.callFrame.functionName || '(anonymous)';
    return name.startsWith('(') ? name : `${sourceOf(node.callFrame, cache)}:${name}`;
  };
  const stackOf = (id: number): string[] => {
    const keys: string[] = [];
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) keys.push(keyOf(byId.get(cur)!));
    return keys;
  };
  const totals = new Map<string, number>();
  let total = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i]!;
    const node = byId.get(id);
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    if (node === undefined) continue;
    const stack = stackOf(id);
    // Starting and stopping the profiler itself is not the case's work.
    if (stack.some((k) => k.startsWith('bench/src/ProfileWindow.ts'))) continue;
    total += dt;
    if (mode === 'self') {
      const key = keyOf(node);
      totals.set(key, (totals.get(key) ?? 0) + dt);
      continue;
    }
    const seen = new Set<string>();
    for (const key of stack) {
      if (NOT_CODE.has(key) || seen.has(key)) continue;
      seen.add(key);
      totals.set(key, (totals.get(key) ?? 0) + dt);
    }
  }
  return [...totals.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([where, ms]) => ({ where, selfMs: ms, share: total > 0 ? ms / total : 0 }));
}
