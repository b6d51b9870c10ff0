import { calendarDayNumber } from "../dates/calendarDay.ts";
import { t } from "../i18n/i18n.ts";
import { repeatedIds } from "../lib/repeatedIds.ts";
import { blankText } from "./blankTextRules.ts";
import { datasetRules, type EventContext, invisibleTitle } from "./datasetRules.ts";
import type { Dataset, TimelineEvent } from "./datasetSchema.ts";
import { applyRules } from "./itemRule.ts";
import type { LoadProblem } from "./loadProblem.ts";
import { problemIn } from "./problemItem.ts";
import { ProblemLog } from "./problemLog.ts";
import { sectionLeftOut, withOutcome } from "./sectionLeftOut.ts";
import { sortEras } from "./sortEras.ts";

/** Where each kept item stood in the file, for problem paths (identity when nothing was removed). */
export interface ItemPositions {
  sources?: readonly number[];
  people?: readonly number[];
  events?: readonly number[];
  eras?: readonly number[];
}

/** A valid dataset that also keeps the rules a schema cannot say, and what was left out. */
export interface CheckedDataset {
  dataset: Dataset;
  problems: LoadProblem[];
  /**
   * The day numbers (`calendarDayNumber`) of each kept event's date, parsed once by the checks:
   * `days[2i]` its start and `days[2i + 1]` its end, NaN where open.
   */
  days: Float64Array;
}

type Section = keyof ItemPositions;
const idOf = (item: { id: string }) => item.id;

/**
 * The first item of each id, each passed through `check` (which may mend it, or return null to
 * leave it out); a repeat is left out with a problem naming the first.
 */
function firstOfEach<T extends { id: string }>(
  items: readonly T[],
  section: Section,
  positions: ItemPositions,
  problems: LoadProblem[],
  check: (item: T, at: number) => T | null = (item) => item,
): T[] {
  const placed = positions[section];
  const repeats = repeatedIds(items, idOf);
  let next = 0;
  const kept: T[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as T;
    const at = placed?.[i] ?? i;
    const repeat = repeats[next];
    if (repeat?.at === i) {
      next++;
      const first = placed?.[repeat.first] ?? repeat.first;
      const reason = withOutcome(
        t("data.repeatsId", { id: item.id, first: `${section}[${first}]` }),
        sectionLeftOut(section),
      );
      problems.push({ ...problemIn(item, `${section}[${at}].id`, reason), leftOut: true });
      continue;
    }
    const checked = check(item, at);
    if (checked !== null) kept.push(checked);
  }
  return kept;
}

/** What a dataset whose title shows nothing is called instead, in English (`data.untitled`). */
export const UNTITLED = "Untitled timeline";

/** A date's day number: NaN when open, null when not a day of the calendar. */
const dayOf = (text: string | null) => (text === null ? Number.NaN : calendarDayNumber(text));

/**
 * Checks what the schema cannot: ids unique in each section, references that resolve, excerpt
 * offsets that fit their quote and article (whole characters, past the header), dates in the
 * years a timeline can draw that agree with their EDTF and do not end before they start, titles
 * with something to see, links a browser can open (`datasetRules`). What breaks a rule is left out (or, for a
 * reference, dropped from its event), each with its JSON path and reason; the eras are put in
 * time order (`sortEras`); the dataset is returned as is when nothing changes. Hands on the
 * events' days, parsed here once.
 */
export function checkInvariants(dataset: Dataset, positions: ItemPositions = {}): CheckedDataset {
  const problems = new ProblemLog();
  const rules = datasetRules;
  // Every source's link before any repeat, the order these problems have always been listed in.
  const linked = dataset.sources.map(
    (source, i) =>
      applyRules(source, rules.sources, null, "sources", positions.sources?.[i] ?? i, problems) ??
      source,
  );
  const sources = firstOfEach(linked, "sources", positions, problems);
  const people = firstOfEach(dataset.people, "people", positions, problems, (person, at) =>
    applyRules(person, rules.people, null, "people", at, problems),
  );
  const checkedEras = dataset.eras
    ? firstOfEach(dataset.eras, "eras", positions, problems, (era, at) =>
        applyRules(era, rules.eras, null, "eras", at, problems),
      )
    : undefined;
  const eras = checkedEras && sortEras(checkedEras);
  const context: EventContext = {
    people: new Set(people.map((p) => p.id)),
    sources: new Map(sources.map((s) => [s.id, s])),
    start: null,
    end: null,
  };
  const all = dataset.events;
  const days = new Float64Array(2 * all.length);
  let kept = 0;
  const events = firstOfEach(all, "events", positions, problems, (event: TimelineEvent, at) => {
    context.start = dayOf(event.date.start);
    context.end = dayOf(event.date.end);
    const checked = applyRules(event, rules.events, context, "events", at, problems);
    if (checked !== null) {
      // A kept event's days are numbers (NaN where open): one not in the calendar left it out.
      days[2 * kept] = context.start as number;
      days[2 * kept + 1] = context.end as number;
      kept++;
    }
    return checked;
  });
  const eventDays = kept === all.length ? days : days.subarray(0, 2 * kept);
  const untitled = invisibleTitle(dataset.title);
  // Called by the reader's language, as the dataset is loaded in it.
  const title = t("data.untitled");
  if (untitled !== null)
    problems.push({ path: "title", reason: withOutcome(untitled, t("data.shownAs", { title })) });
  const undescribed = blankText("description", dataset.description);
  if (undescribed !== null) {
    const reason = withOutcome(undescribed, t("data.shownWithoutDescription"));
    problems.push({ path: "description", reason, warning: true });
  }
  if (problems.length === 0 && eras === checkedEras) {
    return { dataset, problems: [], days: eventDays };
  }
  return {
    dataset: {
      ...dataset,
      ...(untitled === null ? {} : { title }),
      ...(undescribed === null ? {} : { description: "" }),
      sources,
      people,
      events,
      ...(eras ? { eras: [...eras] } : {}),
    },
    problems: problems.lines(),
    days: eventDays,
  };
}
