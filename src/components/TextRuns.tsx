import type { TextRun } from "../data/datasetSchema.ts";
import { safeHref } from "../lib/safeHref.ts";
import { clampPoint } from "../lib/shortText.ts";
import { Highlighted } from "./Highlighted.tsx";

/** The runs up to `limit` characters, the one cut short ending at a word with "…". */
function clampRuns(runs: readonly TextRun[], limit: number): readonly TextRun[] {
  const shown: TextRun[] = [];
  let room = limit;
  for (const run of runs) {
    if (room <= 0) break;
    if (run.text.length <= room) shown.push(run);
    else shown.push({ ...run, text: `${run.text.slice(0, clampPoint(run.text, room))}…` });
    room -= run.text.length;
  }
  return shown;
}

/**
 * Runs of dataset text as text, each run with an http(s) link as a link (opening a new tab), with
 * the search's matches marked; cut at `limit` characters when given.
 */
export function TextRuns({ runs, limit }: { runs: readonly TextRun[]; limit?: number }) {
  const shown = limit === undefined ? runs : clampRuns(runs, limit);
  return shown.map((run, i) => {
    const href = safeHref(run.href);
    return href ? (
      // biome-ignore lint/suspicious/noArrayIndexKey: runs are a fixed sequence.
      <a key={i} href={href} target="_blank" rel="noopener noreferrer">
        <Highlighted text={run.text} />
      </a>
    ) : (
      // biome-ignore lint/suspicious/noArrayIndexKey: runs are a fixed sequence.
      <span key={i}>
        <Highlighted text={run.text} />
      </span>
    );
  });
}
