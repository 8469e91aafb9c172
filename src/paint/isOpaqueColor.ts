/** `#rgb`, `#rrggbb`, and their forms with a full alpha (`#rgbf`, `#rrggbbff`). */
const OPAQUE_HEX = /^#(?:[0-9a-f]{3}f?|[0-9a-f]{6}(?:ff)?)$/i;
/** `rgb(r, g, b)` or `rgb(r g b)`: three channels, no alpha. */
const OPAQUE_RGB = /^rgb\(\s*[\d.]+%?(?:\s*,\s*|\s+)[\d.]+%?(?:\s*,\s*|\s+)[\d.]+%?\s*\)$/i;

/**
 * Whether a CSS colour is certainly opaque: hex without alpha (or with a full one) and three-channel
 * `rgb()`. Anything else (names, `hsl()`, alpha forms, invalid strings) answers false: the caller then
 * assumes what lies under the colour shows through.
 */
export function isOpaqueColor(color: string): boolean {
  return OPAQUE_HEX.test(color) || OPAQUE_RGB.test(color);
}
