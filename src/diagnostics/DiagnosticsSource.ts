import type { HostApiFacts } from './probeHostApis.js';
import type { PromiseJobTiming } from './probePromiseJobs.js';
import type { PointerPhase } from '../host/index.js';
import type { FriendResultShape } from './describeFriendResult.js';
import type { FrameSummary } from './FrameTimings.js';

/** The two ways a touch reaches the open data domain. */
export type TouchPath = 'native' | 'forwarded';

/** The last touch event seen on one path. */
export interface TouchFacts {
  readonly phase: PointerPhase;
  readonly id: number;
  /** Screen logical px, as received. */
  readonly x: number;
  readonly y: number;
  /** Where that point lands on the stage (logical px), through the viewport in use now. */
  readonly stageX: number | undefined;
  readonly stageY: number | undefined;
  /** Events received on this path since the app started. */
  readonly count: number;
  /** When it arrived, host clock ms. */
  readonly at: number;
}

/** The last `viewport` message the app handled (engine dialects included) and what it did to the canvas. */
export interface ViewportFacts {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /**
   * The pixel ratio of the resize the app asked for (the message's, else the host's, else 1);
   * undefined when the app did not size the canvas (an engine owns it, or the rectangle collapsed).
   */
  readonly pixelRatio: number | undefined;
  /** The `pixelRatio` the message carried, if any. */
  readonly sentPixelRatio: number | undefined;
  /** The engine dialect the message came in (`cocos`, `laya`, `unity`), if the parser reported one. */
  readonly dialect: string | undefined;
  /** Who sizes the canvas according to the message (`auto`, `engine`), if it said. */
  readonly canvasOwner: string | undefined;
  /** How the canvas is shown in the rectangle (`stretch`, `contain`), if the message said. */
  readonly fit: string | undefined;
  /** The backing store asked for (logical size × pixel ratio), device px; undefined when none was asked. */
  readonly askedWidth: number | undefined;
  readonly askedHeight: number | undefined;
  /** The canvas size right after handling it, device px. */
  readonly canvasWidth: number;
  readonly canvasHeight: number;
  /** Viewport messages handled since the app started. */
  readonly count: number;
  readonly at: number;
}

/** The shared canvas: its size now and when the app started. */
export interface CanvasFacts {
  /** Backing store size when the app started (what the host or engine gave), device px. */
  readonly initialWidth: number | undefined;
  readonly initialHeight: number | undefined;
  /** Backing store size now, device px. */
  readonly width: number | undefined;
  readonly height: number | undefined;
}

/** Which layout engine runs, and what its first layout cost. */
export interface LayoutFacts {
  /** `yoga-js`: the built-in yoga as plain JavaScript; `custom`: the game's engine; `none`: none could load. */
  readonly backend: 'starting' | 'yoga-js' | 'custom' | 'none';
  /** Why no engine loaded (our own message, never friend data). */
  readonly error: string | undefined;
  /** The first frame that laid out a panel (layout + paint), ms. */
  readonly firstLayoutMs: number | undefined;
}

/** Frame rate and cost of the last second, and what carries frames. */
export interface FrameFacts extends FrameSummary {
  /** `raf`, `timer` (the host's rAF threw or is missing) or `promise`; undefined before the stage exists. */
  readonly driver: string | undefined;
}

/** The stage: logical size (px) and backing-store px per logical px. */
export interface StageFacts {
  readonly width: number;
  readonly height: number;
  readonly scaleX: number;
  readonly scaleY: number;
}

/** Pictures kept as bitmaps on the host's offscreen canvases (`PictureBitmaps`). */
export interface PictureFacts {
  /** `none`: the host has no `createCanvas`; `off`: its canvas failed, pictures are drawn with their clip. */
  readonly state: 'on' | 'off' | 'none';
  /** Pictures tracked now, bitmaps drawn into, copies made, failures (cumulative). */
  readonly kept: number;
  readonly renders: number;
  readonly draws: number;
  readonly failures: number;
}

/** Messages the app refused. */
export interface MessageFacts {
  readonly ignored: number;
  /** Why the last one was refused (the parser's words, which never contain payload strings). */
  readonly lastIgnored: string | undefined;
}

/**
 * What the app records for a device report, read-only. Recording is O(1) per event and keeps no
 * friend data: the friend result is reduced to its shape when it arrives.
 */
export interface DiagnosticsSource {
  layout(): LayoutFacts;
  /** The stage's size and scale once it exists. */
  stage(): StageFacts | undefined;
  /** Whether avatars are kept as bitmaps and how that went; undefined before the stage exists. */
  pictures(): PictureFacts | undefined;
  /** The host's APIs, probed when called (presence and shape only: nothing is called with data; never throws). */
  hostApis(): HostApiFacts;
  /** Finds out how the host schedules promise callbacks (see `probePromiseJobs`); returns a cancel function. */
  promiseJobs(done: (timing: PromiseJobTiming) => void): () => void;
  canvas(): CanvasFacts;
  /** The last viewport message handled, if any. */
  viewport(): ViewportFacts | undefined;
  /** The last touch seen on a path, if any. */
  touch(path: TouchPath): TouchFacts | undefined;
  frames(): FrameFacts;
  /** The shape of the last friend result, if one arrived. */
  friendResult(): FriendResultShape | undefined;
  messages(): MessageFacts;
}
