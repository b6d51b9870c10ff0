/**
 * `npm run bench`: builds the app, times the bundled story's first contentful paint and its
 * drawing (median of 3 fresh browsers), generates seeded datasets of 1,000, 10,000 and 100,000 events,
 * serves them gzip-compressed (as static hosts serve JSON) and opens each through `?data=` in
 * headless Chromium (median of 3 fresh browsers), runs the pipeline on 1,000 generated articles,
 * prints a table and writes tests/bench/results.json. The first view's size is that of the JS and
 * CSS files the 1,000-event page had loaded when its timeline was drawn; it is also given for the
 * bundled story in each interface language (`?lang=`), with that language's count of messages.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "vite";
import { LOCALES, type Locale } from "../../src/i18n/locales.ts";
import { findChromium } from "../browser/findChromium.ts";
import { openBrowser } from "../browser/openBrowser.ts";
import { startBenchServer } from "./benchServer.ts";
import { generateCorpus } from "./generateCorpus.ts";
import { generateDataset } from "./generateDataset.ts";
import {
  firstViewAssets,
  measurePage,
  measureStory,
  RECORD_FIRST_PAINT,
  RECORD_LONG_TASKS,
  type RunFigures,
  type StoryFigures,
} from "./measurePage.ts";

const SIZES = [1_000, 10_000, 100_000];
const RUNS = 3;
const work = mkdtempSync(join(tmpdir(), "sourceline-bench-"));
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
};

/** Gzipped size of the JS and CSS files (paths under dist) the first view loaded. */
function gzipKb(paths: readonly string[]): { js: number; css: number } {
  const size = { js: 0, css: 0 };
  for (const path of new Set(paths)) {
    const ext = path.endsWith(".css") ? "css" : "js";
    size[ext] += gzipSync(readFileSync(join("dist", path))).length / 1024;
  }
  return size;
}

function pipelineSeconds(): number {
  const corpus = join(work, "corpus");
  generateCorpus(corpus, 1000, 10);
  const started = performance.now();
  execFileSync(
    process.execPath,
    ["--import", "tsx", "src/pipeline/main.ts", "--corpus", corpus, "--out", join(work, "out")],
    {
      stdio: "ignore",
    },
  );
  return (performance.now() - started) / 1000;
}

findChromium(); // before the build: a missing browser is reported (or installed) first
process.env.NODE_ENV = "production";
console.log("Building the app…");
await build({ logLevel: "warn", mode: "production" });
mkdirSync(join(work, "data"), { recursive: true });
for (const size of SIZES) {
  const json = JSON.stringify(generateDataset(size, 42));
  writeFileSync(join(work, "data", `events-${size}.json`), json);
  // Served compressed, as static hosts serve JSON (the server reads it, it does not compress).
  writeFileSync(join(work, "data", `events-${size}.json.gz`), gzipSync(json));
}
const server = await startBenchServer("dist", join(work, "data"));
const results: Record<string, RunFigures> = {};
let firstView: string[] = [];
const storyRuns: StoryFigures[] = [];
const storyFirstView = {} as Record<Locale, string[]>;
try {
  // The bundled story, as a reader arriving at the site sees it.
  for (let run = 0; run < RUNS; run++) {
    const browser = await openBrowser();
    try {
      const { page } = await browser.newPage();
      await page.addInitScript(RECORD_FIRST_PAINT);
      storyRuns.push(await measureStory(page, server.url));
    } finally {
      await browser.close();
    }
    const last = storyRuns.at(-1) as StoryFigures;
    console.log(
      `  bundled story, run ${run + 1}: first paint ${last.firstPaintMs.toFixed(0)} ms (chart ${last.chartAtFirstPaint ? "in it" : "not yet"}), drawn ${last.drawnMs.toFixed(0)} ms`,
    );
  }
  // The bundled story's first view in each language: what a reader of it downloads.
  for (const locale of LOCALES) {
    const browser = await openBrowser();
    try {
      const { page } = await browser.newPage();
      await page.addInitScript(RECORD_FIRST_PAINT);
      await measureStory(page, `${server.url}?lang=${locale}`);
      storyFirstView[locale] = await firstViewAssets(page);
    } finally {
      await browser.close();
    }
  }
  for (const size of SIZES) {
    const runs: RunFigures[] = [];
    for (let run = 0; run < RUNS; run++) {
      const browser = await openBrowser();
      try {
        const { page, problems } = await browser.newPage();
        await page.addInitScript(RECORD_LONG_TASKS);
        runs.push(await measurePage(page, `${server.url}?data=/bench/events-${size}.json`));
        if (firstView.length === 0) firstView = await firstViewAssets(page);
        if (problems.length > 0)
          console.warn(`  problems at ${size}: ${problems.slice(0, 3).join("; ")}`);
      } finally {
        await browser.close();
      }
      console.log(
        `  ${size.toLocaleString("en")} events, run ${run + 1}: drawn in ${runs.at(-1)?.drawnMs.toFixed(0)} ms`,
      );
    }
    const keys = Object.keys(runs[0] as RunFigures) as (keyof RunFigures)[];
    results[size] = Object.fromEntries(
      keys.map((k) => [k, median(runs.map((r) => r[k]))]),
    ) as unknown as RunFigures;
  }
} finally {
  await server.close();
}
const gzip = gzipKb(firstView);
console.log("Running the pipeline on 1,000 generated articles with 10 annotations each…");
const pipeline = pipelineSeconds();
rmSync(work, { recursive: true, force: true });

