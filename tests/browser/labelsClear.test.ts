import { describe, expect, inject, it } from "vitest";
import { sharedBrowser } from "./sharedBrowser.ts";

/** What the test finds about one label: what crosses its text, and how it is kept clear of it. */
interface LabelCheck {
  id: string;
  inside: boolean;
  /** Gridlines and bar outlines that run through the label's text box. */
  crossings: string[];
  /** How far the label's text box stays inside its bar, top and bottom (inside labels only). */
  padding: { top: number; bottom: number } | null;
  /** Its halo: painted under the glyphs, its width, its colour and the colour behind the label. */
  strokeFirst: boolean;
  haloWidth: number;
  halo: number[];
  behind: number[];
}

describe("bar labels stay clear of outlines and gridlines, in Chromium", () => {
  const browser = sharedBrowser();

  it.each(["light", "dark"] as const)(
    "in the %s theme every crossed title has a halo in the colour behind it, and a title inside a bar fits within it",
    async (scheme) => {
      const { page, problems } = await browser.newPage();
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(inject("baseUrl"));
      await page.locator("html[data-ready] .timeline-chart .mark__label").first().waitFor();
      await page.waitForTimeout(450);
      const checks: LabelCheck[] = await page.evaluate(() => {
        // Colours resolved by drawing them: computed styles may be rgb(), color(srgb …) or a mix.
        const canvas = document.createElement("canvas");
        canvas.width = canvas.height = 1;
        const ctx = canvas.getContext("2d", { willReadFrequently: true });
        if (!ctx) throw new Error("no canvas");
        const rgba = (css: string, alpha = 1): number[] => {
          ctx.clearRect(0, 0, 1, 1);
          ctx.globalAlpha = alpha;
          ctx.fillStyle = "#000";
          ctx.fillStyle = css;
          ctx.fillRect(0, 0, 1, 1);
          return [...ctx.getImageData(0, 0, 1, 1).data];
        };
        const over = (top: number[], under: number[]) => {
          const a = (top[3] ?? 255) / 255;
          return [0, 1, 2].map((i) => Math.round((top[i] ?? 0) * a + (under[i] ?? 0) * (1 - a)));
        };
        const paint = (el: Element, under: number[]) => {
          const style = getComputedStyle(el);
          if (style.fill === "none") return under;
          return over(rgba(style.fill, Number(style.fillOpacity) * Number(style.opacity)), under);
        };
        const chart = document.querySelector(".timeline__chart");
        if (!chart) throw new Error("no chart");
        const surface = rgba(getComputedStyle(chart).backgroundColor);
        const bands = [...document.querySelectorAll(".lane__band")].map((band) => ({
          box: band.getBoundingClientRect(),
          colour: paint(band, surface),
        }));
        const lines = [
          ...document.querySelectorAll(".time-axis__grid, .time-axis__context-line"),
        ].map((line) => ({ what: "gridline", box: line.getBoundingClientRect() }));
        const bars = [...document.querySelectorAll("[data-event-id]")].flatMap((g) => {
          const bar = g.querySelector(".mark__bar");
          if (!bar) return [];
          const b = bar.getBoundingClientRect();
          const id = g.getAttribute("data-event-id");
          // Each side of the dashed outline is a line of its own.
          return [
            { what: `top of ${id}'s outline`, box: new DOMRect(b.left, b.top, b.width, 0) },
            { what: `bottom of ${id}'s outline`, box: new DOMRect(b.left, b.bottom, b.width, 0) },
            { what: `start of ${id}'s outline`, box: new DOMRect(b.left, b.top, 0, b.height) },
            { what: `end of ${id}'s outline`, box: new DOMRect(b.right, b.top, 0, b.height) },
          ];
        });
        const crosses = (line: DOMRect, text: DOMRect) =>
          line.right >= text.left &&
          line.left <= text.right &&
          line.bottom >= text.top &&
          line.top <= text.bottom;
        return [...document.querySelectorAll("[data-event-id]")].flatMap((g) => {
          const label = g.querySelector(".mark__label");
          if (!label) return [];
          const text = label.getBoundingClientRect();
          const inside = label.classList.contains("mark__label--inside");
          const bar = g.querySelector(".mark__bar");
          const centre = (text.top + text.bottom) / 2;
          const lane = bands.find((b) => b.box.top <= centre && centre < b.box.bottom);
          if (!lane) throw new Error(`no lane behind ${g.getAttribute("data-event-id")}`);
          const barBox = bar?.getBoundingClientRect();
          const style = getComputedStyle(label);
          return [
            {
              id: g.getAttribute("data-event-id") ?? "",
              inside,
              crossings: [...lines, ...bars]
                .filter((line) => crosses(line.box, text))
                .map((line) => line.what),
              padding:
                inside && barBox
                  ? { top: text.top - barBox.top, bottom: barBox.bottom - text.bottom }
                  : null,
              strokeFirst: style.paintOrder.startsWith("stroke"),
              haloWidth: Number.parseFloat(style.strokeWidth),
              halo: rgba(style.stroke).slice(0, 3),
              behind: inside && bar ? paint(bar, lane.colour) : lane.colour,
            },
          ];
        });
      });
      const crossed = checks.filter((c) => c.crossings.length > 0);
      console.log(
        `${scheme}: ${checks.length} labels, ${crossed.length} crossed by a gridline or an outline, ${checks.filter((c) => c.inside).length} inside a bar`,
      );
      // The bundled story has long titles over many weeks: gridlines do run through them.
      expect(crossed.length).toBeGreaterThan(5);
      expect(checks.some((c) => c.inside)).toBe(true);
      for (const c of crossed) {
        expect(c.strokeFirst, `${c.id}: halo under the glyphs`).toBe(true);
        expect(c.haloWidth, `${c.id}: halo width`).toBeGreaterThanOrEqual(3);
        c.halo.forEach((channel, i) => {
          expect(
            Math.abs(channel - (c.behind[i] ?? -99)),
            `${c.id}: halo ${c.halo} behind ${c.behind}`,
          ).toBeLessThanOrEqual(3);
        });
      }
      for (const c of checks.filter((c) => c.inside)) {
        expect(c.crossings.filter((what) => what.includes(`${c.id}'s outline`))).toEqual([]);
        expect(c.padding?.top, `${c.id}: room above its title`).toBeGreaterThanOrEqual(1);
        expect(c.padding?.bottom, `${c.id}: room below its title`).toBeGreaterThanOrEqual(1);
      }
      expect(problems).toEqual([]);
    },
  );
});
