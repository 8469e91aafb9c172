/** A parsed colour: channels `r`, `g`, `b` as integers 0-255, alpha `a` from 0 to 1. */
export interface Rgba {
  readonly r: number;
  readonly g: number;
  readonly b: number;
  readonly a: number;
}
