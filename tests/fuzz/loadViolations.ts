import { DatasetLoadError } from "../../src/data/datasetLoadError.ts";
import { datasetSchema } from "../../src/data/datasetSchema.ts";
import type { LoadProblem } from "../../src/data/loadProblem.ts";
import type { LoadedDataset } from "../../src/data/readDatasetJson.ts";

/** How a load ended: with a dataset, or with what it was rejected with. */
export type LoadOutcome = { ok: true; loaded: LoadedDataset } | { ok: false; error: unknown };

/** The item word each section's "… left out" problems end with. */
const ITEM = { sources: "source", people: "person", events: "event", eras: "era" } as const;
type Section = keyof typeof ITEM;
const SECTIONS = Object.keys(ITEM) as Section[];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const isWebLink = (href: unknown) => {
  if (typeof href !== "string" || !/^https?:\/\/\S+$/.test(href)) return false;
  try {
    return ["http:", "https:"].includes(new URL(href).protocol);
  } catch {
    return false;
  }
};

/** What a rejection was, for a message: its type, message and where it was thrown. */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return `a thrown ${typeof error}: ${String(error).slice(0, 200)}`;
  const where = (error.stack ?? "").split("\n").slice(1, 4).join(" | ");
  return `${error.constructor.name}: ${error.message.slice(0, 200)} at ${where}`;
}

/**
 * The distinct indices of `section` items that `problems` report as left out. Sourceline words
 * each as "…; event left out"; TimelineJS also says "…is not an event object; left out" at the
 * item's own path.
 */
export function leftOutIndices(problems: readonly LoadProblem[], section: Section): Set<number> {
  const at = new RegExp(`^${section}\\[(\\d+)\\]`);
  const indices = new Set<number>();
  for (const { path, reason } of problems) {
    const match = at.exec(path);
    if (!match) continue;
    const whole = path === match[0];
    if (reason.endsWith(`${ITEM[section]} left out`) || (whole && reason.endsWith("; left out"))) {
      indices.add(Number(match[1]));
    }
  }
  return indices;
}

/** What a caller knows to be wrong and does not want reported again (each names its bug). */
export interface KnownFaults {
  /** A link the loader is known to keep although the schema refuses it. */
  link?: (url: string) => boolean;
}

