import { GlobalFonts } from '@napi-rs/canvas';
import { existsSync } from 'node:fs';

/**
 * Fonts of the golden images, registered by explicit file path under private family names, and a
 * font-family list naming only those. Golden renders override the theme's family with it, so the
 * images do not depend on which other fonts a machine happens to have (Arial, Roboto, …).
 */
const ALIASES = ['FC Golden Sans', 'FC Golden Sans', 'FC Golden CJK', 'FC Golden Emoji'] as const;

/** The font-family list golden renders use. */
export const GOLDEN_FONT_FAMILY = "'FC Golden Sans', 'FC Golden CJK', 'FC Golden Emoji'";

/** The font files, from scripts/setup.mjs (the single list the set-up installs). */
export async function goldenFontFiles(): Promise<string[]> {
  // A URL specifier keeps TypeScript from wanting declarations for the plain-JS set-up script.
  const setup = (await import(new URL('../../scripts/setup.mjs', import.meta.url).href)) as { FONT_FILES: string[] };
  return setup.FONT_FILES;
}

/** Font files that are missing on this machine. */
export async function missingGoldenFonts(): Promise<string[]> {
  return (await goldenFontFiles()).filter((f) => !existsSync(f));
}

/** Registers every golden font once per process (the registry is process-wide). */
export async function registerGoldenFonts(): Promise<void> {
  const last = ALIASES[ALIASES.length - 1] as string;
  if (GlobalFonts.has(last)) return;
  const files = await goldenFontFiles();
  files.forEach((file, i) => {
    const alias = ALIASES[i];
    if (alias === undefined) throw new Error(`goldenFonts: no family alias for ${file}`);
    if (GlobalFonts.registerFromPath(file, alias) === null) throw new Error(`goldenFonts: could not register ${file}`);
  });
}
