/** The item a problem concerns, as a reader knows it: its headline or title, and its id. */
export interface ProblemItem {
  title?: string;
  id?: string;
}

/** Something in a loaded file that was left out or changed, with where it is and why. */
export interface LoadProblem {
  /** A JSON path into the file: `events[3].start_date.month`, or `(top level)`. */
  path: string;
  /** What is wrong, in a sentence a reader understands. */
  reason: string;
  /** The event, era, source or person it is in, when it has a title or an id to name it by. */
  item?: ProblemItem;
  /**
   * Set on a problem that leaves everything in: the item is kept and shown, only without what is
   * missing or empty (a person's description) or as it can be shown. Counted apart from problems.
   */
  warning?: true;
  /**
   * Set by whoever makes the problem when it leaves its whole item out (an event, source, person
   * or era, or a list of them): not when only a part of it is (a reference, an excerpt, media).
   * `tallyProblems` counts items left out by it, never by the reason's wording (which is in the
   * reader's language).
   */
  leftOut?: true;
  /**
   * Set on a line that stands for this many more problems like the ones before it (items left
   * out but not described one by one, which would take too long for a huge file).
   */
  more?: number;
}
