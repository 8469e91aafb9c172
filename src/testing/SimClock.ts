/** The time source of a simulated host: timers, animation frames and a clock, manual or real. */
export interface SimClock {
  /** Current time in ms. */
  now(): number;
  setTimeout(cb: () => void, ms: number): number;
  clearTimeout(id: number): void;
  requestAnimationFrame(cb: (t: number) => void): number;
  cancelAnimationFrame(id: number): void;
  /** Moves a manual clock forward by `ms`, running due timers and one rAF batch per frame interval. */
  advance(ms: number): void;
  /** Runs everything due now (e.g. zero-latency deliveries) without moving time. */
  flush(): void;
  /** Runs exactly one rAF batch now and returns how many callbacks ran. */
  frame(): number;
  /** Number of rAF callbacks waiting. */
  pendingFrames(): number;
  /** Number of timers waiting. */
  pendingTimers(): number;
}

/** Throws the first error a batch of simulated callbacks produced, after all of them ran. */
export function rethrowFirst(errors: readonly unknown[]): void {
  if (errors.length > 0) throw errors[0];
}
