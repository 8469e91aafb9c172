import type { Node } from '../core/index.js';

/** What the router needs from a stage (implemented by `Stage`). */
export interface InputStage {
  readonly root: Node;
  /** Logical width in px. */
  readonly width: number;
  /** Logical height in px. */
  readonly height: number;
  /** The stage clock in ms (the clock animations step with). */
  now(): number;
  reportError(error: unknown): void;
}

/** Options of an {@link InputRouter}. */
export interface InputRouterOptions {
  /** Clock in ms used for gesture timing; default the stage's. Must be the clock the stage animates with. */
  now?: () => number;
}
