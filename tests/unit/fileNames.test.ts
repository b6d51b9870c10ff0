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
 * Files named for a concept rather than one export, each imported widely or owned by another piece
 * of work; each is to be renamed after its main export (or split) and then taken off this list.
 */
const NOT_YET_RENAMED = new Set([
  "data/schema.ts",
  "data/vocabulary.ts",
  "dates/calendarDay.ts",
  "features/timeline/timelineOptions.ts",
  "pipeline/annotationSchema.ts",
  "prerender/renderShareCard.tsx",
  "state/urlState.ts",
  "suggest/dateMath.ts",
  "suggest/eventLexicon.ts",
  "timeline/hitArea.ts",
  "timeline/markBadge.ts",
  "timeline/modelTypes.ts",
  "timeline/types.ts",
  "timeline/zoomWindow.ts",
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
  it.each(files.filter(({ file }) => !ENTRY_POINTS.has(file) && !NOT_YET_RENAMED.has(file)))(
    "$file",
    ({ file, names }) => {
      expect(isNamedAfterAnExport(file, names), `exports ${names.join(", ")}`).toBe(true);
    },
  );

  it.each([...NOT_YET_RENAMED])("%s is still to be renamed (else take it off the list)", (file) => {
    const found = files.find((f) => f.file === file);
    expect(found, "no such file").toBeDefined();
    expect(isNamedAfterAnExport(file, found?.names ?? [])).toBe(false);
  });

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
