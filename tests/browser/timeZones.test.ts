import { describe, expect, inject, it } from "vitest";
import { openBrowser } from "./openBrowser.ts";

/** UTC, then one zone east of UTC+10 and one west of UTC−8 (the classic off-by-one suspects). */
const ZONES = [
  ["UTC", 0],
  ["Pacific/Kiritimati", -840],
  ["Pacific/Pago_Pago", 660],
] as const;

/** Everything date-related a reader sees, read off the page in one time zone. */
async function snapshot(zone: string) {
  const browser = await openBrowser({ timezoneId: zone });
  try {
    const { page, problems } = await browser.newPage();
    const base = inject("baseUrl");
    await page.goto(`${base}?view=list`);
    await page.getByRole("article").first().waitFor();
    const offset = await page.evaluate(() => new Date(2024, 0, 1).getTimezoneOffset());
    const list = await page.locator(".event-card").evaluateAll((cards) =>
      cards.map((card) => ({
        id: card.getAttribute("data-event-id"),
        date: card.querySelector(".event-card__date")?.textContent,
        datetime: card.querySelector("time")?.getAttribute("datetime") ?? null,
        sources: [...card.querySelectorAll(".excerpt__source, .date-basis a")].map(
          (e) => e.textContent,
        ),
      })),
    );

    await page.goto(`${base}?from=2023-11-01T00:00Z&to=2024-05-19T00:00Z&event=leike-resigns`);
    await page.locator("html[data-ready] .timeline-chart").waitFor();
    await page.waitForTimeout(200);
    const positions = await page.locator(".timeline-chart [data-event-id]").evaluateAll((marks) =>
      marks.map((m) => {
        const box = m.querySelector(".mark__shape, .mark__bar")?.getBoundingClientRect();
        return [m.getAttribute("data-event-id"), Math.round((box?.x ?? 0) * 10) / 10];
      }),
    );
    const axis = await page.locator(".time-axis text").allTextContents();
    const caption = await page.locator(".zoom-toolbar__caption").textContent();
    const details = await page.locator(".details__date").textContent();
    const brush = await page
      .getByRole("slider", { name: "Start of the visible window" })
      .getAttribute("aria-valuetext");
    return { offset, view: { list, positions, axis, caption, details, brush }, problems };
  } finally {
    await browser.close();
  }
}

describe("dates, their order and their positions do not move with the reader's time zone", () => {
  it("is the same in UTC, UTC+14 and UTC−11", async () => {
    const results = [];
    for (const [zone, offset] of ZONES) {
      const result = await snapshot(zone);
      expect(result.offset, `${zone} was really emulated`).toBe(offset);
      expect(result.problems).toEqual([]);
      results.push(result.view);
    }
    const [utc, east, west] = results;
    expect(utc?.list.find((e) => e.id === "leike-resigns")).toMatchObject({
      date: "15 May 2024",
      datetime: "2024-05-15",
    });
    expect(utc?.caption).toBe("Showing 1 November 2023 – 18 May 2024");
    expect(utc?.details).toBe("Known to the day: 15 May 2024");
    expect(east).toEqual(utc);
    expect(west).toEqual(utc);
  });
});
