import { readFileSync } from "node:fs";
import { join } from "node:path";
import react from "@vitejs/plugin-react";
import { createServer, type Plugin } from "vite";
import { EMBEDDED_DATA_ID } from "../data/embeddedData.ts";
import type { Dataset } from "../data/schema.ts";
import { datasetValidatorPlugin } from "./datasetValidatorPlugin.ts";
import { escapeForScript } from "./escapeForScript.ts";

/** Where the first view's markup comes from: rendered by the app's own components. */
const RENDERER = "/src/prerender/renderFirstView.tsx";
/** The dataset's name while rendering at build time (the page knows its real address later). */
const BUILD_URL = "https://sourceline.invalid/data/timeline.json";

/** Text for an HTML attribute or element. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** The bundled story's first view as HTML, rendered by the app's components in Node. */
async function renderBundled(root: string, json: unknown): Promise<string> {
  const server = await createServer({
    root,
    configFile: false,
    logLevel: "error",
    appType: "custom",
    plugins: [react(), datasetValidatorPlugin()],
    server: { middlewareMode: true, hmr: false, ws: false },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const module = (await server.ssrLoadModule(RENDERER)) as {
      renderFirstView: (json: unknown, url: string) => Promise<string>;
    };
    return await module.renderFirstView(json, BUILD_URL);
  } finally {
    await server.close();
  }
}

/**
 * For the hosted build: writes the bundled story's first view into index.html, rendered at build
 * time by the same components the browser hydrates, with the dataset itself beside it (so the
 * app starts without fetching it), the story's title and description in the page's head, and a
 * `no-js` class that the page's first script removes (without script, the list shows).
 */
export function prerenderPlugin(dataDir: string): Plugin {
  let root = process.cwd();
  return {
    name: "sourceline-prerender",
    apply: "build",
    configResolved(config) {
      root = config.root;
    },
    async transformIndexHtml(html) {
      const text = readFileSync(join(dataDir, "timeline.json"), "utf8");
      const dataset = JSON.parse(text) as Dataset;
      const markup = await renderBundled(root, dataset);
      const payload = escapeForScript(JSON.stringify({ dataset, texts: {} }));
      return html
        .replace(/<html lang="en">/, '<html lang="en" class="no-js" data-first-view="bundled">')
        .replace(
          /<title>[^<]*<\/title>/,
          `<title>${escapeHtml(dataset.title)} · Sourceline</title>`,
        )
        .replace(
          /(<meta\s+name="description"\s+content=")[^"]*(")/,
          `$1${escapeHtml(dataset.description)}$2`,
        )
        .replace(
          /<div id="root"><\/div>/,
          `<div id="root">${markup}</div>\n    <script type="application/json" id="${EMBEDDED_DATA_ID}">${payload}</script>`,
        );
    },
  };
}
