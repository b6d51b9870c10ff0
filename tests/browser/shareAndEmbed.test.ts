import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Dataset } from "../../src/data/datasetSchema.ts";
import { openBrowser } from "./openBrowser.ts";
import { startStaticServer } from "./staticServer.ts";

const dataset = JSON.parse(
  readFileSync(join(process.cwd(), "public/data/timeline.json"), "utf8"),
) as Dataset;

describe("the built site's share card and oEmbed file", () => {
  const html = readFileSync("dist/index.html", "utf8");
  const content = (attr: string) =>
    new RegExp(`<meta (?:property|name)="${attr}" content="([^"]*)"`).exec(html)?.[1];

  it("has Open Graph and Twitter card tags: title, description, image and its alt text", () => {
    expect(content("og:title")).toBe(dataset.title);
    expect(content("og:description")).toBe(dataset.description);
    expect(content("og:image")).toMatch(/share\.png$/);
    expect(content("og:image:alt")).toMatch(
      /^A timeline of The OpenAI safety-team exodus: 13 dated events \(of 14\), from /,
    );
    expect(content("twitter:card")).toBe("summary_large_image");
    expect(content("twitter:title")).toBe(dataset.title);
    expect(content("twitter:image")).toMatch(/share\.png$/);
    expect(content("twitter:image:alt")).toBe(content("og:image:alt"));
  });

  it("has a 1200 × 630 PNG card", () => {
    const png = readFileSync("dist/share.png");
    expect(png.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
    expect(png.subarray(12, 16).toString("ascii")).toBe("IHDR");
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    // Drawn, not blank: a card of one colour would compress to a few hundred bytes.
    expect(png.length).toBeGreaterThan(20_000);
  });

  it("announces a valid oEmbed file of type rich", () => {
    expect(html).toMatch(
      /<link rel="alternate" type="application\/json\+oembed" href="[^"]*oembed\.json"/,
    );
    const oembed = JSON.parse(readFileSync("dist/oembed.json", "utf8"));
    expect(oembed).toMatchObject({
      version: "1.0",
      type: "rich",
      provider_name: "Sourceline",
      title: dataset.title,
    });
    expect(Number.isInteger(oembed.width) && Number.isInteger(oembed.height)).toBe(true);
    expect(oembed.html).toMatch(/^<iframe src="[^"]*\?embed=1" title="[^"]+" /);
  });
});

describe("embedded in another site's page, with Pym.js", () => {
  let browser: Awaited<ReturnType<typeof openBrowser>>;
  let host: Awaited<ReturnType<typeof startStaticServer>>;
  let dir: string;
  beforeAll(async () => {
    browser = await openBrowser();
    dir = mkdtempSync(join(tmpdir(), "sourceline-host-"));
    copyFileSync("node_modules/pym.js/dist/pym.v1.min.js", join(dir, "pym.v1.min.js"));
    const embed = `${inject("baseUrl")}?embed=1`;
    writeFileSync(
      join(dir, "index.html"),
      `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>A newsroom's article</title></head>
<body style="margin:0"><h1>A newsroom's article</h1><div id="sourceline"></div><p>After the timeline.</p>
<script src="pym.v1.min.js"></script>
<script>
  window.heights = [];
  const parent = new pym.Parent("sourceline", ${JSON.stringify(embed)}, {});
  parent.onMessage("height", (h) => window.heights.push(Number(h)));
</script></body></html>`,
    );
    // Another origin: another port.
    host = await startStaticServer(dir, "/host/");
  });
  afterAll(async () => {
    await browser?.close();
    await host?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("tells its height to the page around it, and again when the view changes", async () => {
    const { page, problems } = await browser.newPage();
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.goto(host.url);
    expect(new URL(host.url).origin).not.toBe(new URL(inject("baseUrl")).origin);
    await page.waitForFunction(
      () => (window as unknown as { heights: number[] }).heights.length > 0,
    );
    const frame = page.frames().find((f) => f.url().includes("embed=1"));
    if (!frame) throw new Error("no embedded frame");
    await frame.locator("html[data-ready] .timeline-chart [data-event-id]").first().waitFor();
    // The embedded view: the title linking to the full page, and no toolbar.
    expect(await frame.locator(".masthead__embed a").textContent()).toBe(dataset.title);
    expect(await frame.locator(".toolbar").count()).toBe(0);
    const settled = async () => {
      await page.waitForTimeout(600);
      const inner = await frame.evaluate(() => document.body.getBoundingClientRect().height);
      const outer = await page
        .locator("#sourceline iframe")
        .evaluate((f) => f.getBoundingClientRect().height);
      return { inner, outer };
    };
    const first = await settled();
    expect(Math.abs(first.outer - first.inner) / first.inner).toBeLessThan(0.1);
    // Opening an event's details makes the page taller: a new height reaches the parent.
    const before = (await page.evaluate(() => (window as unknown as { heights: number[] }).heights))
      .length;
    await frame.getByRole("button", { name: /^Jan Leike resigns, / }).click();
    await frame.getByRole("region", { name: "Jan Leike resigns" }).waitFor();
    const second = await settled();
    const heights = await page.evaluate(() => (window as unknown as { heights: number[] }).heights);
    expect(heights.length).toBeGreaterThan(before);
    expect(second.inner).not.toBe(first.inner);
    expect(Math.abs(second.outer - second.inner) / second.inner).toBeLessThan(0.1);
    expect(problems).toEqual([]);
  });

  it("in a phone's column, settles at one height and opens the details in sight", async () => {
    const { page, problems } = await browser.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(host.url);
    const frame = await (async () => {
      await page.waitForFunction(() => document.querySelector("#sourceline iframe") !== null);
      const handle = await page.locator("#sourceline iframe").elementHandle();
      const f = await handle?.contentFrame();
      if (!f) throw new Error("no embedded frame");
      return f;
    })();
    await frame.locator("html[data-ready] .timeline__body--vertical .timeline-chart").waitFor();
    const heights = () => page.evaluate(() => (window as unknown as { heights: number[] }).heights);
    // The frame's height is told, the frame grows to it, and nothing grows again.
    await page.waitForTimeout(1500);
    const settled = await heights();
    await page.waitForTimeout(1000);
    expect(await heights()).toEqual(settled);
    const last = settled.at(-1) ?? 0;
    expect(last).toBeGreaterThan(400);
    expect(last).toBeLessThan(2500);
    // Chosen, an event's details open in the page (above the chart, as on a tablet), in sight,
    // not in a sheet fixed to the bottom of a frame taller than the screen.
    const entries = await page.evaluate(() => history.length);
    await frame
      .getByRole("button", { name: /^OpenAI's board removes Sam Altman as CEO, / })
      .click();
    await frame.getByRole("region", { name: "OpenAI's board removes Sam Altman as CEO" }).waitFor();
    const panel = frame.locator(".workspace__panel");
    expect(await panel.evaluate((el) => getComputedStyle(el).position)).toBe("static");
    await page.waitForTimeout(600);
    const box = await page.locator("#sourceline iframe").boundingBox();
    const top = (box?.y ?? 0) + (await panel.evaluate((el) => el.getBoundingClientRect().top));
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(844 / 2);
    // And selecting adds no entry to the history the parent page's Back button walks.
    expect(await page.evaluate(() => history.length)).toBe(entries);
    expect(problems).toEqual([]);
  });
});
