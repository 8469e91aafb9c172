/** When promise callbacks run: as microtasks, as timer tasks (iOS <= 15 WeChat), or unknown without a timer. */
export type PromiseJobTiming = 'microtask' | 'timer' | 'no-timer';

/** The timers {@link probePromiseJobs} needs (an `OpenDataHost` has them; `setTimeout` may throw). */
export interface ProbeTimers {
  setTimeout(cb: () => void, ms: number): number;
  clearTimeout(id: number): void;
}

/**
 * Finds out how the engine schedules promise callbacks: it sets a 0 ms timer, then resolves a
 * promise. A microtask runs before the timer; on iOS <= 15 WeChat promise callbacks are timer tasks
 * and the earlier timer wins (PLATFORM.md). `done` is called once, later (or at once with
 * `no-timer` when the host has no `setTimeout`).
 *
 * @returns A cancel function: clears the timer and drops the answer (call it when the panel goes).
 * @example
 * probePromiseJobs(host, (timing) => label.setText(timing));
 */
export function probePromiseJobs(timers: ProbeTimers, done: (timing: PromiseJobTiming) => void): () => void {
  let settled = false;
  let timer: number | undefined;
  const finish = (timing: PromiseJobTiming): void => {
    if (settled) return;
    settled = true;
    if (timer !== undefined && timing !== 'timer') clearQuietly(timers, timer);
    done(timing);
  };
  try {
    timer = timers.setTimeout(() => finish('timer'), 0);
  } catch {
    finish('no-timer');
    return () => undefined;
  }
  void Promise.resolve().then(() => finish('microtask'));
  return () => {
    if (settled) return;
    settled = true;
    if (timer !== undefined) clearQuietly(timers, timer);
  };
}

function clearQuietly(timers: ProbeTimers, id: number): void {
  try {
    timers.clearTimeout(id);
  } catch {
    // A late timer finds the probe settled.
  }
}
