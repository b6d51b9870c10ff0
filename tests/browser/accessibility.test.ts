import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { openBrowser } from "./openBrowser.ts";

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
  ["the list view", "?view=list", (page) => page.getByRole("article").first().waitFor()],
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
];

describe("axe (4.14 or later, label-content-name-mismatch among its rules) finds no WCAG 2.1 A or AA violation", () => {
  let browser: Awaited<ReturnType<typeof openBrowser>>;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

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
