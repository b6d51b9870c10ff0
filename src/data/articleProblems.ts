import { t } from "../i18n/i18n.ts";
import { articlePin } from "./articlePin.ts";
import type { Source } from "./datasetSchema.ts";
import type { LoadProblem } from "./loadProblem.ts";

/**
 * A problem for each article whose text arrived changed from the one its excerpts were checked
 * against, found by `digestOf` (the digest of its text as it arrived; undefined: not loaded).
 */
export function articleProblems(
  sources: readonly Source[],
  digestOf: (source: Source & { kind: "article" }) => string | null | undefined,
): LoadProblem[] {
  const problems: LoadProblem[] = [];
  sources.forEach((source, i) => {
    if (source.kind !== "article") return;
    const digest = digestOf(source);
    if (digest === undefined || articlePin(digest, source.text.sha256) !== "changed") return;
    problems.push({
      path: `sources[${i}].text.sha256`,
      reason: t("data.articleChanged", { digest: String(digest) }),
      item: { title: source.title, id: source.id },
    });
  });
  return problems;
}
