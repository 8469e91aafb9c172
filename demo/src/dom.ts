/**
 * The slice of the browser DOM the demo uses, typed here. The project's tsconfig deliberately has
 * no DOM lib (open data domain code must not see one), so the demo reaches the browser through
 * these structural types instead of a global `lib.dom` that would leak into `src/`.
 */
import type { Canvas2D, PlatformImage } from '../../src/host/index.js';

/** A DOM event (the fields the demo reads). */
export interface DomEvent {
  readonly type: string;
  readonly target: unknown;
  preventDefault(): void;
}

/** A pointer event: mouse, pen or touch. */
export interface DomPointerEvent extends DomEvent {
  readonly pointerId: number;
  readonly clientX: number;
  readonly clientY: number;
  readonly button: number;
}

/** A wheel event; `deltaMode` 0 = px, 1 = lines, 2 = pages. */
export interface DomWheelEvent extends DomEvent {
  readonly clientX: number;
  readonly clientY: number;
  readonly deltaY: number;
  readonly deltaMode: number;
}

/** A client rectangle in CSS px. */
export interface DomRect {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/** An element. */
export interface DomElement {
  id: string;
  textContent: string | null;
  className: string;
  title: string;
  hidden: boolean;
  readonly classList: { add(...tokens: string[]): void; remove(...tokens: string[]): void; toggle(token: string, force?: boolean): boolean };
  readonly style: { setProperty(name: string, value: string): void };
  readonly dataset: Record<string, string | undefined>;
  appendChild<T extends DomElement>(child: T): T;
  prepend(...nodes: DomElement[]): void;
  replaceChildren(...nodes: DomElement[]): void;
  querySelectorAll(selectors: string): ArrayLike<DomElement>;
  setAttribute(name: string, value: string): void;
  addEventListener(type: string, listener: (ev: DomEvent) => void, options?: { passive?: boolean }): void;
  getBoundingClientRect(): DomRect;
  setPointerCapture?(pointerId: number): void;
}

/** A form control (`input`, `select`). */
export interface DomInput extends DomElement {
  value: string;
  checked: boolean;
  disabled: boolean;
}

/** The 2D context the sample game draws its own scene with: the framework's subset plus a few extras. */
export interface GameContext2D extends Canvas2D {
  shadowColor: string;
  shadowBlur: number;
  shadowOffsetY: number;
  ellipse(x: number, y: number, rx: number, ry: number, rotation: number, start: number, end: number): void;
  roundRect(x: number, y: number, w: number, h: number, r: number): void;
  createLinearGradient(x0: number, y0: number, x1: number, y1: number): { addColorStop(offset: number, color: string): void };
  createRadialGradient(
    x0: number,
    y0: number,
    r0: number,
    x1: number,
    y1: number,
    r1: number,
  ): { addColorStop(offset: number, color: string): void };
  getImageData(x: number, y: number, w: number, h: number): { readonly data: ArrayLike<number> };
}

/** A `<canvas>` element. */
export interface DomCanvas extends DomElement {
  width: number;
  height: number;
  getContext(type: '2d'): GameContext2D | null;
  /** The picture as a `data:` URL (`image/png` by default). */
  toDataURL(type?: string): string;
}

/** An `<img>` element, usable as a platform image. */
export type DomImage = DomElement & PlatformImage;

/** A document. */
export interface DomDocument {
  readonly body: DomElement;
  getElementById(id: string): DomElement | null;
  createElement(tag: string): DomElement;
}

/** A window (the page's or an iframe's). */
export interface DomWindow {
  readonly document: DomDocument;
  readonly devicePixelRatio: number;
  readonly performance: { now(): number };
  readonly location: { readonly search: string; readonly pathname: string; reload(): void };
  readonly history: { replaceState(data: unknown, unused: string, url: string): void };
  readonly Image: new () => DomImage;
  requestAnimationFrame(cb: (t: number) => void): number;
  setTimeout(cb: () => void, ms: number): number;
  clearTimeout(id: number): void;
  addEventListener(type: string, listener: (ev: DomEvent) => void): void;
}

/** An `<iframe>` element. */
export interface DomIFrame extends DomElement {
  src: string;
  readonly contentWindow: DomWindow | null;
}

/** The page's window, typed. */
export function pageWindow(): DomWindow {
  return globalThis as unknown as DomWindow;
}

/** The element with `id`, typed as `T`; throws when the page lacks it (a broken page should fail loudly). */
export function byId<T extends DomElement = DomElement>(id: string): T {
  const el = pageWindow().document.getElementById(id);
  if (el === null) throw new Error(`demo: element #${id} missing from the page`);
  return el as T;
}

/** Creates an element with a class and text. */
export function el<T extends DomElement = DomElement>(tag: string, className = '', text = ''): T {
  const node = pageWindow().document.createElement(tag);
  if (className !== '') node.className = className;
  if (text !== '') node.textContent = text;
  return node as T;
}

/** Sets a named global on a window (a simulated platform object). */
export function setGlobal(win: object, name: string, value: unknown): void {
  Reflect.set(win, name, value);
}
