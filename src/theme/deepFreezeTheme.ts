import type { ThemeImage, ThemeImages } from './ThemeSkin.js';
import type { ThemeTokens } from './ThemeTokens.js';

function freezeImage(image: ThemeImage): ThemeImage {
  return Object.freeze(image.slice === undefined ? { src: image.src } : { src: image.src, slice: Object.freeze({ ...image.slice }) });
}

function freezeImages(images: ThemeImages): ThemeImages {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(images)) {
    if (value === undefined) continue;
    if (key !== 'medals') out[key] = freezeImage(value as ThemeImage);
    else {
      const medals: Record<string, ThemeImage> = {};
      for (const [rank, image] of Object.entries(value as Record<string, ThemeImage | undefined>)) if (image !== undefined) medals[rank] = freezeImage(image);
      out.medals = Object.freeze(medals);
    }
  }
  return Object.freeze(out) as ThemeImages;
}

function freezeValues<T extends object>(group: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(group)) if (value !== undefined) out[key] = Object.freeze({ ...(value as object) });
  return Object.freeze(out) as T;
}

/** Returns a frozen copy of a theme (top level, each token group and each skin value), leaving the input untouched. */
export function deepFreezeTheme(theme: ThemeTokens): ThemeTokens {
  return Object.freeze({
    colors: Object.freeze({ ...theme.colors }),
    font: Object.freeze({ ...theme.font }),
    metrics: Object.freeze({ ...theme.metrics }),
    avatarShape: theme.avatarShape,
    images: freezeImages(theme.images ?? {}),
    gradients: freezeValues(theme.gradients ?? {}),
    effects: freezeValues(theme.effects ?? {}),
  });
}
