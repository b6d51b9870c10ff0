import { itemName } from "../../data/formatProblem.ts";
import type { LoadProblem } from "../../data/loadProblem.ts";
import { problemsSummary } from "../../data/problemsSummary.ts";
import { tallyProblems } from "../../data/tallyProblems.ts";
import { formatCount } from "../../i18n/formatCount.ts";

/** How many problems are listed before "show all". */
const SHOWN = 50;

/**
 * What loading left out or changed, each with its item's title and id, its JSON path and its
 * reason: nothing is dropped silently. Closed by default, with the counts in its summary;
 * warnings (the item kept, only something missing) are marked as such.
 */
export function ProblemsPanel({ problems }: { problems: readonly LoadProblem[] }) {
  if (problems.length === 0) return null;
  const hidden = problems.length > SHOWN ? tallyProblems(problems.slice(SHOWN)).problems : 0;
  return (
    <details className="problems">
      <summary>{problemsSummary(problems)}</summary>
      <ul aria-label="Problems">
        {problems.slice(0, SHOWN).map((p, i) => (
          // Paths can repeat (several issues with one event); the position keeps keys unique.
          // biome-ignore lint/suspicious/noArrayIndexKey: the list never reorders.
          <li key={i}>
            {p.warning && "Warning: "}
            {p.item && (
              <>
                <bdi>{itemName(p.item)}</bdi> ·{" "}
              </>
            )}
            <code>{p.path}</code>: {p.reason}
          </li>
        ))}
      </ul>
      {hidden > 0 && <p>…and {formatCount(hidden)} more.</p>}
    </details>
  );
}
