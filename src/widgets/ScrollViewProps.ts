import type { Style } from '../layout/index.js';

/** Options of a {@link ScrollView}. */
export interface ScrollViewProps {
  /** Style of the inner content container (put padding and gaps here). */
  contentStyle?: Style;
  /** Show the auto-hiding scrollbar. Default true. */
  showsScrollbar?: boolean;
  /** Scrollbar thumb colour. */
  scrollbarColor?: string;
  /** Called with the new offset (logical px) whenever the content moves. */
  onScroll?: (offset: number) => void;
}
