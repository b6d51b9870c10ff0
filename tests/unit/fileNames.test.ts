import { readdirSync, readFileSync } from "node:fs";
import { basename, join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = join(import.meta.dirname, "../../src");

/** Entry points: run or loaded by path, they export nothing to name them after. */
const ENTRY_POINTS = new Set([
  "main.tsx", // the browser's entry, loaded by index.html
  "pipeline/main.ts", // `npm run dataset`
  "suggest/main.ts", // `npm run suggest`
  "prerender/prerender.ts", // the build's renderer, loaded by prerenderPlugin by path
]);

/**
 * Files named for one concept rather than one export, each with a reason: types and constants have no
 * main export (STYLE.md's excalidraw keeps its types in `types.ts`), and a family of small functions
 * over one value reads better together than split one function a file.
 */
const CONCEPT_MODULES = new Map([
  [
    "data/vocabulary.ts",
    "the closed word lists (types, precisions, note kinds) the schema builds on",
  ],
  [
    "dates/calendarDay.ts",
    "a calendar day's parse, format and day number, each the other's inverse",
  ],
  ["data/noteKindLabels.ts", "a note kind's badge word and its claim sentence"],
  ["features/timeline/timelineOptions.ts", "the timeline's layout constants"],
  ...["en", "es", "fr", "de", "ptBr", "ja", "ar", "he"].map(
    (locale) =>
      [`i18n/catalogs/${locale}.ts`, "one language's messages, compiled at build"] as const,
  ),
  ["suggest/dateMath.ts", "day arithmetic on calendar days for the suggester"],
  ["suggest/eventLexicon.ts", "the suggester's word lists"],
  ["timeline/hitArea.ts", "hit boxes: their size, what they hold and what a point hits"],
  ["timeline/markBadge.ts", "a correction badge's text, width and the room it takes"],
  ["timeline/modelTypes.ts", "the layout's output types"],
  ["timeline/types.ts", "units (TimeMs, Px) and the window type"],
  ["timeline/zoomWindow.ts", "the operations on a time window: clamp, fit, zoom, pan, pad"],
]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [path] : [];
  });
}

/** Every name a module exports: declarations, and the outer names of `export { a, b as c }`. */
function exportedNames(text: string): string[] {
  const declared = text.matchAll(
    /export\s+(?:declare\s+)?(?:async\s+)?(?:function\*?|const|let|class|interface|type|enum)\s+(\w+)/g,
  );
  const listed = [...text.matchAll(/export\s+(?:type\s+)?\{([^}]*)\}/g)].flatMap((match) =>
    (match[1] ?? "")
      .split(",")
      .map(
        (part) =>
          part
            .trim()
            .split(/\s+as\s+/)
            .at(-1) ?? "",
      )
      .map((name) => name.replace(/^type\s+/, "")),
  );
  return [...[...declared].map((match) => match[1] ?? ""), ...listed].filter(Boolean);
}

/** The same name in any case: `eventTypeLabels`, `EventTypeLabels` and `EVENT_TYPE_LABELS`. */
const fold = (name: string) => name.replaceAll("_", "").toLowerCase();

/** A file is named after its main export; a query module (`fooQuery.ts`) after `fooQueryOptions`. */
function isNamedAfterAnExport(file: string, names: readonly string[]): boolean {
  const stem = basename(file).replace(/\.tsx?$/, "");
  return names.some(
    (name) => fold(name) === fold(stem) || (stem.endsWith("Query") && name === `${stem}Options`),
  );
}

const files = sourceFiles(SRC).map((path) => ({
  file: relative(SRC, path).replaceAll("\\", "/"),
  names: exportedNames(readFileSync(path, "utf8")),
}));

describe("each file in src/ is named after its main export", () => {
  it.each(files.filter(({ file }) => !ENTRY_POINTS.has(file) && !CONCEPT_MODULES.has(file)))(
    "$file",
    ({ file, names }) => {
      expect(isNamedAfterAnExport(file, names), `exports ${names.join(", ")}`).toBe(true);
    },
  );

  it.each([...CONCEPT_MODULES])(
    "%s is a concept module (%s), not named after one export",
    (file) => {
      const found = files.find((f) => f.file === file);
      expect(found, "no such file").toBeDefined();
      expect(isNamedAfterAnExport(file, found?.names ?? [])).toBe(false);
    },
  );

  it.each([
    ["formatCount.ts", ["formatCount"], true],
    ["eventTypeLabels.ts", ["EVENT_TYPE_LABELS"], true],
    ["LoadFailure.ts", ["loadFailure"], true],
    ["datasetQuery.ts", ["fetchDataset", "datasetQueryOptions", "useDataset"], true],
    ["measureLabel.ts", ["createLabelMeasure"], false],
    ["zoomWindow.ts", ["zoomBounds", "windowAround"], false],
  ])("the check reads %s exporting %j as named after it: %s", (file, names, named) => {
    expect(isNamedAfterAnExport(file, names)).toBe(named);
  });
});
