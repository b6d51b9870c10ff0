import { validate as isDataset } from "virtual:sourceline/dataset-validator";
import { DatasetLoadError } from "./datasetLoadError.ts";
import { describeFound } from "./describeFound.ts";
import { describeIssues, formatIssuePath } from "./describeIssues.ts";
import type { LoadProblem } from "./loadProblem.ts";
import type { Dataset } from "./schema.ts";

/** The formats Sourceline opens, told apart by their content. */
export type DatasetFormat = "sourceline" | "timelinejs";

/** A dataset as loaded: its valid part, what was left out and why, and the format it came in. */
export interface LoadedDataset {
  dataset: Dataset;
  problems: LoadProblem[];
  format: DatasetFormat;
}

const EXPECTED =
  'Expected a Sourceline dataset (an object with "version": 1, "title" and "events") or a TimelineJS3 file (an object with an "events" list)';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Reads parsed JSON as a dataset: Sourceline's own format or TimelineJS3, detected from the
 * content. A file with some bad events loads the rest and lists each one left out; a file that is
 * neither format, or whose frame is broken, fails with what was expected and what was found.
 */
export async function readDatasetJson(json: unknown, name: string): Promise<LoadedDataset> {
  // The fast path: the compiled check passes every valid dataset.
  if (isDataset(json)) return { dataset: json as Dataset, problems: [], format: "sourceline" };
  if (isObject(json) && "version" in json) return readSourceline(json, name);
  const { isTimelineJs, importTimelineJs } = await import(
    "../formats/timelineJs/importTimelineJs.ts"
  );
  if (isTimelineJs(json)) {
    const { dataset, problems } = importTimelineJs(json, { name });
    if (dataset.events.length === 0 && problems.length > 0) {
      throw new DatasetLoadError(
        `${name} is a TimelineJS file, but none of its events could be read.`,
        problems.slice(0, 10).map((p) => `${p.path}: ${p.reason}`),
      );
    }
    return { dataset, problems, format: "timelinejs" };
  }
  throw new DatasetLoadError(`${name} is neither a Sourceline dataset nor a TimelineJS file.`, [
    `${EXPECTED}; found ${describeFound(json)}.`,
  ]);
}

/** A Sourceline dataset the fast check rejected: keep every valid event, list the others. */
async function readSourceline(json: Record<string, unknown>, name: string) {
  if (json.version !== 1) {
    throw new DatasetLoadError(
      `${name} is a Sourceline dataset of version ${JSON.stringify(json.version)}; this version of Sourceline reads version 1.`,
    );
  }
  const { datasetSchema, eventSchema } = await import("./schema.ts");
  const events = json.events;
  const frame = datasetSchema.safeParse({ ...json, events: Array.isArray(events) ? [] : events });
  if (!frame.success) {
    throw new DatasetLoadError(
      `${name} is not a valid Sourceline dataset.`,
      describeIssues(frame.error.issues),
    );
  }
  const problems: LoadProblem[] = [];
  const kept: Dataset["events"] = [];
  (events as unknown[]).forEach((event, i) => {
    const parsed = eventSchema.safeParse(event);
    if (parsed.success) kept.push(parsed.data);
    else {
      for (const issue of parsed.error.issues.slice(0, 3)) {
        problems.push({
          path: formatIssuePath([`events[${i}]`, ...issue.path]),
          reason: `${issue.message}; event left out`,
        });
      }
    }
  });
  return {
    dataset: { ...frame.data, events: kept },
    problems,
    format: "sourceline" as const,
  };
}
