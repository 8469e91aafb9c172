/**
 * Bad input given to the panel controller, reported before anything is posted or written. The
 * message names the method, the field and the limit; it never repeats string contents.
 */
export class ValidationError extends Error {
  /** The offending field or argument (e.g. `width`, `options.title`, `value`), when there is one. */
  public readonly field: string | undefined;

  public constructor(message: string, field?: string) {
    super(message);
    this.name = 'ValidationError';
    this.field = field;
  }
}
