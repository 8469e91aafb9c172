import { INTERPRETER_LIKELY_NS, JIT_LIKELY_NS, LOOP_MAX_ITERATIONS, LOOP_START_ITERATIONS, LOOP_TARGET_MS } from './constants.js';

/** What a tiny timed loop suggests about the engine: a JIT, an interpreter, unclear, or no moving clock. */
export interface InterpreterHint {
  /** `jit`: at most {@link JIT_LIKELY_NS} ns per iteration; `interpreter`: above {@link INTERPRETER_LIKELY_NS}. */
  readonly verdict: 'jit' | 'interpreter' | 'unclear' | 'no-clock';
  /** Cost of one loop iteration in ns (the last, longest round); undefined when the clock did not move. */
  readonly nsPerIteration: number | undefined;
  /** Iterations of the measured round. */
  readonly iterations: number;
}

/**
 * Times a small integer loop, doubling it until one round takes {@link LOOP_TARGET_MS} ms (long
 * against coarse device clocks) or reaches {@link LOOP_MAX_ITERATIONS}. A hint only: iOS runs the
 * open data domain without a JIT (PLATFORM.md), where this loop costs tens of ns per iteration
 * instead of about one. Costs a few ms; run it once, not per frame.
 *
 * @param now - Monotonic clock in ms (the host's).
 * @example
 * probeInterpreter(() => performance.now()).verdict; // 'interpreter' under node --jitless
 */
export function probeInterpreter(now: () => number): InterpreterHint {
  let n = LOOP_START_ITERATIONS;
  let sink = 0;
  for (;;) {
    const start = now();
    sink ^= spin(n);
    const elapsed = now() - start;
    if (elapsed >= LOOP_TARGET_MS || n >= LOOP_MAX_ITERATIONS) {
      // `sink` keeps the loop from being optimised away; it is never 0.5, so this is always true.
      if (!(elapsed > 0) || sink === 0.5) return { verdict: 'no-clock', nsPerIteration: undefined, iterations: n };
      const ns = (elapsed * 1e6) / n;
      const verdict = ns <= JIT_LIKELY_NS ? 'jit' : ns > INTERPRETER_LIKELY_NS ? 'interpreter' : 'unclear';
      return { verdict, nsPerIteration: ns, iterations: n };
    }
    n *= 2;
  }
}

/** Integer work a JIT compiles to a few instructions per iteration and an interpreter runs as ~8 bytecodes. */
function spin(n: number): number {
  let x = 1;
  for (let i = 0; i < n; i++) x = ((x ^ i) + (x >>> 3)) | 0;
  return x;
}
