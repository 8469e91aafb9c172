/** Writes a real image's `src` through its own class's accessor. */
export type RealSrcSetter = (this: object, value: string | Uint8Array) => void;

/**
 * The `src` setter a real image inherits (browser `HTMLImageElement`, @napi-rs/canvas `Image`), or
 * `undefined` for plain objects, canvases and mocks. Own properties are skipped on purpose: only a
 * class accessor means "setting src makes the backend decode pixels".
 */
export function findSrcSetter(image: object): RealSrcSetter | undefined {
  let proto = Object.getPrototypeOf(image) as object | null;
  for (; proto !== null && proto !== Object.prototype; proto = Object.getPrototypeOf(proto) as object | null) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, 'src');
    if (descriptor !== undefined) return typeof descriptor.set === 'function' ? (descriptor.set as RealSrcSetter) : undefined;
  }
  return undefined;
}
