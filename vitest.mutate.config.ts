import { defineConfig } from "vitest/config";
import { datasetValidatorPlugin } from "./src/build/datasetValidatorPlugin.ts";

// Stryker's Vitest runner cannot pick one project of vite.config.ts, so mutation runs read this config:
// the unit tests alone, with the one plugin their modules import from.
export default defineConfig({
  plugins: [
    datasetValidatorPlugin(),
    {
      // The runner asks for worker threads, but the date tests change TZ while running and a worker thread
      // keeps the zone it started with; child processes follow the change.
      name: "sourceline:forks-for-mutation",
      configureVitest({ vitest, project }) {
        vitest.config.pool = "forks";
        project.config.pool = "forks";
      },
    },
  ],
  // One child process reused from run to run: Stryker runs the tests once per mutant.
  test: {
    include: ["tests/unit/**/*.test.ts"],
    // The suggester is not mutated (it lives outside the pure modules) and its tests are the slowest.
    // The fuzz tests (seconds each) check that nothing crashes, which table tests pin more closely.
    exclude: [
      "tests/unit/suggest*.test.ts",
      "tests/unit/resolveEventDate.test.ts",
      "tests/unit/*Fuzz.test.ts",
    ],
    environment: "node",
    pool: "forks",
    isolate: false,
    // Under a mutation run the machine is busy; a timing test must not fail the first, clean run.
    testTimeout: 30_000,
  },
});
