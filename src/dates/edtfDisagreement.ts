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

function resolveOnce(edtf: string): ResolvedDate | string {
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
  `${start ?? "open"} to ${end ?? "open"} (${precision})`;

/**
 * Why a date's `edtf` and its `start`, `end` and `precision` say different things, or null
 * when they agree (allocating nothing): the view draws the days but writes the EDTF.
 */
export function edtfDisagreement(date: StatedDate): string | null {
  const said = date.edtf === null ? UNKNOWN : resolveOnce(date.edtf);
  if (typeof said === "string") return `edtf cannot be read: ${said}`;
  if (said.start === date.start && said.end === date.end && said.precision === date.precision) {
    return null;
  }
  const edtf = date.edtf === null ? "null (date unknown)" : `"${date.edtf}"`;
  return `edtf ${edtf} means ${days(said.start, said.end, said.precision)}, but start, end and precision say ${days(date.start, date.end, date.precision)}`;
}
