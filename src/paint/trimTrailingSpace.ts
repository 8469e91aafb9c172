/** Removes trailing white space, which hangs past the line end and must not count towards its width. */
export function trimTrailingSpace(text: string): string {
  return text.replace(/\s+$/u, '');
}