/** The value at a schema issue's path. */
function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node = root;
  for (const key of path) {
    if (typeof node !== "object" || node === null) return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

/** Rules a loaded dataset breaks (ids, references, offsets, links), as sentences. */
function datasetViolations(loaded: LoadedDataset, known: KnownFaults): string[] {
  const out: string[] = [];
  const { dataset } = loaded;
  const knownLink = (url: unknown) => typeof url === "string" && (known.link?.(url) ?? false);
  const parsed = datasetSchema.safeParse(dataset);
  if (!parsed.success) {
    const issues = parsed.error.issues.filter((i) => !knownLink(valueAt(dataset, i.path)));
    if (issues.length > 0) {
      const shown = issues.slice(0, 3).map((i) => `${i.path.join(".")}: ${i.message}`);
      return [`dataset fails datasetSchema: ${shown.join("; ")}`];
    }
  }
  for (const section of SECTIONS) {
    const ids = (dataset[section] ?? []).map((item) => item.id);
    if (new Set(ids).size !== ids.length) out.push(`${section} ids repeat: ${ids.join(", ")}`);
  }
  const people = new Set(dataset.people.map((p) => p.id));
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  for (const source of dataset.sources) {
    if (source.url !== null && !isWebLink(source.url) && !knownLink(source.url)) {
      out.push(`source ${source.id} links to ${source.url}`);
    }
  }
  for (const event of dataset.events) {
    const where = `event ${event.id}`;
    for (const id of event.people) if (!people.has(id)) out.push(`${where} names person ${id}`);
    for (const id of event.date.references) {
      if (!sources.has(id)) out.push(`${where} refers to source ${id}`);
    }
    for (const excerpt of event.excerpts) {
      const source = sources.get(excerpt.source);
      if (!source) {
        out.push(`${where} quotes source ${excerpt.source}`);
        continue;
      }
      const { start, end, exact } = excerpt;
      const limit = source.kind === "article" ? source.text.length : Number.POSITIVE_INFINITY;
      if (!(start >= 0 && start <= end && end <= limit && end - start === exact.length)) {
        out.push(`${where} excerpt ${start}–${end} (${exact.length} chars, text ${limit})`);
      }
    }
    const { media } = event;
    const runs = [
      ...(event.body ?? []),
      ...(media?.text ?? []),
      ...(media?.captionRuns ?? []),
      ...(media?.creditRuns ?? []),
    ];
    for (const run of runs) {
      if (run.href !== undefined && !isWebLink(run.href) && !knownLink(run.href)) {
        out.push(`${where} links to ${run.href}`);
      }
    }
    if (event.media?.url && !isWebLink(event.media.url) && !knownLink(event.media.url)) {
      out.push(`${where} media links to ${event.media.url}`);
    }
  }
  for (const problem of loaded.problems) {
    if (typeof problem.path !== "string" || problem.path === "") out.push("a problem has no path");
    if (typeof problem.reason !== "string" || problem.reason.trim() === "") {
      out.push(`problem at ${problem.path} has no reason`);
    }
  }
  return out;
}

/** Kept + reported left out must be every item the input had, section by section. */
function accountingViolations(input: unknown, loaded: LoadedDataset): string[] {
  if (!isRecord(input)) return ["a dataset was loaded from something that is not an object"];
  const sections: readonly Section[] =
    loaded.format === "sourceline" ? SECTIONS : (["events", "eras"] as const);
  const out: string[] = [];
  for (const section of sections) {
    const given = input[section];
    if (!Array.isArray(given)) continue;
    const kept = loaded.dataset[section]?.length ?? 0;
    const left = leftOutIndices(loaded.problems, section);
    const outside = [...left].filter((i) => i >= given.length);
    // Past the first few, bad items are counted in one line ("and 12 more like these").
    const more = loaded.problems
      .filter((p) => p.path === section && p.more !== undefined && p.reason.endsWith("left out"))
      .reduce((sum, p) => sum + (p.more ?? 0), 0);
    if (kept + left.size + more !== given.length || outside.length > 0) {
      out.push(
        `${section}: ${given.length} given, ${kept} kept, ${left.size} reported left out (${[...left].join(", ")}), ${more} more counted`,
      );
    }
  }
  return out;
}

/**
 * Every way a load's outcome breaks the loader's contract: a rejection that is not a
 * DatasetLoadError with a message naming the file; a dataset that fails the schema, repeats an
 * id, keeps a dangling reference, an impossible excerpt or a link that is not http(s); or an item
 * of the input neither kept nor reported left out. Empty when the outcome is sound; `known`
 * faults are not reported.
 */
export function loadViolations(
  input: unknown,
  outcome: LoadOutcome,
  name: string,
  known: KnownFaults = {},
): string[] {
  if (!outcome.ok) {
    const { error } = outcome;
    if (!(error instanceof DatasetLoadError)) return [`rejected with ${describeError(error)}`];
    const out: string[] = [];
    if (error.message.trim() === "" || !error.message.includes(name)) {
      out.push(`DatasetLoadError message does not name the file: "${error.message}"`);
    }
    if (!error.details.every((d) => typeof d === "string" && d !== "")) {
      out.push("DatasetLoadError has an empty detail");
    }
    return out;
  }
  const { loaded } = outcome;
  if (loaded.format !== "sourceline" && loaded.format !== "timelinejs") {
    return [`unknown format ${String(loaded.format)}`];
  }
  const broken = datasetViolations(loaded, known);
  return broken.length > 0 ? broken : accountingViolations(input, loaded);
}

/** Runs `load`, timing it and catching what it rejects with or throws. */
export async function timedLoad(
  load: () => Promise<LoadedDataset>,
): Promise<{ outcome: LoadOutcome; ms: number }> {
  const started = performance.now();
  let outcome: LoadOutcome;
  try {
    outcome = { ok: true, loaded: await load() };
  } catch (error) {
    outcome = { ok: false, error };
  }
  return { outcome, ms: performance.now() - started };
}
