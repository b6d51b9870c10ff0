import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { revealControl } from "./revealControl.ts";
import { sharedBrowser } from "./sharedBrowser.ts";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

const VIEWS: [string, string, (page: Page) => Promise<void>][] = [
  [
    "the timeline as first drawn (down the screen on a phone)",
    "",
    (page) => page.locator("html[data-ready] .timeline-chart [data-event-id]").first().waitFor(),
  ],
  [
    "the toolbar's More menu, open",
    "",
    async (page) => {
      await page.locator(".more-menu > summary").click();
      await page.locator(".more-menu__panel").waitFor();
    },
  ],
  [
    "the timeline with the details panel open",
    "?view=timeline&event=pachocki-named-chief-scientist",
    (page) => page.locator(".details").waitFor(),
  ],
  [
    "the source reader",
    "?event=pachocki-named-chief-scientist&reader=1",
    (page) => page.locator(".reader mark.is-chosen").waitFor(),
  ],
  [
    "the source reader with its claim ledger (opened from its disclosure on a phone)",
    "?event=leike-resigns&reader=0",
    async (page) => {
      await page.locator(".reader mark.is-chosen").waitFor();
      const disclosure = page.locator(".ledger-disclosure > summary");
      if (await disclosure.count()) await disclosure.click();
      await page.locator(".ledger__entry").first().waitFor();
    },
  ],
  [
    "a wrong claim's highlight chosen and focused, its correction shown",
    "?event=benzinga-xai-speculation&reader=0",
    async (page) => {
      await page.locator(".reader mark.is-chosen.is-wrong a:focus").waitFor();
      await page.locator(".claim-correction:not([hidden])").waitFor();
    },
  ],
  ["the list view", "?view=list", (page) => page.getByRole("article").first().waitFor()],
  [
    "the list with an event's details open (a full-screen sheet on a phone)",
    "?view=list&event=leike-resigns",
    (page) => page.locator(".details").waitFor(),
  ],
  [
    "the timeline's keys shown, and the skip link focused",
    "",
    async (page) => {
      await page.locator("html[data-ready] .timeline-chart [data-event-id]").first().waitFor();
      await page.getByRole("button", { name: "Keys" }).click();
      await page.locator(".timeline__help").waitFor();
      await page.getByRole("link", { name: "Skip to the timeline" }).focus();
    },
  ],
  [
    "the list of stacked marks under a press",
    "",
    async (page) => {
      await page.locator("html[data-ready] .timeline-chart [data-event-id]").first().waitFor();
      // A finger, as on a tablet or a phone: marks take 44 px hit areas, so near ones stack under
      // a tap. (With a mouse across a desktop, rows 24 px apart give each mark a 24 px target of
      // its own, touching its neighbours' but not overlapping them: no press there is ambiguous.)
      const cdp = await page.context().newCDPSession(page);
      await cdp.send("Emulation.setTouchEmulationEnabled", { enabled: true, maxTouchPoints: 1 });
      await page.waitForFunction(() =>
        [...document.querySelectorAll(".timeline-chart .mark__hit")].some(
          (el) => el.getBoundingClientRect().height >= 44,
        ),
      );
      // Inside two marks' hit areas where they overlap (a pixel or more each way), off both
      // drawn shapes and on nothing drawn over them.
      const point = await page.evaluate(() => {
        const marks = [...document.querySelectorAll(".timeline-chart .mark")];
        for (const a of marks)
          for (const b of marks) {
            const r = a.querySelector(".mark__hit")?.getBoundingClientRect();
            const s = b.querySelector(".mark__hit")?.getBoundingClientRect();
            const shapes = ".mark__shape";
            if (a === b || !r || !s || !a.querySelector(shapes) || !b.querySelector(shapes))
              continue;
            const [x0, x1] = [Math.max(r.left, s.left), Math.min(r.right, s.right)];
            const [y0, y1] = [Math.max(r.top, s.top), Math.min(r.bottom, s.bottom)];
            if (x1 - x0 < 1 || y1 - y0 < 1) continue;
            const [x, y] = [(x0 + x1) / 2, (y0 + y1) / 2];
            const hit = document.elementFromPoint(x, y);
            if (x > 0 && y > 0 && hit?.classList.contains("mark__hit")) return { x, y };
          }
        return null;
      });
      if (!point) throw new Error("no stacked marks");
      await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: [point] });
      await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
      await page.locator(".mark-chooser").waitFor();
    },
  ],
  [
    // The preview server answers a missing file with the page itself: not a timeline.
    "the error page, its technical details open",
    "?data=no-such-timeline.json",
    async (page) => {
      await page.getByRole("alert").getByText("Technical details").click();
      await page.locator(".error-state__technical[open]").waitFor();
    },
  ],
  [
    "the export menu warning what iCalendar cannot carry",
    "",
    async (page) => {
      await page.locator("html[data-ready] .timeline-chart").waitFor();
      const exportMenu = page.locator(".export-menu > summary");
      // Down a phone, Export is in the toolbar's More menu.
      if (!(await exportMenu.isVisible())) await page.locator(".more-menu > summary").click();
      await exportMenu.click();
      await page.getByRole("button", { name: "iCalendar (.ics)" }).click();
      await page.locator(".export-menu__warning").waitFor();
    },
  ],
  [
    "the chart's legend, open",
    "",
    async (page) => {
      await page.locator(".chart-legend > summary").click();
      await page.locator(".chart-legend__panel").waitFor();
    },
  ],
  [
    "the corrections filter on, the list with its badges",
    "?view=list&corrections=1",
    (page) => page.locator(".event-card .note-badge").first().waitFor(),
  ],
  [
    "the corrections filter on, the timeline with its badges",
    "?corrections=1",
    (page) => page.locator("html[data-ready] .timeline-chart .mark__badge").first().waitFor(),
  ],
  [
    "the details of an event with a correction",
    "?view=list&event=benzinga-xai-speculation",
    (page) => page.locator(".details .event-note").waitFor(),
  ],
  [
    "a search with no results",
    "?q=zebra",
    (page) => page.getByText("No events match these filters.").waitFor(),
  ],
  [
    "a misspelled search with its suggestion",
    "?q=Leiki",
    (page) => page.getByRole("button", { name: /^Did you mean Leike/ }).waitFor(),
  ],
  [
    "the timeline of a search, with Fit to results",
    "?q=chief+scientist",
    (page) => page.getByRole("button", { name: "Fit to results" }).waitFor(),
  ],
  [
    "a search's matches marked in the list",
    "?view=list&q=leike",
    (page) => page.locator("article mark").first().waitFor(),
  ],
  [
    "the Share panel, open",
    "?event=leike-resigns&q=leike",
    async (page) => {
      // On a phone the event's details cover the screen as a sheet, with the page under it inert:
      // the toolbar's Share is reached once the sheet is closed.
      await page.locator("html[data-ready]").waitFor();
      const sheet = page.locator(".workspace__panel.is-sheet");
      if ((await sheet.count()) > 0) {
        await page.keyboard.press("Escape");
        await sheet.waitFor({ state: "detached" });
      }
      const share = await revealControl(page, page.locator(".share-menu > summary"));
      await share.click();
      await page.getByRole("button", { name: "Copy link" }).waitFor();
    },
  ],
  [
    "a link to an event the timeline lacks, with its notice",
    "?event=foo",
    (page) => page.getByText("No event “foo” in this timeline.", { exact: false }).waitFor(),
  ],
];

