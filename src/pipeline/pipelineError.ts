/** A problem in the corpus: the file, the annotation within it (if any) and what is wrong. */
export interface PipelineError {
  file: string;
  /** Which annotation: `event "leike-resigns" excerpt 2`, or a JSON path. */
  where?: string;
  message: string;
}

/** One line a curator can act on: `file: where: message`. */
export function formatPipelineError({ file, where, message }: PipelineError): string {
  return where ? `${file}: ${where}: ${message}` : `${file}: ${message}`;
}

/** Either the value or every problem found on the way to it. */
export type Checked<T> = { ok: true; data: T } | { ok: false; errors: PipelineError[] };
