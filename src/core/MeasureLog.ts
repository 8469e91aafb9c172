import type { MeasureFunction, MeasureMode } from '../layout/index.js';
import { MAX_MEASURE_LOG } from './constants.js';

/** One question the layout asked a measure function, and its answer (logical px). */
interface MeasureQuestion {
  readonly width: number;
  readonly widthMode: MeasureMode;
  readonly height: number;
  readonly heightMode: MeasureMode;
  readonly answerWidth: number;
  readonly answerHeight: number;
}

/**
 * A measured leaf's measure function with the questions the layout asked it since its size was last
 * invalidated, and the answers. When the function, asked again, gives every answer it gave then, new
 * content cannot change the layout (see `Node.markMeasureDirty`).
 */
export class MeasureLog {
  /** The leaf's own measure function. */
  public readonly fn: MeasureFunction;
  private readonly _questions: MeasureQuestion[] = [];
  /** More distinct questions than {@link MAX_MEASURE_LOG} were asked: answers can no longer be checked. */
  private _full = false;

  public constructor(fn: MeasureFunction) {
    this.fn = fn;
  }

  /** Takes `other`'s questions and answers as this log's own (they were checked against {@link fn}). */
  public copyFrom(other: MeasureLog): void {
    this._questions.length = 0;
    for (const q of other._questions) this._questions.push(q);
    this._full = other._full;
  }

  /** Forgets every question (the layout will ask again). */
  public clear(): void {
    this._questions.length = 0;
    this._full = false;
  }

  /** The function to give the layout: answers as {@link fn} does and logs each question with its answer. */
  public recording(): MeasureFunction {
    return (width, widthMode, height, heightMode) => {
      const answer = this.fn(width, widthMode, height, heightMode);
      const log = this._questions;
      if (log.length < MAX_MEASURE_LOG) {
        log.push({ width, widthMode, height, heightMode, answerWidth: answer.width, answerHeight: answer.height });
      } else {
        this._full = true;
      }
      return answer;
    };
  }

  /**
   * True when {@link fn}, asked again every logged question, gives every answer it gave then; false
   * when the log overflowed or the function throws.
   */
  public answersHold(): boolean {
    if (this._full) return false;
    const log = this._questions;
    for (let i = 0; i < log.length; i++) {
      const q = log[i]!;
      let answer: { width: number; height: number };
      try {
        answer = this.fn(q.width, q.widthMode, q.height, q.heightMode);
      } catch {
        return false;
      }
      if (!(answer.width === q.answerWidth && answer.height === q.answerHeight)) return false;
    }
    return true;
  }
}
