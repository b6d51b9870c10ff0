import { t } from "../i18n/i18n.ts";
import { isRecord } from "../lib/isRecord.ts";
import { isWebLink } from "../lib/isWebLink.ts";
import { hasCredentials } from "../lib/redactCredentials.ts";
import type { ItemRule } from "./itemRule.ts";
import { quoteForProblem } from "./quoteForProblem.ts";

/** An item as the link rules read it: raw JSON (before the schema) or a checked one alike. */
type Item = Record<string, unknown>;

/**
 * Why a link cannot stay, or null: every link a reader could follow must be http(s), and carry
 * no user name or password (a secret a dataset should not hand on).
 */
function linkFault(value: unknown): string | null {
  if (typeof value !== "string") return null;
  if (!isWebLink(value)) return t("data.notWebLink", { link: quoteForProblem(value) });
  // Parsed only when it may hold them: this runs for every link of every load.
  return value.includes("@") && hasCredentials(new URL(value))
    ? t("data.linkHasCredentials", { link: quoteForProblem(value) })
    : null;
}

/** A source's `url` (one value, even when absent: `linkFault` passes whatever is not text). */
const sourceUrl: ItemRule<Item, unknown> = {
  count: () => 1,
  fault: (source) => linkFault(source.url),
  path: () => ".url",
  outcome: "data.shownWithoutLink",
  mend: (source) => ({ ...source, url: null }),
};

/** An event's `media.url`. */
const mediaUrl: ItemRule<Item, unknown> = {
  count: ({ media }) => (isRecord(media) ? 1 : 0),
  fault: ({ media }) => linkFault((media as Item).url),
  path: () => ".media.url",
  outcome: "data.shownWithoutLink",
  mend: (event) => ({ ...event, media: { ...(event.media as Item), url: null } }),
};

/** Each link in an event's own text (`body`); a run whose link is taken out keeps its text. */
const bodyHref: ItemRule<Item, unknown> = {
  count: ({ body }) => (Array.isArray(body) ? body.length : 0),
  fault: ({ body }, j) => {
    const run: unknown = (body as unknown[])[j];
    return isRecord(run) ? linkFault(run.href) : null;
  },
  path: (j) => `.body[${j}].href`,
  outcome: "data.textShownWithoutLink",
  mend: (event, faulty) => ({
    ...event,
    body: (event.body as Item[]).map((run, j) => {
      if (!faulty.includes(j)) return run;
      const { href: _, ...text } = run;
      return text;
    }),
  }),
};

/** Each link in one list of runs of an event's media (a quote's words, its caption, its credit). */
function mediaRunHrefs(field: "text" | "captionRuns" | "creditRuns"): ItemRule<Item, unknown> {
  const runs = (media: unknown): unknown[] | null => {
    const list = isRecord(media) ? media[field] : undefined;
    return Array.isArray(list) ? list : null;
  };
  return {
    count: ({ media }) => runs(media)?.length ?? 0,
    fault: ({ media }, j) => {
      const run = runs(media)?.[j];
      return isRecord(run) ? linkFault(run.href) : null;
    },
    path: (j) => `.media.${field}[${j}].href`,
    outcome: "data.textShownWithoutLink",
    mend: (event, faulty) => {
      const media = event.media as Item;
      const list = (runs(media) ?? []).map((run, j) => {
        if (!faulty.includes(j) || !isRecord(run)) return run;
        const { href: _, ...text } = run;
        return text;
      });
      return { ...event, media: { ...media, [field]: list } };
    },
  };
}

/**
 * The one rule for links, at every place a dataset holds one: taken out (its text kept) unless
 * it is http(s), which is all a reader may follow. Read by the loader before the schema (raw
 * JSON) and by the checks after it.
 */
export const linkRules = {
  sources: [sourceUrl],
  events: [
    mediaUrl,
    bodyHref,
    mediaRunHrefs("text"),
    mediaRunHrefs("captionRuns"),
    mediaRunHrefs("creditRuns"),
  ],
} as const;
