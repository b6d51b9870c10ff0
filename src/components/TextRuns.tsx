import type { TextRun } from "../data/datasetSchema.ts";
import { safeHref } from "../lib/safeHref.ts";

/** Runs of dataset text as text, each run with an http(s) link as a link (opening a new tab). */
export function TextRuns({ runs }: { runs: readonly TextRun[] }) {
  return runs.map((run, i) => {
    const href = safeHref(run.href);
    return href ? (
      // biome-ignore lint/suspicious/noArrayIndexKey: runs are a fixed sequence.
      <a key={i} href={href} target="_blank" rel="noopener noreferrer">
        {run.text}
      </a>
    ) : (
      // biome-ignore lint/suspicious/noArrayIndexKey: runs are a fixed sequence.
      <span key={i}>{run.text}</span>
    );
  });
}
