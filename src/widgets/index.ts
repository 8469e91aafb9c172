export { Button } from './Button.js';
export type { ButtonProps } from './Button.js';
export { Image } from './Image.js';
export type { ImageProps } from './Image.js';
export { Text } from './Text.js';
export { BalancedText } from './BalancedText.js';
export { measureTextOn } from './measureTextOn.js';
export { View, paintBox } from './View.js';
export { SkinView } from './SkinView.js';
export { SkinSlot } from './SkinSlot.js';
export type { SkinImage } from './SkinSlot.js';
export { ScrollView } from './ScrollView.js';
export type { ScrollViewProps } from './ScrollView.js';
export { List } from './List.js';
export type { ListProps, ListStats, ScrollToIndexOptions } from './ListProps.js';
export type { ListViewport } from './ListViewport.js';
export {
  SCROLLBAR_COLOR,
  SCROLLBAR_FADE_MS,
  SCROLLBAR_HIDE_DELAY_MS,
  SCROLLBAR_INSET_PX,
  SCROLLBAR_MIN_THUMB_PX,
  SCROLLBAR_WIDTH_PX,
} from './scrollViewConstants.js';
