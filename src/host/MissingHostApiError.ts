/**
 * Thrown by a wrapper when the host lacks the function asked for (as opposed to the host's function
 * throwing): the frame scheduler then moves to its next driver with one accurate warning instead of
 * reporting the absence as a failure.
 */
export class MissingHostApiError extends Error {
  public constructor(public readonly api: string) {
    super(`the host has no ${api}`);
    this.name = 'MissingHostApiError';
  }
}
