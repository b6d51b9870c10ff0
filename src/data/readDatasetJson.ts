import {
  erasItem,
  eventsItem,
  validate as isDataset,
  peopleItem,
  sourcesItem,
} from "virtual:sourceline/dataset-validator";
import { formatCount } from "../i18n/formatCount.ts";
import { t } from "../i18n/i18n.ts";
import { isRecord } from "../lib/isRecord.ts";
import { type CheckedDataset, checkInvariants, type ItemPositions } from "./checkInvariants.ts";
import { DatasetLoadError } from "./datasetLoadError.ts";
import type { Dataset } from "./datasetSchema.ts";
import { describeFound } from "./describeFound.ts";
import { describeIssues, formatIssuePath } from "./describeIssues.ts";
import { formatProblem } from "./formatProblem.ts";
import type { LoadProblem } from "./loadProblem.ts";
import { moreLikeThese } from "./moreLikeThese.ts";
import { problemIn } from "./problemItem.ts";
import { sectionLeftOut, withOutcome } from "./sectionLeftOut.ts";

/** The formats Sourceline opens, told apart by their content (and a file's name). */
export type DatasetFormat = "sourceline" | "timelinejs" | "spreadsheet";

/** A dataset as loaded: its valid part, what was left out and why, and the format it came in. */
export interface LoadedDataset {
  dataset: Dataset;
  problems: LoadProblem[];
  format: DatasetFormat;
  /**
   * Its events' days as the checks parsed them (`CheckedDataset.days`); always set by
   * `readDatasetJson`, absent from a dataset put together by hand, whose days are parsed later.
   */
  days?: Float64Array;
}

/** The most events Sourceline opens. */
export const MAX_EVENTS = 1_000_000;

/**
 * Reads parsed JSON as a dataset: Sourceline's own format or TimelineJS3, detected from the
 * content. Checks the schema and the rules it cannot say (unique ids, references that resolve,
 * offsets that fit); a file with some bad items loads the rest and lists each one left out. A
 * file that is neither format, too large, of another version or with a broken frame fails with
 * what was expected and what was found.
 */
export async function readDatasetJson(
  json: unknown,
  name: string,
  /** The file's own URL, when it was fetched: relative media URLs in it resolve against it. */
  address?: string,
): Promise<LoadedDataset> {
  if (isRecord(json) && Array.isArray(json.events) && json.events.length > MAX_EVENTS) {
    throw new DatasetLoadError(
      t("data.tooManyEvents", {
        name,
        count: formatCount(json.events.length),
        max: formatCount(MAX_EVENTS),
      }),
      [],
      { kind: "too-large" },
    );
  }
  // The fast path: the compiled check passes every valid dataset.
  if (isDataset(json)) return withInvariants(checkInvariants(json as Dataset), [], "sourceline");
  if (isRecord(json) && "version" in json) return readSourceline(json, name);
  const { isTimelineJs, importTimelineJs } = await import(
    "../formats/timelineJs/importTimelineJs.ts"
  );
  if (isTimelineJs(json)) {
    const { dataset, problems } = importTimelineJs(json, { name, address });
    if (dataset.events.length === 0 && problems.length > 0) {
      throw new DatasetLoadError(
        t("data.timelineJsNoEvents", { name }),
        problems.slice(0, 10).map(formatProblem),
      );
    }
    return withInvariants(checkInvariants(dataset), problems, "timelinejs");
  }
  throw new DatasetLoadError(
    t("data.neitherFormat", { name }),
    [t("data.expectedDataset", { found: describeFound(json) })],
    { kind: "unrecognised" },
  );
}

function withInvariants(
  checked: CheckedDataset,
  earlier: LoadProblem[],
  format: DatasetFormat,
): LoadedDataset {
  const problems = earlier.length === 0 ? checked.problems : [...earlier, ...checked.problems];
  return { dataset: checked.dataset, problems, format, days: checked.days };
}

/** The sections of a dataset that hold items, each checked item by item. */
const SECTIONS = ["sources", "people", "events", "eras"] as const;

/** The compiled check of one item of each section (fast, but it says only yes or no). */
const IS_ITEM = { sources: sourcesItem, people: peopleItem, events: eventsItem, eras: erasItem };

/**
 * How many bad items of a section are described, each by its first few schema issues; the rest
 * are counted in one line ("and 299,990 more like these"), as describing each costs far more
 * than checking it, and a file of a million bad items would otherwise freeze the page.
 */
export const DESCRIBED_ITEMS = 10;

/** A Sourceline dataset the fast check rejected: keep every valid item, list the others. */
async function readSourceline(raw: Record<string, unknown>, name: string) {
  if (raw.version !== 1) {
    throw new DatasetLoadError(
      t("data.otherVersion", {
        name,
        version: typeof raw.version === "number" ? String(raw.version) : describeFound(raw.version),
      }),
      [],
      { kind: "version" },
    );
  }
  const [
    { datasetSchema, eraSchema, eventSchema, personSchema, sourceSchema, speakSchemaLanguage },
    { repairLinks },
  ] = await Promise.all([import("./datasetSchema.ts"), import("./repairLinks.ts")]);
  await speakSchemaLanguage();
  const problems: LoadProblem[] = [];
  const json = repairLinks(raw, problems);
  // The frame: everything but the items, which are checked one by one below.
  const empty = Object.fromEntries(
    SECTIONS.filter((s) => Array.isArray(json[s])).map((s) => [s, []]),
  );
  const frame = datasetSchema.safeParse({ ...json, ...empty });
  if (!frame.success) {
    throw new DatasetLoadError(
      t("data.invalidDataset", { name }),
      describeIssues(frame.error.issues),
    );
  }
  const schemas = {
    sources: sourceSchema,
    people: personSchema,
    events: eventSchema,
    eras: eraSchema,
  };
  const kept: Record<string, unknown[]> = {};
  const positions: Record<string, number[]> = {};
  for (const section of SECTIONS) {
    const items = json[section];
    if (!Array.isArray(items)) continue;
    const keptItems: unknown[] = [];
    const keptAt: number[] = [];
    kept[section] = keptItems;
    positions[section] = keptAt;
    const keep = (item: unknown, i: number) => {
      keptItems.push(item);
      keptAt.push(i);
    };
    let described = 0;
    let unseen = 0;
    items.forEach((item: unknown, i) => {
      if (IS_ITEM[section](item)) {
        keep(item, i);
        return;
      }
      if (described >= DESCRIBED_ITEMS) {
        unseen++;
        return;
      }
      const parsed = schemas[section].safeParse(item);
      if (parsed.success) {
        keep(parsed.data, i);
        return;
      }
      described++;
      for (const issue of parsed.error.issues.slice(0, 3)) {
        const path = formatIssuePath([`${section}[${i}]`, ...issue.path]);
        const reason = withOutcome(issue.message, sectionLeftOut(section));
        problems.push({ ...problemIn(item, path, reason), leftOut: true });
      }
    });
    if (unseen > 0) problems.push(moreLikeThese(section, unseen));
  }
  const dataset = { ...frame.data, ...kept } as Dataset;
  return withInvariants(
    checkInvariants(dataset, positions as ItemPositions),
    problems,
    "sourceline",
  );
}
