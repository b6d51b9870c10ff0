/**
 * Import direction in src/, checked by `npm run deps` (part of `npm test`). Layers, lowest first:
 *   lib → i18n (the interface's messages and language) → data and dates (the schema's types and
 *   calendar days, which use each other)
 *   → pure logic (timeline, search, state, reader, formats, embed)
 *   → components → features → app (and main.tsx, the browser entry).
 * prerender and build run the app's components in Node at build time, so they may import any of it.
 * pipeline and suggest are the Node CLI: they may import lib, dates, data and each other, nothing of
 * the app; and nothing the browser loads may import them.
 */
const PURE = "^src/(timeline|search|state|reader|formats|embed)/";
const ABOVE_PURE = "^src/(components|features|app|prerender|build|main\\.tsx)";
const CLI = "^src/(pipeline|suggest)/";

/** One rule: modules under `from` never import modules under `to`, said with the reason. */
function forbid(name, comment, from, to) {
  return { name, comment, severity: "error", from, to };
}

module.exports = {
  forbidden: [
    forbid(
      "no-circular",
      "Modules that import each other cannot be understood, tested or moved one at a time.",
      {},
      { circular: true },
    ),
    forbid(
      "lib-is-the-floor",
      "src/lib holds small helpers with no knowledge of the app; it imports nothing else in src.",
      { path: "^src/lib/" },
      { path: "^src/", pathNot: "^src/lib/" },
    ),
    forbid(
      "i18n-on-lib-only",
      "src/i18n holds the messages and the active language, which every layer above may use: it imports only src/lib.",
      { path: "^src/i18n/" },
      { path: "^src/", pathNot: "^src/(lib|i18n)/" },
    ),
    forbid(
      "data-and-dates-only-on-lib",
      "The schema, loading, ordering and calendar days sit under every view: src/data and src/dates import only each other, src/i18n and src/lib.",
      // Reading a TimelineJS file or a spreadsheet is part of loading a dataset, so the loaders
      // may call their importers.
      {
        path: "^src/(data|dates)/",
        pathNot: "^src/data/(readDatasetJson|readSpreadsheetDataset)\\.ts$",
      },
      { path: "^src/", pathNot: "^src/(lib|i18n|dates|data)/" },
    ),
    forbid(
      "data-loader-only-the-importer",
      "The dataset loader may reach into src/formats only for the TimelineJS importer.",
      { path: "^src/data/readDatasetJson\\.ts$" },
      { path: "^src/", pathNot: "^src/(lib|i18n|dates|data|formats/timelineJs)/" },
    ),
    forbid(
      "spreadsheet-loader-only-its-reader",
      "The spreadsheet loader may reach into src/formats only for the spreadsheet reader.",
      { path: "^src/data/readSpreadsheetDataset\\.ts$" },
      { path: "^src/", pathNot: "^src/(lib|i18n|dates|data|formats/spreadsheet)/" },
    ),
    forbid(
      "pure-logic-below-components",
      "Layout, search, view state, the reader's text, formats and embed are pure: they import no component, feature or app module.",
      { path: PURE },
      { path: [ABOVE_PURE, CLI] },
    ),
    forbid(
      "components-below-features",
      "src/components are shared by features, so they import no feature, app or build module.",
      { path: "^src/components/" },
      { path: ["^src/(features|app|prerender|build|main\\.tsx)", CLI] },
    ),
    forbid(
      "features-below-app",
      "A feature is a room of the page; the app assembles them, so a feature imports nothing from src/app.",
      { path: "^src/features/" },
      { path: ["^src/(app|prerender|build|main\\.tsx)", CLI] },
    ),
    forbid(
      "app-below-build",
      "The page runs in the browser; the build and prerender steps import it, never the reverse.",
      { path: "^src/(app/|main\\.tsx)" },
      { path: ["^src/(prerender|build)/", CLI] },
    ),
    forbid(
      "cli-apart-from-the-app",
      "The dataset pipeline and suggest are Node tools: they import only lib, i18n, dates, data and each other.",
      { path: CLI },
      { path: "^src/", pathNot: "^src/(lib|i18n|dates|data|pipeline|suggest)/" },
    ),
    forbid(
      "app-never-imports-the-cli",
      "Nothing the browser loads may pull in the Node pipeline or suggest (only the build step may).",
      { path: "^src/", pathNot: ["^src/(pipeline|suggest|build)/"] },
      { path: CLI },
    ),
    forbid(
      "pipeline-before-suggest",
      "suggest builds on the pipeline's parsing and matching; the pipeline never needs suggest.",
      { path: "^src/pipeline/" },
      { path: "^src/suggest/" },
    ),
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "\\.d\\.ts$" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
  },
};
