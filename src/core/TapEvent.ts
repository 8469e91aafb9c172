import type { Node } from './Node.js';

/** A tap delivered to `onTap` handlers. Coordinates in stage logical px. */
export interface TapEvent {
  /** The deepest tap target under the finger. */
  readonly target: Node;
  /** The node whose handler is running. */
  readonly currentTarget: Node;
  readonly x: number;
  readonly y: number;
  /** Stops the event from reaching ancestors' handlers. */
  stopPropagation(): void;
}

/** How a node takes part in hit testing. `'box-none'`: its children can be hit, it cannot. */
export type PointerEvents = 'auto' | 'none' | 'box-none';
