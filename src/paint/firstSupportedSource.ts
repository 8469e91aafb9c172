/**
 * The first of `sources` (RegExp sources for the `u` flag) this host compiles, or `(?!)`, which
 * matches nothing. Patterns with Unicode property escapes are built from strings, never written as
 * regex literals, because a literal naming a property the host lacks is a SyntaxError that stops the
 * whole bundle from loading (`Extended_Pictographic` is ES2019: ES2018 engines do not know it).
 *
 * @example
 * new RegExp(firstSupportedSource(...EXTENDED_PICTOGRAPHIC_SOURCES), 'u')
 */
export function firstSupportedSource(...sources: string[]): string {
  for (const source of sources) {
    try {
      new RegExp(source, 'u');
      return source;
    } catch {
      // Unknown property on this host: try the next approximation.
    }
  }
  return '(?!)';
}

/**
 * `Extended_Pictographic`, then, for hosts without it, its assigned characters as of Unicode 17:
 * emoji other than digits, `#`, `*`, regional indicators and skin-tone modifiers (UTC 182-C20
 * removed the non-emoji pictographs from the property).
 */
export const EXTENDED_PICTOGRAPHIC_SOURCES: readonly string[] = [
  '\\p{Extended_Pictographic}',
  '(?![#*0-9\\u{1F1E6}-\\u{1F1FF}\\u{1F3FB}-\\u{1F3FF}])\\p{Emoji}',
];
