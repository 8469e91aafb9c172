import type { PointerPhase } from '../host/types.js';

/** A value allowed inside `show` options and `theme` tokens: a primitive or a nested plain object, never an array. */
export type PlainValue = string | number | boolean | null | PlainObject;

/** A plain object of {@link PlainValue}s: what `postMessage` can carry on every host (no arrays, no functions). */
export interface PlainObject {
  [key: string]: PlainValue;
}

/** Fields every v1 message carries. */
interface Envelope {
  /** Always `"friendcanvas"`. */
  ns: 'friendcanvas';
  /** Always `1`. */
  v: 1;
}

/** Where the shared canvas is shown on screen, in screen logical px; also maps forwarded touches. */
export interface ViewportMessage extends Envelope {
  type: 'viewport';
  /** Left edge, screen logical px. */
  x: number;
  /** Top edge, screen logical px. */
  y: number;
  /** Width, screen logical px (> 0). */
  width: number;
  /** Height, screen logical px (> 0). */
  height: number;
  /** Physical px per logical px (0 < ratio <= 8) for the backing store. */
  pixelRatio?: number;
  /**
   * Who sizes the shared canvas. `'auto'` (default): the ODC sizes it to the viewport × pixel ratio and
   * adopts whatever size the canvas keeps when the host (or an engine) refuses or changes it, never
   * resizing it again. `'engine'`: never resized here; the panel is laid out at the rectangle's size
   * and drawn at whatever size the canvas has.
   */
  canvasOwner?: CanvasOwner;
  /**
   * How an engine shows the canvas inside the rectangle: `'stretch'` (default) fills it, `'contain'`
   * fits it whole, centred ("show all", Cocos `SubContextView`). Touches are mapped the same way.
   */
  fit?: CanvasFit;
  /** Set by the parser when the message came in an engine's own format (never read from a v1 message). */
  dialect?: EngineDialect;
}

/** Who sizes the shared canvas: see {@link ViewportMessage.canvasOwner}. */
export type CanvasOwner = 'auto' | 'engine';
/** How the canvas is shown in its rectangle: see {@link ViewportMessage.fit}. */
export type CanvasFit = 'stretch' | 'contain';
/** Engines whose own viewport messages the ODC understands. */
export type EngineDialect = 'cocos' | 'laya' | 'unity';

/** Mounts a panel by name, or updates it in place when it is already shown. */
export interface ShowMessage extends Envelope {
  type: 'show';
  /** Registered panel name, 1..64 chars. */
  panel: string;
  /** Panel-specific options. */
  options?: PlainObject;
}

/** Clears the canvas and releases the current panel. */
export interface HideMessage extends Envelope {
  type: 'hide';
}

/** Switches the theme preset and/or merges token overrides (a preset applies before the tokens). */
export interface ThemeMessage extends Envelope {
  type: 'theme';
  /** Preset name, 1..64 chars. */
  preset?: string;
  /** Token overrides to deep-merge. */
  tokens?: PlainObject;
}

/** The player's latest score for a key, shown at once without refetching. */
export interface ScoreMessage extends Envelope {
  type: 'score';
  /** Cloud storage key, 1..128 chars. */
  key: string;
  /** A finite number or a string of at most 1024 chars. */
  value: number | string;
}

/** Tells the open data domain who the player is (TikTok has no client API for it). */
export interface SelfMessage extends Envelope {
  type: 'self';
  /** The player's openid, 1..128 chars. */
  openid: string;
}

/** Refetches friend data. */
export interface RefreshMessage extends Envelope {
  type: 'refresh';
}

/** A touch forwarded by the main domain, in screen logical px. */
export interface PointerMessage extends Envelope {
  type: 'pointer';
  phase: PointerPhase;
  /** Touch identifier (an integer), stable from start to end. */
  id: number;
  /** Screen logical px. */
  x: number;
  /** Screen logical px. */
  y: number;
  /** Event time in ms, when known. */
  t?: number;
}

/** A wheel scroll at a screen point (desktop and simulator). */
export interface WheelMessage extends Envelope {
  type: 'wheel';
  /** Screen logical px. */
  x: number;
  /** Screen logical px. */
  y: number;
  /** Scroll amount in logical px, positive scrolls content up (|deltaY| <= 100000). */
  deltaY: number;
}

/** Scrolls the current list to its top or to the player's own row. */
export interface ScrollToMessage extends Envelope {
  type: 'scrollTo';
  target: 'top' | 'self';
  /** Animate the scroll (panel default when absent). */
  animated?: boolean;
}

/** Every protocol v1 message, discriminated by `type`. */
export type Message =
  | ViewportMessage
  | ShowMessage
  | HideMessage
  | ThemeMessage
  | ScoreMessage
  | SelfMessage
  | RefreshMessage
  | PointerMessage
  | WheelMessage
  | ScrollToMessage;

/** The `type` names of protocol v1. */
export type MessageType = Message['type'];

/** Looks up the message interface of one `type`. */
export type MessageOf<T extends MessageType> = Extract<Message, { type: T }>;

/** A message without its envelope (`ns`, `v`): what {@link buildMessage} takes. */
export type MessageBody = Message extends infer M ? (M extends Message ? Omit<M, 'ns' | 'v'> : never) : never;

/** The fields of one message type besides `ns`, `v` and `type`: what the typed builders take. */
export type MessageFields<T extends MessageType> = Omit<MessageOf<T>, 'ns' | 'v' | 'type'>;
