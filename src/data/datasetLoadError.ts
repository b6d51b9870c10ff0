/** A dataset that could not be loaded, with what failed and, for format errors, where. */
export class DatasetLoadError extends Error {
  override readonly name = "DatasetLoadError";
  constructor(
    message: string,
    readonly details: string[] = [],
  ) {
    super(message);
  }
}
