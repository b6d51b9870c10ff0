import { copyFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { build, type Plugin } from "vite";

/**
 * For the hosted build: builds the standalone page too (`vite build --mode standalone`) and puts
 * it beside the app as `standalone.html`, so Share can offer a timeline opened from a file as
 * one page that works anywhere, with that timeline inside.
 */
export function standalonePagePlugin(): Plugin {
  let outDir = "dist";
  return {
    name: "sourceline-standalone-page",
    apply: "build",
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      await build({ mode: "standalone", logLevel: "warn" });
      copyFileSync(resolve("dist-standalone/index.html"), join(outDir, "standalone.html"));
    },
  };
}
