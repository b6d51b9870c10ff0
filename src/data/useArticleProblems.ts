import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useMemo, useSyncExternalStore } from "react";
import { useActiveLocale } from "../i18n/useActiveLocale.ts";
import { articleProblems } from "./articleProblems.ts";
import { type ArticleText, articleTextUrl } from "./articleTextQuery.ts";
import type { IndexedDataset } from "./indexDataset.ts";
import type { LoadProblem } from "./loadProblem.ts";

/** Separates the address and the digest of each article text loaded (neither holds a newline). */
const SEPARATOR = "\n";

/**
 * The dataset's problems, and one for each article whose text arrived changed from its pin, as
 * each is loaded (articles load when the reader opens them); the same array while none is.
 */
export function useArticleProblems(
  data: IndexedDataset,
  datasetUrl: string | null,
): readonly LoadProblem[] {
  const client = useQueryClient();
  const subscribe = useCallback(
    (onChange: () => void) => client.getQueryCache().subscribe(onChange),
    [client],
  );
  // A string, so the snapshot is the same value until an article's text arrives.
  const loaded = useSyncExternalStore(
    subscribe,
    () =>
      client
        .getQueryCache()
        .findAll({ queryKey: ["article-text"] })
        .filter((query) => query.state.status === "success")
        .map((query) => {
          const article = query.state.data as ArticleText;
          return `${String(query.queryKey[1])}${SEPARATOR}${article.digest ?? ""}`;
        })
        .join(SEPARATOR),
    () => "",
  );
  // The problems of changed articles are said again in a language the reader switches to.
  const locale = useActiveLocale();
  // biome-ignore lint/correctness/useExhaustiveDependencies: `locale` is the language they are said in.
  return useMemo(() => {
    if (datasetUrl === null || loaded === "") return data.problems;
    const parts = loaded.split(SEPARATOR);
    const digests = new Map<string, string | null>();
    for (let i = 0; i < parts.length; i += 2) digests.set(parts[i] ?? "", parts[i + 1] || null);
    const changed = articleProblems(data.dataset.sources, (source) => {
      const address = articleTextUrl(datasetUrl, source.text.path);
      // An address refused (off the dataset's site) is never loaded.
      return address.ok ? digests.get(address.data) : undefined;
    });
    return changed.length === 0 ? data.problems : [...data.problems, ...changed];
  }, [data, datasetUrl, loaded, locale]);
}
