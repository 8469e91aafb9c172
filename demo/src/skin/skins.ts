/**
 * The skins the sample game offers: friendcanvas's five presets, and an image skin of the game's own
 * (generated) art, sent as theme tokens the way a game would: nine-slice pictures for the panel,
 * header, rows and buttons, plain ones for the medals and the avatar frame, over the dark preset
 * (whose colours show while the pictures load, or if they fail).
 */
import type { ThemeOverrides, ThemePresetName } from '../../../src/main/index.js';
import { THEME_PRESET_NAMES } from '../../../src/protocol/index.js';
import { skinArtUrl } from './skinArt.js';
import type { SkinPieceName } from './skinArt.js';

/** The name of the image skin among the presets. */
export const IMAGE_SKIN = 'image';

/** Every skin: the presets (listed once, by the protocol), then the image skin. */
export const SKINS = [...THEME_PRESET_NAMES, IMAGE_SKIN] as const;

/** A skin's name. */
export type SkinName = (typeof SKINS)[number];

/** The preset the image skin is laid over. */
export const IMAGE_SKIN_BASE: ThemePresetName = 'dark';

/** A nine-slice value: `name`'s picture with insets in source-image px. */
function slice(name: SkinPieceName, top: number, right: number, bottom: number, left: number): { src: string; slice: { top: number; right: number; bottom: number; left: number } } {
  return { src: skinArtUrl(name), slice: { top, right, bottom, left } };
}

/** The image skin's tokens (images, fallback colours, card metrics). */
export const IMAGE_SKIN_TOKENS: ThemeOverrides = {
  images: {
    panel: slice('panel', 20, 20, 20, 20),
    header: slice('header', 6, 12, 6, 12),
    row: slice('row', 10, 10, 10, 10),
    rowAlt: slice('rowAlt', 10, 10, 10, 10),
    rowSelf: slice('rowSelf', 10, 10, 10, 10),
    medals: { 1: skinArtUrl('medal1'), 2: skinArtUrl('medal2'), 3: skinArtUrl('medal3') },
    button: slice('button', 12, 14, 14, 14),
    buttonPressed: slice('buttonPressed', 14, 14, 12, 14),
    buttonDisabled: slice('buttonDisabled', 12, 14, 14, 14),
    avatarFrame: skinArtUrl('avatarFrame'),
  },
  colors: { background: '#1f2944', surface: '#27324f', selfHighlight: '#5b420b', buttonBackground: '#2fae3a', buttonText: '#ffffff', accent: '#ffcc4d' },
  metrics: { radius: 14, cardPadding: 8 },
};

/**
 * The `setTheme` calls that put on `skin`, in order. A preset comes first: it drops every earlier
 * token override (PROTO12), so switching from the image skin to a preset takes the art off.
 */
export function skinThemes(skin: SkinName): ReadonlyArray<ThemePresetName | ThemeOverrides> {
  return skin === IMAGE_SKIN ? [IMAGE_SKIN_BASE, IMAGE_SKIN_TOKENS] : [skin];
}
