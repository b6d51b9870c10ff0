import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import type { Dataset } from "../../src/data/datasetSchema.ts";
import { formatEventDate } from "../../src/dates/formatEventDate.ts";
import { openBrowser } from "./openBrowser.ts";
import { sharedBrowser } from "./sharedBrowser.ts";

const dataset = JSON.parse(
  readFileSync(join(process.cwd(), "public/data/timeline.json"), "utf8"),
) as Dataset;
const squash = (text: string) => text.replace(/\s+/g, " ").trim();

/** Before any script runs: keeps the chart the HTML arrived with, to compare after hydration. */
const KEEP_FIRST_CHART = `
  new MutationObserver(() => {
    const chart = document.querySelector(".timeline-chart");
    if (chart && !window.__firstChart) window.__firstChart = chart;
  }).observe(document, { subtree: true, childList: true });
`;

describe("the first view, rendered at build time", () => {
  it("without JavaScript shows the chart, then every event with its date, summary and excerpts", async () => {
    const browser = await openBrowser({ javaScriptEnabled: false });
    try {
      const { page, problems } = await browser.newPage();
      await page.goto(inject("baseUrl"));
      await page.getByRole("heading", { level: 1, name: dataset.title }).waitFor();
      expect(await page.locator(".timeline-chart [data-event-id]").count()).toBe(
        dataset.events.filter((e) => e.date.start !== null || e.date.end !== null).length,
      );
      // biome-ignore lint/performance/useDomNodeTextContent: only the text drawn on screen counts.
      const visible = squash(await page.locator("main").innerText());
      for (const event of dataset.events) {
        expect(visible).toContain(squash(event.title));
        expect(visible).toContain(squash(formatEventDate(event.date.edtf)));
        expect(visible).toContain(squash(event.summary));
        for (const excerpt of event.excerpts) expect(visible).toContain(squash(excerpt.exact));
      }
      await page.getByText("Without JavaScript the timeline above").waitFor();
      expect(await page.locator(".toolbar").isVisible()).toBe(false);
      // The browser refuses the app's code (preloaded by the page) when scripts are off.
      expect(problems.filter((p) => !/\/assets\/[^/]+\.js csp$/.test(p))).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  describe("with JavaScript, hydrated as it is", () => {
    const browser = sharedBrowser();

    it.each(["light", "dark"] as const)(
      "in the %s theme: the same chart element, then measured, with no warning or error",
      async (scheme) => {
        const { page, problems } = await browser.newPage();
        const warnings: string[] = [];
        page.on("console", (m) => {
          if (m.type() === "warning" || m.type() === "error") warnings.push(m.text());
        });
        await page.emulateMedia({ colorScheme: scheme });
        await page.addInitScript(KEEP_FIRST_CHART);
        await page.goto(inject("baseUrl"));
        await page.locator("html[data-ready] .timeline-chart:not(.is-fluid)").waitFor();
        const kept = await page.evaluate(
          () =>
            (window as unknown as { __firstChart?: Element }).__firstChart ===
            document.querySelector(".timeline-chart"),
        );
        expect(kept).toBe(true);
        await page.waitForFunction(() => performance.getEntriesByName("timeline-drawn").length > 0);
        expect(warnings).toEqual([]);
        expect(problems).toEqual([]);
      },
    );

    it.each([
      ["another dataset", "?data=other.json"],
      ["an embed", "?embed=1"],
      ["a bare ?embed", "?embed"],
      ["an event's details", "?event=leike-resigns"],
      ["a search", "?q=board"],
    ])("never paints the bundled story's first view for %s", async (_, search) => {
      const { page, problems } = await browser.newPage();
      await page.route("**/other.json", (route) =>
        route.fulfill({
          json: { ...dataset, title: "Another story", events: dataset.events.slice(0, 2) },
        }),
      );
      // At every frame: is the markup rendered at build time on screen?
      await page.addInitScript(`
        window.__firstViewSeen = false;
        const look = () => {
          const el = document.getElementById("first-view");
          if (el && el.getClientRects().length > 0) window.__firstViewSeen = true;
          if (!document.documentElement.hasAttribute("data-ready")) requestAnimationFrame(look);
        };
        requestAnimationFrame(look);
      `);
      await page.goto(`${inject("baseUrl")}${search}`);
      await page.locator("html[data-ready] .timeline-chart").waitFor();
      expect(
        await page.evaluate(
          () => (window as unknown as { __firstViewSeen: boolean }).__firstViewSeen,
        ),
      ).toBe(false);
      expect(problems).toEqual([]);
    });

    it("paints in the theme chosen on this device from the first frame, and keeps it", async () => {
      const { page, problems } = await browser.newPage();
      await page.emulateMedia({ colorScheme: "light" });
      // Each frame until the app answers, and a few after: the theme the page is drawn in.
      await page.addInitScript(`
        localStorage.setItem("sourceline-theme", "dark");
        window.__themes = [];
        let after = 10;
        const look = () => {
          if (document.getElementById("first-view"))
            window.__themes.push(document.documentElement.dataset.theme ?? "system");
          if (!document.documentElement.hasAttribute("data-ready") || after-- > 0)
            requestAnimationFrame(look);
        };
        requestAnimationFrame(look);
      `);
      await page.goto(inject("baseUrl"));
      await page.locator("html[data-ready]").waitFor();
      await page.waitForFunction(
        () => (window as unknown as { __themes: string[] }).__themes.length > 10,
      );
      const themes = await page.evaluate(
        () => (window as unknown as { __themes: string[] }).__themes,
      );
      expect(new Set(themes)).toEqual(new Set(["dark"]));
      expect(problems).toEqual([]);
    });

    it("down a phone, keeps the desktop-sized chart out of sight until the app redraws it down the screen", async () => {
      const { page, problems } = await browser.newPage();
      await page.setViewportSize({ width: 390, height: 844 });
      // The app's code is held back: the page stays as it arrived, as on a slow phone.
      let release = () => {};
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
        await held;
        await route.continue();
      });
      // (The page's DOMContentLoaded waits for its module script: only its arrival is awaited.)
      await page.goto(inject("baseUrl"), { waitUntil: "commit" });
      const chart = page.locator("#first-view .timeline__chart");
      await chart.waitFor();
      expect(await chart.evaluate((el) => el.getBoundingClientRect().height)).toBeGreaterThan(0);
      expect(
        await page
          .locator("#first-view .timeline-chart")
          .evaluate((el) => getComputedStyle(el).visibility),
      ).toBe("hidden");
      release();
      await page.locator("html[data-ready] .timeline__body--vertical .timeline-chart").waitFor();
      expect(
        await page.locator(".timeline-chart").evaluate((el) => getComputedStyle(el).visibility),
      ).toBe("visible");
      expect(problems).toEqual([]);
    });

    it("starts from the address's own view where it names one, with no warning", async () => {
      const { page, problems } = await browser.newPage();
      await page.goto(`${inject("baseUrl")}?event=leike-resigns&view=list`);
      await page.getByRole("region", { name: "Jan Leike resigns" }).waitFor();
      expect(await page.getByRole("button", { name: "List" }).getAttribute("aria-pressed")).toBe(
        "true",
      );
      expect(problems).toEqual([]);
    });
  });
});
