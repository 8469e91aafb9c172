/** Scrollbar tunables of `ScrollView` and `List`, each named with its unit. */

/** The scrollbar stays fully visible this long after the content stops moving, ms (iOS waits about as long). */
export const SCROLLBAR_HIDE_DELAY_MS = 600;
/** Duration of the scrollbar's fade-out, ms. */
export const SCROLLBAR_FADE_MS = 200;
/** Thickness of the scrollbar thumb, logical px. */
export const SCROLLBAR_WIDTH_PX = 3;
/** Gap between the thumb and the viewport's right, top and bottom edges, logical px. */
export const SCROLLBAR_INSET_PX = 2;
/** Shortest thumb, logical px (a very long list still shows a grabbable-looking thumb). */
export const SCROLLBAR_MIN_THUMB_PX = 24;
/** Default thumb colour: visible on light and dark panels alike. */
export const SCROLLBAR_COLOR = 'rgba(128,128,128,0.6)';
