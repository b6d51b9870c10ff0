import { i18n, t } from "../i18n/i18n.ts";
import { type ResolvedDate, resolveEdtf } from "./edtf.ts";

/** A date as an event states it twice: as EDTF, and as its first and last days and precision. */
export interface StatedDate {
  edtf: string | null;
  start: string | null;
  end: string | null;
  precision: string;
}

/**
 * EDTF expressions already resolved, by their text (or why they cannot be): a large timeline
 * states far fewer distinct dates than it has events, and this runs for every event of a load.
 */
const resolved = new Map<string, ResolvedDate | string>();
const RESOLVED_LIMIT = 1 << 16;
// The language the reasons kept are in: another language starts afresh.
let resolvedLocale = i18n.locale;

function resolveOnce(edtf: string): ResolvedDate | string {
  if (resolvedLocale !== i18n.locale) {
    resolved.clear();
    resolvedLocale = i18n.locale;
  }
  let date = resolved.get(edtf);
  if (date === undefined) {
    const result = resolveEdtf(edtf);
    date = result.ok ? result.data : result.reason;
    if (resolved.size >= RESOLVED_LIMIT) resolved.clear();
    resolved.set(edtf, date);
  }
  return date;
}

const UNKNOWN: ResolvedDate = { start: null, end: null, precision: "unknown" };
const days = (start: string | null, end: string | null, precision: string) =>
  t("dates.daysWithPrecision", {
    start: start ?? t("dates.openEnd"),
    end: end ?? t("dates.openEnd"),
    precision,
  });

/**
 * True when the EDTF is written from the days themselves: a day (`2024-05-14`) or an interval
 * of days, either end open (`2024-05-14/2024-06-01`, `../2024-05-14`). Most dates are, and a
 * large timeline's are mostly distinct: these are told by comparing text, without parsing.
 */
function agreesAsWritten({ edtf, start, end, precision }: StatedDate): boolean {
  if (edtf === null) return false;
  if (precision === "day") return edtf === start && start === end;
  if (precision !== "range" || (start === null && end === null)) return false;
  const from = start ?? "..";
  const to = end ?? "..";
  return (
    edtf.length === from.length + 1 + to.length &&
    edtf.charCodeAt(from.length) === SLASH &&
    edtf.startsWith(from) &&
    edtf.endsWith(to)
  );
}
const SLASH = 47;

/**
 * Why a date's `edtf` and its `start`, `end` and `precision` say different things, or null
 * when they agree (allocating nothing): the view draws the days but writes the EDTF. The days
 * are taken to be real and in order, as the rules before this one check. In the interface
 * language.
 */
export function edtfDisagreement(date: StatedDate): string | null {
  if (agreesAsWritten(date)) return null;
  const said = date.edtf === null ? UNKNOWN : resolveOnce(date.edtf);
  if (typeof said === "string") return t("dates.edtfUnreadable", { reason: said });
  if (said.start === date.start && said.end === date.end && said.precision === date.precision) {
    return null;
  }
  const edtf = date.edtf === null ? t("dates.edtfNull") : `"${date.edtf}"`;
  return t("dates.edtfMeans", {
    edtf,
    said: days(said.start, said.end, said.precision),
    stated: days(date.start, date.end, date.precision),
  });
}
