import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createServer, type ViteDevServer } from "vite";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Dataset } from "../../src/data/datasetSchema.ts";
import { openBrowser } from "./openBrowser.ts";
import { startStaticServer } from "./staticServer.ts";

const dataset = JSON.parse(
  readFileSync(join(process.cwd(), "public/data/timeline.json"), "utf8"),
) as Dataset;
const dated = dataset.events.filter((e) => e.date.start !== null || e.date.end !== null).length;

describe("every hosting mode shows all events, details and the reader, with no error", () => {
  let browser: Awaited<ReturnType<typeof openBrowser>>;
  let dev: ViteDevServer;
  let subPath: Awaited<ReturnType<typeof startStaticServer>>;
  const urls: Record<string, string> = {};

  beforeAll(async () => {
    browser = await openBrowser();
    dev = await createServer({ server: { host: "127.0.0.1", port: 0 }, logLevel: "warn" });
    await dev.listen();
    subPath = await startStaticServer("dist", "/news/sourceline/");
    urls["npm run dev (Vite dev server)"] = dev.resolvedUrls?.local[0] ?? "";
    urls["npm run preview (production build)"] = inject("baseUrl");
    urls["dist/ on a plain static server under /news/sourceline/"] = subPath.url;
    urls["standalone file opened from file://"] = inject("standaloneFile");
  });
  afterAll(async () => {
    await browser?.close();
    await dev?.close();
    await subPath?.close();
  });

  it.each([
    "npm run dev (Vite dev server)",
    "npm run preview (production build)",
    "dist/ on a plain static server under /news/sourceline/",
    "standalone file opened from file://",
  ])("%s", async (mode) => {
    const base = urls[mode] as string;
    const { page, problems } = await browser.newPage();
    const offline = mode.startsWith("standalone");
    const network: string[] = [];
    page.on("request", (r) => {
      if (offline && !/^(file|data|blob):/.test(r.url())) network.push(r.url());
    });

    await page.goto(`${base}?view=list`);
    await page.getByRole("article").first().waitFor();
    expect(await page.getByRole("article").count()).toBe(dataset.events.length);

    await page.goto(base);
    await page.locator("html[data-ready] .timeline-chart").waitFor();
    expect(await page.locator(".timeline-chart [data-event-id]").count()).toBe(dated);
    await page.getByRole("button", { name: /^Jakub Pachocki is named chief scientist, / }).click();
    await page.getByRole("region", { name: "Jakub Pachocki is named chief scientist" }).waitFor();
    await page.getByRole("button", { name: "Show in article: excerpt 1" }).click();
    const chosen = page.locator(".reader mark.is-chosen");
    await chosen.waitFor();
    expect(await chosen.textContent()).toBe(
      "OpenAI appointed Jakub Pachocki as its new chief scientist",
    );
    // The text checked against its pin in every mode (the standalone page's embedded copy too).
    expect(await page.locator(".reader mark.is-unverified").count()).toBe(0);

    expect(problems).toEqual([]);
    expect(network).toEqual([]);
  });
});
