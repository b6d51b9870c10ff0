import { describe, expect, inject, it } from "vitest";
import { sharedBrowser } from "./sharedBrowser.ts";

/** TimelineJS3's own eras template (src/template/eras.json): eras listed out of time order. */
const ERAS_TEMPLATE = {
  events: [610, 640, 655, 690, 705, 715].map((year) => ({
    start_date: { year: String(year) },
    text: { headline: `Event ${year}` },
  })),
  eras: [
    [650, 700],
    [600, 650],
    [700, 720],
  ].map(([from, to]) => ({
    start_date: { year: String(from) },
    end_date: { year: String(to) },
    text: { headline: `Era Test ${from}-${to}` },
  })),
};

interface DrawnEra {
  tooltip: string;
  left: number;
  right: number;
  /** Its drawn name, and whether any band drawn after it covers it. */
  label: string | null;
  labelCovered: boolean;
}

describe("eras of a TimelineJS file, in Chromium", () => {
  const browser = sharedBrowser();

  it("are drawn and listed in time order, meeting without overlap, each name shown, dates at their precision", async () => {
    const { page, problems } = await browser.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.route("**/eras.json", (route) => route.fulfill({ json: ERAS_TEMPLATE }));
    await page.goto(`${inject("baseUrl")}?data=eras.json&view=timeline`);
    await page.locator("html[data-ready] .timeline-chart .era").first().waitFor();
    const drawn: DrawnEra[] = await page.evaluate(() => {
      const eras = [...document.querySelectorAll(".timeline-chart .era")];
      const boxes = eras.map((era) =>
        (era.querySelector(".era__band") as SVGRectElement).getBoundingClientRect(),
      );
      return eras.map((era, i) => {
        const box = boxes[i] as DOMRect;
        const id = (era as SVGGElement).dataset.era ?? "";
        const text = document.querySelector(`.timeline-chart .era__title[data-era="${id}"]`);
        const label = text?.getBoundingClientRect();
        const covered =
          label !== undefined &&
          boxes
            .slice(i + 1)
            .some((later) => later.left < label.right - 0.5 && later.right > label.left + 0.5);
        return {
          tooltip: era.querySelector("title")?.textContent ?? "",
          left: box.left,
          right: box.right,
          label: text?.textContent ?? null,
          labelCovered: covered,
        };
      });
    });
    expect(drawn.map((era) => [era.tooltip, era.label, era.labelCovered])).toEqual([
      ["Era Test 600-650 (600 – 650)", "Era Test 600-650", false],
      ["Era Test 650-700 (650 – 700)", "Era Test 650-700", false],
      ["Era Test 700-720 (700 – 720)", "Era Test 700-720", false],
    ]);
    // Each ends where the next begins, as in TimelineJS3: neither over the other.
    for (let i = 1; i < drawn.length; i++) {
      expect(Math.abs((drawn[i]?.left ?? 0) - (drawn[i - 1]?.right ?? 0))).toBeLessThan(1);
    }
    const list = page.getByRole("list", { name: "Eras" });
    expect(await list.getByRole("listitem").allTextContents()).toEqual([
      "Era Test 600-650 (600 – 650)",
      "Era Test 650-700 (650 – 700)",
      "Era Test 700-720 (700 – 720)",
    ]);
    expect(problems).toEqual([]);
  });
});
