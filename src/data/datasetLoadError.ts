import type { LoadFailure } from "./loadFailure.ts";

/**
 * A dataset that could not be loaded: the technical message and details (what failed and, for
 * format errors, where) and the kind of failure, from which the reader is told what to do.
 */
export class DatasetLoadError extends Error {
  override readonly name = "DatasetLoadError";
  constructor(
    message: string,
    readonly details: string[] = [],
    readonly failure: LoadFailure = { kind: "invalid" },
  ) {
    super(message);
  }
}
