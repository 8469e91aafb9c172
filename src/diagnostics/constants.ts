/**
 * Tunables of the device report (`diagnostics` panel and its recorder), each with its unit.
 */

/** Frames remembered for the frame-rate readout: two seconds at 120 Hz. */
export const FRAME_SAMPLES = 256;

/** Window of the frame-rate and frame-cost readout, ms ("over the last second"). */
export const FRAME_WINDOW_MS = 1000;

/**
 * Friend records looked at to describe the result's per-friend keys: enough to see every field a host
 * sends, bounded so a fetch of 10,000 friends costs the recorder the same as one of 50.
 */
export const FRIEND_SHAPE_SAMPLE = 50;

/** Most key names listed per level of the friend result; more are counted, not named. */
export const MAX_SHAPE_KEYS = 24;

/** Most own keys read from one object of the friend result (bounded work on a hostile result). */
export const MAX_KEYS_SCANNED = 256;

/** Longest key name shown, in UTF-16 code units (longer names are counted, not named). */
export const MAX_SHAPE_KEY_LENGTH = 32;

/** First loop size of the interpreter probe, iterations. */
export const LOOP_START_ITERATIONS = 1 << 12;

/** Largest loop size of the interpreter probe, iterations (about 3 ms with a JIT, 150 ms without). */
export const LOOP_MAX_ITERATIONS = 1 << 22;

/** The interpreter probe stops once one loop took this long, ms: long against coarse device clocks (1 ms). */
export const LOOP_TARGET_MS = 4;

/**
 * Loop cost under which a JIT is likely, ns per iteration. Measured here (Node 20, x86 Xeon): 0.8 ns
 * with V8's JIT, 34 ns with `--jitless`; phone cores are within a factor of two or three of that.
 */
export const JIT_LIKELY_NS = 3;

/** Loop cost above which the code is likely interpreted, ns per iteration (see {@link JIT_LIKELY_NS}). */
export const INTERPRETER_LIKELY_NS = 8;
