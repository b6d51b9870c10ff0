import { readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import type { Plugin } from "vite";
import { articlePathFault } from "../data/articlePathFault.ts";
import { EMBEDDED_DATA_ID } from "../data/embeddedData.ts";
import { escapeForScript } from "../lib/escapeForScript.ts";

/** An article's text from beside the dataset; a path that could leave its folder stops the build. */
function readArticle(dataDir: string, path: string): string {
  const fault = articlePathFault(path);
  const file = resolve(dataDir, path);
  const inside = relative(resolve(dataDir), file);
  if (fault !== null || inside.startsWith("..")) {
    throw new Error(
      `${join(dataDir, "timeline.json")}: text.path ${fault ?? `"${path}" leaves ${dataDir}`}`,
    );
  }
  return readFileSync(file, "utf8");
}

/**
 * For the standalone build: writes the dataset and every article text it names into index.html
 * as inert JSON, so the one file works from file:// with no network.
 */
export function embedDatasetPlugin(dataDir: string): Plugin {
  return {
    name: "sourceline-embed-dataset",
    transformIndexHtml() {
      const json = readFileSync(join(dataDir, "timeline.json"), "utf8");
      const dataset = JSON.parse(json) as { sources: { text?: { path: string } }[] };
      const texts: Record<string, string> = {};
      for (const source of dataset.sources) {
        if (source.text) texts[source.text.path] = readArticle(dataDir, source.text.path);
      }
      const payload = escapeForScript(JSON.stringify({ dataset, texts }));
      return [
        {
          tag: "script",
          attrs: { type: "application/json", id: EMBEDDED_DATA_ID },
          children: payload,
          injectTo: "head",
        },
      ];
    },
  };
}
