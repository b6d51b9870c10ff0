import { NO_GROUP } from "../data/eventGroup.ts";
import { EVENT_TYPES, ID_PATTERN } from "../data/vocabulary.ts";
import { daysFromEpoch, daysInMonth } from "../dates/calendarDay.ts";
import { DATE_CERTAINTIES } from "../dates/dateCertainty.ts";
import { yearOutsideRange } from "../dates/yearRange.ts";
import { t } from "../i18n/i18n.ts";
import type { MessageKey } from "../i18n/messageKey.ts";
import { shortText } from "../lib/shortText.ts";
import { DAY_MS, type TimeMs, type TimeWindow } from "../timeline/types.ts";
import { VIEW_MODES, type ViewMode, type ViewState } from "./viewState.ts";

const MINUTE_MS = 60_000;

// A calendar day, optionally with a time to the minute, second or millisecond and a UTC offset.
// Its year may be negative or longer than four digits, as a window's far from today are.
const INSTANT =
  /^(-?\d{4,})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2}))?$/;

// By arithmetic, not Date: Date reads years 0–99 as 1900–1999 and ends at year 275760.
function utcMs(year: number, month: number, day: number, hour: number, minute: number): TimeMs {
  return daysFromEpoch({ year, month, day }) * DAY_MS + (hour * 60 + minute) * MINUTE_MS;
}

function parseOffsetMinutes(offset: string): number | null {
  if (offset === "Z") return 0;
  const hours = Number(offset.slice(1, 3));
  const minutes = Number(offset.slice(4, 6));
  if (hours > 23 || minutes > 59) return null;
  return (offset.startsWith("-") ? -1 : 1) * (hours * 60 + minutes);
}

/** Parses `2024-05-01`, `2024-05-01T06:30Z` or a full ISO instant; null if malformed. */
function parseInstant(text: string): TimeMs | null {
  const match = INSTANT.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (yearOutsideRange(year) !== null) return null;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  const hour = Number(match[4] ?? 0);
  const minute = Number(match[5] ?? 0);
  const second = Number(match[6] ?? 0);
  if (hour > 23 || minute > 59 || second > 59) return null;
  const offset = parseOffsetMinutes(match[8] ?? "Z");
  if (offset === null) return null;
  // Digits past the millisecond are dropped: windows never need them.
  const ms = Number((match[7] ?? "").slice(0, 3).padEnd(3, "0"));
  return utcMs(year, month, day, hour, minute) + second * 1000 + ms - offset * MINUTE_MS;
}

const isId = (value: string | null): value is string => value !== null && ID_PATTERN.test(value);

function parseView(value: string | null): ViewMode | null {
  return VIEW_MODES.find((mode) => mode === value) ?? null;
}

function parseReader(value: string | null): number | null {
  if (value === null || !/^\d+$/.test(value)) return null;
  const index = Number(value);
  return Number.isSafeInteger(index) ? index : null;
}

/** A value as a notice quotes it: clipped (its message puts it in quotation marks). */
const quoted = (value: string) => shortText(value, 80);

/** The notices of a list the link gave: none of it understood, or some of it. */
interface ListNotices {
  none: MessageKey;
  some: MessageKey;
}

/**
 * The names a list parameter gives that `known` holds, in `known`'s order: [] for an empty list
 * (none shown); null (the default, all shown) when it names only unknown ones, with a notice.
 */
function parseList<T extends string>(
  value: string | null,
  known: readonly T[],
  messages: ListNotices,
  notices: string[],
): T[] | null {
  if (value === null) return null;
  const listed = value.split(",").filter((name) => name !== "");
  const kept = known.filter((name) => listed.includes(name));
  const unknown = listed.filter((name) => !(known as readonly string[]).includes(name));
  if (unknown.length === 0) return kept;
  const names = quoted(unknown.join(t("state.listSeparator")));
  if (kept.length === 0) {
    notices.push(t(messages.none, { names }));
    return null;
  }
  notices.push(t(messages.some, { names }));
  return kept;
}

const TYPE_NOTICES: ListNotices = { none: "state.badTypes", some: "state.someTypes" };
const CERTAINTY_NOTICES: ListNotices = { none: "state.badCertainty", some: "state.someCertainty" };

function parseWindow(from: string | null, to: string | null, notices: string[]): TimeWindow | null {
  if (from === null && to === null) return null;
  const start = from === null ? null : parseInstant(from);
  const end = to === null ? null : parseInstant(to);
  if (start !== null && end !== null && start < end) return { start, end };
  notices.push(t("state.badWindow", { from: quoted(from ?? ""), to: quoted(to ?? "") }));
  return null;
}

/**
 * The group filter of an address (see `writeGroups` in serializeViewState): each `group` named,
 * trimmed and once, then `NO_GROUP` with `ungrouped=1`; null when it names none of either.
 */
function parseGroups(params: URLSearchParams): string[] | null {
  const ungrouped = params.get("ungrouped") === "1";
  if (!params.has("group") && !ungrouped) return null;
  const named = new Set<string>();
  for (const value of params.getAll("group")) {
    const name = value.trim();
    if (name !== "") named.add(name);
  }
  return ungrouped ? [...named, NO_GROUP] : [...named];
}

/** A view state read from an address, with a notice for each value a reader meant but was not understood. */
export interface ReadViewState {
  state: ViewState;
  /** What the link asked for that was not understood, and what is shown instead, in words. */
  notices: string[];
}

/**
 * Reads a view state from a query string, tolerantly: a malformed, unknown or hostile value
 * falls back to its default, so an old or hand-edited link still opens. Where that would leave
 * the reader wondering (a filter, an event or a window the link asked for), a notice says so.
 */
export function readViewState(search: string): ReadViewState {
  const params = new URLSearchParams(search);
  const notices: string[] = [];
  const event = params.get("event");
  const person = params.get("person");
  const data = params.get("data");
  if (event !== null && event !== "" && !isId(event)) {
    notices.push(t("state.badEvent", { event: quoted(event) }));
  }
  if (person !== null && person !== "" && !isId(person)) {
    notices.push(t("state.badPerson", { person: quoted(person) }));
  }
  const state: ViewState = {
    data: data === null || data.trim() === "" ? null : data,
    view: parseView(params.get("view")),
    event: isId(event) ? event : null,
    // An excerpt index means nothing without the event it belongs to.
    reader: isId(event) ? parseReader(params.get("reader")) : null,
    query: params.get("q") ?? "",
    types: parseList(params.get("types"), EVENT_TYPES, TYPE_NOTICES, notices),
    person: isId(person) ? person : null,
    certainty: parseList(params.get("dates"), DATE_CERTAINTIES, CERTAINTY_NOTICES, notices),
    corrections: params.get("corrections") === "1",
    groups: parseGroups(params),
    window: parseWindow(params.get("from"), params.get("to"), notices),
    embed: params.get("embed") === "1",
  };
  return { state, notices };
}

/** Reads a view state from a query string (`readViewState`, without its notices). */
export function parseViewState(search: string): ViewState {
  return readViewState(search).state;
}