const f = (n: number, digits = 0) =>
  n.toLocaleString("en", { maximumFractionDigits: digits, minimumFractionDigits: digits });
const story = {
  firstPaintMs: median(storyRuns.map((r) => r.firstPaintMs)),
  drawnMs: median(storyRuns.map((r) => r.drawnMs)),
  chartAtFirstPaint: storyRuns.every((r) => r.chartAtFirstPaint),
};
const drawTargets: Record<number, number> = { 1000: 250, 10000: 400, 100000: 1500 };
const rows: [string, string, string, string, string][] = [
  [
    "Bundled story: first contentful paint (chart in it)",
    `${f(story.firstPaintMs)} ms (${story.chartAtFirstPaint ? "yes" : "no"})`,
    "chart in it",
    story.chartAtFirstPaint ? "met" : "NOT met",
    "",
  ],
  ["Bundled story: timeline drawn (interactive)", `${f(story.drawnMs)} ms`, "—", "", ""],
];
for (const size of SIZES) {
  const r = results[size] as RunFigures;
  const big = size >= 10_000;
  const ok = (pass: boolean) => (pass ? "met" : "NOT met");
  rows.push([
    `${f(size)} events: drawn after load (data parsed / checked at)`,
    `${f(r.drawnMs)} ms (${f(r.parsedMs)} / ${f(r.checkedMs)})`,
    `≤ ${f(drawTargets[size] ?? 0)} ms`,
    ok(r.drawnMs <= (drawTargets[size] ?? 0)),
    "",
  ]);
  rows.push([
    `${f(size)} events: frames in 2 s of zoom and pan`,
    `${f(r.frames)} (p95 ${f(r.p95FrameMs, 1)} ms)`,
    big ? "≥ 110" : "—",
    big ? ok(r.frames >= 110) : "",
    "",
  ]);
  rows.push([
    `${f(size)} events: longest task, load / interaction`,
    `${r.loadLongestTaskMs ? f(r.loadLongestTaskMs) : "< 50"} / ${r.interactionLongestTaskMs ? f(r.interactionLongestTaskMs) : "< 50"} ms`,
    big ? "interaction ≤ 50 ms" : "—",
    big ? ok(r.interactionLongestTaskMs <= 50) : "",
    "",
  ]);
  rows.push([`${f(size)} events: JS heap after draw`, `${f(r.heapMb, 1)} MB`, "—", "", ""]);
  rows.push([
    `${f(size)} events: DOM elements`,
    f(r.domNodes),
    "≤ 5,000",
    ok(r.domNodes <= 5000),
    "",
  ]);
  rows.push([
    `${f(size)} events: search drawn after last key`,
    `${f(r.searchMs)} ms`,
    size === 100_000 ? "≤ 150 ms" : "—",
    size === 100_000 ? ok(r.searchMs <= 150) : "",
    "",
  ]);
}
rows.push([
  `First view JS + CSS (gzip; ${firstView.length} files)`,
  `${f(gzip.js + gzip.css, 1)} KB (JS ${f(gzip.js, 1)}, CSS ${f(gzip.css, 1)})`,
  "≤ 100 KB",
  gzip.js + gzip.css <= 100 ? "met" : "NOT met",
  "",
]);
const messageCount = (locale: Locale) =>
  Object.keys(JSON.parse(readFileSync(`src/i18n/messages/${locale}.json`, "utf8"))).length;
const byLocale = Object.fromEntries(
  LOCALES.map((locale) => [
    locale,
    { ...gzipKb(storyFirstView[locale]), messages: messageCount(locale) },
  ]),
);
for (const locale of LOCALES) {
  const size = byLocale[locale] as { js: number; css: number; messages: number };
  rows.push([
    `Bundled story's first view in ${locale} (${f(size.messages)} messages; gzip, ${storyFirstView[locale].length} files)`,
    `${f(size.js + size.css, 1)} KB (JS ${f(size.js, 1)}, CSS ${f(size.css, 1)})`,
    "—",
    "",
    "",
  ]);
}
rows.push([
  "npm run dataset, 1,000 articles × 10 annotations",
  `${f(pipeline, 1)} s`,
  "≤ 10 s",
  pipeline <= 10 ? "met" : "NOT met",
  "",
]);

const machine = `${cpus().length} × ${cpus()[0]?.model ?? "CPU"}, ${f(totalmem() / 2 ** 30)} GiB, Node ${process.version}, headless Chromium`;
const header = ["Measure (median of 3 fresh browsers)", "Result", "Target", "Status"];
const table = [header, header.map(() => "---"), ...rows.map((r) => r.slice(0, 4))]
  .map((cells) => `| ${cells.join(" | ")} |`)
  .join("\n");
console.log(`\nMachine: ${machine}\n\n${table}\n`);
writeFileSync(
  "tests/bench/results.json",
  `${JSON.stringify({ machine, date: new Date().toISOString().slice(0, 10), story, gzipKb: gzip, firstView, firstViewByLocale: byLocale, pipelineSeconds: pipeline, events: results }, null, 2)}\n`,
);
console.log("Wrote tests/bench/results.json");
