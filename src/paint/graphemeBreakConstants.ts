/**
 * Grapheme_Cluster_Break values (UAX #29, table 2), in the low four bits of a grapheme property.
 * Hangul syllables are split into LV and LVT, as the rules need.
 */
export const GCB_OTHER = 0;
export const GCB_CR = 1;
export const GCB_LF = 2;
export const GCB_CONTROL = 3;
export const GCB_EXTEND = 4;
export const GCB_ZWJ = 5;
export const GCB_REGIONAL_INDICATOR = 6;
export const GCB_PREPEND = 7;
export const GCB_SPACING_MARK = 8;
export const GCB_L = 9;
export const GCB_V = 10;
export const GCB_T = 11;
export const GCB_LV = 12;
export const GCB_LVT = 13;
/** Mask of the Grapheme_Cluster_Break value in a grapheme property. */
export const GCB_MASK = 0xf;
/** Extended_Pictographic=Yes (emoji-data.txt): the ends of an emoji ZWJ sequence (GB11). */
export const EXT_PICT = 1 << 4;
/** Indic_Conjunct_Break=Consonant: joined to a preceding consonant + linker (GB9c). */
export const INCB_CONSONANT = 1 << 5;
/** Indic_Conjunct_Break=Linker: a virama that links two consonants into a conjunct (GB9c). */
export const INCB_LINKER = 1 << 6;
/** Indic_Conjunct_Break=Extend: may sit between the consonants and the linker (GB9c). */
export const INCB_EXTEND = 1 << 7;
