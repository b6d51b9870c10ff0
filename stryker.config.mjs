// @ts-check
/**
 * Mutation testing of the pure modules' unit tests (`npm run mutate`; not part of `npm test`).
 * One folder: `npm run mutate -- --mutate "src/timeline/**\/*.ts"`.
 * @type {import("@stryker-mutator/api/core").PartialStrykerOptions}
 */
export default {
  testRunner: "vitest",
  vitest: { configFile: "vitest.mutate.config.ts" },
  mutate: [
    "src/dates/**/*.ts",
    "src/timeline/**/*.ts",
    "src/state/**/*.ts",
    "src/search/**/*.ts",
    "src/data/**/*.ts",
    "src/lib/**/*.ts",
    "src/reader/**/*.ts",
    "src/formats/**/*.ts",
    // Hooks and browser-only glue have no unit tests; their behaviour is pinned by component and browser tests.
    "!src/**/use*.ts",
  ],
  coverageAnalysis: "perTest",
  // A mutant hit only while test files load (tables built at import) would rerun every test file that
  // imports it, hours for one folder; a mutant that a test also reaches still runs with that test.
  ignoreStatic: true,
  // The machine's cores are shared; one test process keeps a run from starving everything else.
  concurrency: 1,
  incremental: true,
  incrementalFile: "reports/stryker-incremental.json",
  reporters: ["clear-text", "progress-append-only", "html", "json"],
  htmlReporter: { fileName: "reports/mutation/mutation.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  thresholds: { high: 85, low: 75, break: null },
  timeoutMS: 10000,
};
