import { splitGraphemesFallback } from './splitGraphemesFallback.js';

/** A function that splits text into user-perceived characters (grapheme clusters). */
export type GraphemeSplitter = (text: string) => string[];

interface GraphemeSegmenter {
  segment(text: string): Iterable<{ segment: string }>;
}

function createSegmenter(): GraphemeSegmenter | undefined {
  // Intl.Segmenter is missing on older JavaScriptCore/V8 builds some hosts ship; feature-detect it.
  try {
    if (typeof Intl === 'object' && typeof Intl.Segmenter === 'function') {
      return new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    }
  } catch {
    // A host whose Intl lacks locale data may throw here: use the fallback.
  }
  return undefined;
}

// Built once: a Segmenter holds no per-call state, so sharing it between apps leaks nothing.
const SEGMENTER = createSegmenter();

/** Whether this host offers `Intl.Segmenter` (so {@link splitGraphemes} uses it). */
export const hasIntlSegmenter: boolean = SEGMENTER !== undefined;

/**
 * Splits `text` into grapheme clusters: `Intl.Segmenter` when the host has it, else
 * {@link splitGraphemesFallback}. Pass `{ fallback: true }` to force the fallback.
 *
 * @example
 * splitGraphemes('a👨‍👩‍👧🇯🇵') // ['a', '👨‍👩‍👧', '🇯🇵']
 */
export function splitGraphemes(text: string, options?: { fallback?: boolean }): string[] {
  if (text === '') return [];
  if (SEGMENTER === undefined || options?.fallback === true) return splitGraphemesFallback(text);
  const out: string[] = [];
  for (const s of SEGMENTER.segment(text)) out.push(s.segment);
  return out;
}
