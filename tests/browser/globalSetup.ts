import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { build, type PreviewServer, preview } from "vite";
import type { TestProject } from "vitest/node";
import { findChromium, NoChromium } from "./findChromium.ts";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    standaloneFile: string;
  }
}

let server: PreviewServer | undefined;

/** Builds the app as shipped (and standalone) and serves it on a free local port for the tests. */
export async function setup(project: TestProject) {
  // Before the build, and once per run: a missing browser is reported (or installed) straight away.
  try {
    findChromium();
  } catch (error) {
    if (!(error instanceof NoChromium)) throw error;
    // Vitest reports a failed global setup as "No test files found": say only what is missing.
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
  // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = "production";
  try {
    await build({ logLevel: "warn", mode: "production" });
    await build({ logLevel: "warn", mode: "standalone" });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  server = await preview({
    preview: { host: "127.0.0.1", port: 0, strictPort: false },
    logLevel: "warn",
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error("The preview server did not report its URL");
  project.provide("baseUrl", url);
  project.provide("standaloneFile", pathToFileURL(resolve("dist-standalone/index.html")).href);
}

/** Stops the server. */
export async function teardown() {
  await server?.close();
}
