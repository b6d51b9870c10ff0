import { useState } from "react";
import type { TextRun } from "../data/datasetSchema.ts";
import { ShowMoreButton } from "./ShowMoreButton.tsx";
import { TextRuns } from "./TextRuns.tsx";

/** Characters of an imported text shown before "Show more". */
export const BODY_LIMIT = 1500;

/** The runs of an imported text as a paragraph, cut at `BODY_LIMIT` characters with "Show more". */
export function BodyText({ runs, className }: { runs: readonly TextRun[]; className: string }) {
  const [open, setOpen] = useState(false);
  const total = runs.reduce((n, run) => n + run.text.length, 0);
  const long = total > BODY_LIMIT;
  return (
    <p className={className}>
      <TextRuns runs={runs} {...(open || !long ? {} : { limit: BODY_LIMIT })} />
      {long && (
        <>
          {" "}
          <ShowMoreButton open={open} onToggle={() => setOpen(!open)} />
        </>
      )}
    </p>
  );
}
