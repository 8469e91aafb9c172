/**
 * The device report (`diagnostics` panel) of the built bundle in a strict vm context (no
 * `WebAssembly`, code generation refused): what a device shows. Used by the DIST diagnostics test
 * and by the golden image of the panel.
 */
import type { RawFriend } from '../../src/testing/index.js';
import { DIAGNOSTICS_LABELS } from '../../templates/index.js';
import { DIAGNOSTIC_SECTIONS } from '../../templates/diagnostics/diagnosticLines.js';
import { bootStrict } from './strictOdc.js';
import type { StrictBootOptions, StrictOdc } from './strictOdc.js';

const V1 = { ns: 'friendcanvas', v: 1 } as const;
/** A line id as drawn (`R1` … `P2`). */
const LINE_ID = /^[RHCTFP]\d$/;
/** Section headings (drawn between the last line of a section and the next id). */
const HEADINGS = new Set<string>(DIAGNOSTIC_SECTIONS.map((s) => DIAGNOSTICS_LABELS[s]));

/** Friends with plain names and a score, the player among them (deterministic). */
export function reportFriends(): { friends: RawFriend[]; self: string } {
  const friends = Array.from({ length: 24 }, (_, i) => ({
    openid: `o-${i}`,
    nickname: `Player ${i}`,
    ...(i % 5 === 4 ? {} : { avatarUrl: `sim://avatar/${i}.png` }),
    KVDataList: i % 7 === 6 ? [] : [{ key: 'score', value: String(1000 - i * 17) }],
  }));
  return { friends, self: 'o-3' };
}

/** Options of {@link showReport}. */
export interface ReportOptions extends StrictBootOptions {
  pixelRatio?: number;
  /** A `theme` message to send first (golden fonts). */
  theme?: object;
}

/** A booted strict ODC showing the device report, with the strings it drew. */
export interface Report {
  readonly odc: StrictOdc;
  /** Every `fillText` string, in order. */
  readonly drawn: string[];
  /** The value of a line as last fully painted (wrapped lines joined with a space). */
  value(id: string): string;
}

/**
 * Boots the bundle, shows the report at (0, 0) with a native tap and a forwarded pointer, and lets
 * 1.5 simulated seconds pass (the report keeps frames coming while shown, so it never idles).
 */
export async function showReport(options: ReportOptions = {}): Promise<Report> {
  const width = options.width ?? 375;
  // Tall enough for every line to be on screen: lines scrolled out of view are not painted (clip culling).
  const height = options.height ?? 1200;
  const { friends, self } = reportFriends();
  const odc = bootStrict({ friends, ...options, width, height, sim: { nativeTouches: true, ...options.sim } });
  const drawn: string[] = [];
  const ctx = odc.canvas.getContext('2d');
  const fillText = ctx.fillText.bind(ctx);
  ctx.fillText = ((text: string, x: number, y: number, maxWidth?: number) => {
    drawn.push(String(text));
    return maxWidth === undefined ? fillText(text, x, y) : fillText(text, x, y, maxWidth);
  }) as typeof ctx.fillText;
  if (options.theme !== undefined) odc.post({ ...V1, type: 'theme', ...options.theme });
  odc.post({ ...V1, type: 'viewport', x: 0, y: 0, width, height, pixelRatio: options.pixelRatio ?? 1 });
  odc.post({ ...V1, type: 'self', openid: self });
  odc.post({ ...V1, type: 'show', panel: 'diagnostics', options: { keys: 'score' } });
  await odc.settle(500);
  odc.sim.touch('start', 1, 100, 200);
  odc.sim.touch('end', 1, 100, 200);
  odc.post({ ...V1, type: 'pointer', phase: 'start', id: 2, x: 180, y: 300 });
  odc.post({ ...V1, type: 'pointer', phase: 'end', id: 2, x: 180, y: 300 });
  await odc.settle(1000);
  const value = (id: string): string => {
    const i = drawn.lastIndexOf(id);
    if (i < 0) throw new Error(`line ${id} was never drawn`);
    const parts: string[] = [];
    for (let j = i + 2; j < drawn.length && !LINE_ID.test(drawn[j]!) && !HEADINGS.has(drawn[j]!); j++) parts.push(drawn[j]!);
    return parts.join(' ');
  };
  return { odc, drawn, value };
}
