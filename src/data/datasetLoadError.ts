import { redactCredentials } from "../lib/redactCredentials.ts";
import type { LoadFailure } from "./loadFailure.ts";

/**
 * A dataset that could not be loaded: the technical message and details (what failed and, for
 * format errors, where) and the kind of failure, from which the reader is told what to do. An
 * address's user name and password never reach any of them, whatever quoted the address.
 */
export class DatasetLoadError extends Error {
  override readonly name = "DatasetLoadError";
  readonly details: string[];
  readonly failure: LoadFailure;
  constructor(message: string, details: string[] = [], failure: LoadFailure = { kind: "invalid" }) {
    super(redactCredentials(message));
    this.details = details.map(redactCredentials);
    this.failure = failure.url ? { ...failure, url: redactCredentials(failure.url) } : failure;
  }
}