describe("axe (4.14 or later, label-content-name-mismatch among its rules) finds no WCAG 2.1 A or AA violation", () => {
  const browser = sharedBrowser();

  const cases = VIEWS.flatMap(([name, search, ready]) =>
    (["light", "dark"] as const).flatMap((scheme) =>
      [
        [1280, 800],
        [390, 844],
      ].map(
        ([width, height]) =>
          [`${name}, ${scheme}, ${width}×${height}`, search, ready, scheme, width, height] as const,
      ),
    ),
  );

  it.each(cases)("%s", async (_, search, ready, scheme, width, height) => {
    const { page, problems } = await browser.newPage();
    await page.setViewportSize({ width: width as number, height: height as number });
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: "reduce" });
    await page.goto(`${inject("baseUrl")}${search}`);
    await ready(page);
    await page.waitForTimeout(150);
    const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    // The rule that asks that a control's visible words be a part of its name runs here.
    expect(
      [...results.passes, ...results.inapplicable, ...results.incomplete].map((r) => r.id),
    ).toContain("label-content-name-mismatch");
    const violations = results.violations.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 5)
          .join("; ")}`,
    );
    console.log(
      `axe ${_}: ${results.passes.length} rules passed, ${results.violations.length} violations, ${results.incomplete.length} to review`,
    );
    expect(violations).toEqual([]);
    expect(problems).toEqual([]);
  });
});
