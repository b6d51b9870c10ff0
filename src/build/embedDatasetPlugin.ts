import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Plugin } from "vite";
import { EMBEDDED_DATA_ID } from "../data/embeddedData.ts";
import { escapeForScript } from "../lib/escapeForScript.ts";

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
        if (source.text)
          texts[source.text.path] = readFileSync(join(dataDir, source.text.path), "utf8");
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
