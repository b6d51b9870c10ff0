import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import react from "@vitejs/plugin-react";
import { createServer, type Plugin } from "vite";
import { FIRST_VIEW_ID } from "../app/firstViewId.ts";
import type { Dataset } from "../data/datasetSchema.ts";
import { EMBEDDED_DATA_ID } from "../data/embeddedData.ts";
import { escapeForScript } from "../lib/escapeForScript.ts";
import { datasetValidatorPlugin } from "./datasetValidatorPlugin.ts";
import { escapeHtml } from "./escapeHtml.ts";
import { messagesPlugin } from "./messagesPlugin.ts";
import { oembedJson } from "./oembedJson.ts";
import { shareMeta } from "./shareMeta.ts";

/** What the build renders with the app's own components (loaded through Vite, in Node). */
const RENDERER = "/src/prerender/prerender.ts";
/** The dataset's name while rendering at build time (the page knows its real address later). */
const BUILD_URL = "https://sourceline.invalid/data/timeline.json";

interface Renderer {
  renderFirstView: (json: unknown, url: string) => Promise<string>;
  shareCardPng: (dataset: Dataset, root: string) => Buffer;
  shareCardAlt: (dataset: Dataset) => string;
  CARD: { width: number; height: number };
}

/** Loads the renderer through a Vite server in Node, runs `use` with it, and closes the server. */
async function withRenderer<T>(root: string, use: (renderer: Renderer) => Promise<T>): Promise<T> {
  const server = await createServer({
    root,
    configFile: false,
    logLevel: "error",
    appType: "custom",
    plugins: [react(), messagesPlugin(), datasetValidatorPlugin()],
    server: { middlewareMode: true, hmr: false, ws: false },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    return await use((await server.ssrLoadModule(RENDERER)) as Renderer);
  } finally {
    await server.close();
  }
}

/**
 * For the hosted build, from the bundled story (`dataDir`):
 * - index.html carries the story's first view, rendered at build time by the same components the
 *   browser hydrates, with the dataset beside it (the app starts without fetching it), its title
 *   and description, share-card and oEmbed tags, and a `no-js` class the page's first script
 *   removes (without script, the list of events shows);
 * - `share.png`, the 1200 × 630 share card, drawn from the same chart component;
 * - `oembed.json`, for sites that embed a link to the page.
 * `publicUrl` (`SOURCELINE_URL`), where the site will be served, makes the card's and the embed's
 * addresses absolute, as link previews need; without it they are relative to the page.
 */
export function prerenderPlugin(dataDir: string, publicUrl = process.env.SOURCELINE_URL): Plugin {
  let root = process.cwd();
  let outDir = "dist";
  let warn = (message: string) => console.warn(message);
  let files: { png: Buffer; oembed: string } | null = null;
  return {
    name: "sourceline-prerender",
    apply: "build",
    configResolved(config) {
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
      warn = (message) => config.logger.warn(message);
    },
    async transformIndexHtml(html) {
      const dataset = JSON.parse(readFileSync(join(dataDir, "timeline.json"), "utf8")) as Dataset;
      const base = publicUrl ? new URL(publicUrl).href.replace(/\/?$/, "/") : "";
      if (!base)
        warn(
          "SOURCELINE_URL is not set: the share card's and the embed's addresses are relative to the page, and most link previews need them absolute (SOURCELINE_URL=https://example.org/story/ npm run build).",
        );
      const { markup, png, alt, card } = await withRenderer(root, async (renderer) => ({
        markup: await renderer.renderFirstView(dataset, BUILD_URL),
        png: renderer.shareCardPng(dataset, root),
        alt: renderer.shareCardAlt(dataset),
        card: renderer.CARD,
      }));
      files = { png, oembed: oembedJson(dataset, base) };
      const payload = escapeForScript(JSON.stringify({ dataset, texts: {} }));
      // Replacer functions: the dataset's text is inserted as it is (a "$&" in a title stays).
      return html
        .replace(
          /<html lang="en">/,
          () => '<html lang="en" class="no-js" data-first-view="bundled">',
        )
        .replace(
          /<title>[^<]*<\/title>/,
          () => `<title>${escapeHtml(dataset.title)} · Sourceline</title>`,
        )
        .replace(
          /(<meta\s+name="description"\s+content=")[^"]*(")/,
          (_, open: string, close: string) => `${open}${escapeHtml(dataset.description)}${close}`,
        )
        .replace("</head>", () => `${shareMeta(dataset, { base, alt, card })}\n  </head>`)
        .replace(
          /<div id="root"><\/div>/,
          () =>
            `<div id="root"><div id="${FIRST_VIEW_ID}">${markup}</div></div>\n    <script type="application/json" id="${EMBEDDED_DATA_ID}">${payload}</script>`,
        );
    },
    writeBundle() {
      if (!files) return;
      writeFileSync(join(outDir, "share.png"), files.png);
      writeFileSync(join(outDir, "oembed.json"), files.oembed);
    },
  };
}
