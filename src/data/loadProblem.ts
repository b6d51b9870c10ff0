/** Something in a loaded file that was left out or changed, with where it is and why. */
export interface LoadProblem {
  /** A JSON path into the file: `events[3].start_date.month`, or `(top level)`. */
  path: string;
  /** What is wrong, in a sentence a reader understands. */
  reason: string;
}
