/**
 * Theme tokens → styles of the state views (empty, not authorised, error) and of the banner's
 * text lines. Split from `themeStyles.ts`, same rule: every value comes from the theme tokens.
 */
import type { Style, ThemeTokens } from '../../src/index.js';
import { STATE_TEXT_MAX_WIDTH } from './constants.js';

/** The column of a state view (empty, not authorised, error): spacers place its block. */
export function stateBoxStyle(t: ThemeTokens): Style {
  return {
    flexGrow: 1,
    flexDirection: 'column',
    alignItems: 'center',
    paddingHorizontal: t.metrics.padding * 1.5,
    backgroundColor: t.colors.surface,
  };
}

/** The headline and hint of a state view, centred under the badge. */
export function stateTextsStyle(): Style {
  return { flexDirection: 'column', alignItems: 'center', alignSelf: 'stretch', maxWidth: STATE_TEXT_MAX_WIDTH, marginHorizontal: 'auto' };
}

/** A state view's headline. */
export function stateTitleStyle(t: ThemeTokens): Style {
  return {
    maxLines: 2,
    textAlign: 'center',
    color: t.colors.text,
    fontFamily: t.font.family,
    fontSize: t.font.sizeTitle,
    fontWeight: t.font.weightBold,
  };
}

/** A state view's hint under the headline. */
export function stateHintStyle(t: ThemeTokens): Style {
  const size = t.font.sizeSmall + 2;
  return {
    marginTop: t.metrics.gap / 2,
    maxLines: 3,
    textAlign: 'center',
    color: t.colors.textSecondary,
    fontFamily: t.font.family,
    fontSize: size,
    fontWeight: t.font.weightNormal,
    // Roomier than the 1.25 default: hints are read as sentences, not scanned like rows.
    lineHeight: Math.round(size * 1.4),
  };
}

/** The banner's (surpass panel's) one-line headline, left-aligned next to its avatar or badge. */
export function bannerHeadlineStyle(t: ThemeTokens): Style {
  return {
    maxLines: 1,
    textAlign: 'left',
    color: t.colors.text,
    fontFamily: t.font.family,
    fontSize: t.font.sizeBody + 1,
    fontWeight: t.font.weightBold,
  };
}

/** The banner's one-line detail under its headline. */
export function bannerDetailStyle(t: ThemeTokens): Style {
  return {
    marginTop: 2,
    maxLines: 1,
    textAlign: 'left',
    color: t.colors.textSecondary,
    fontFamily: t.font.family,
    fontSize: t.font.sizeSmall + 1,
    fontWeight: t.font.weightNormal,
  };
}
