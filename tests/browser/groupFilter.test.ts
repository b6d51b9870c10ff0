import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { revealControl } from "./revealControl.ts";
import { sharedBrowser } from "./sharedBrowser.ts";

/**
 * A TimelineJS file with two groups and two events of none, and a group named in markup (written
 * as entities in the file, as markup itself is taken out of a group's name).
 */
const HOSTILE_GROUP = '<img src=x onerror="window.__pwned = 1">';
const HOSTILE_GROUP_IN_FILE = "&lt;img src=x onerror=&quot;window.__pwned = 1&quot;&gt;";
function groupedFile(): { events: { group?: string }[] } {
  const file = JSON.parse(readFileSync("tests/fixtures/timelinejs/groups.json", "utf8"));
  file.events.push({
    start_date: { year: "2001" },
    text: { headline: "A markup group" },
    group: HOSTILE_GROUP_IN_FILE,
  });
  return file;
}

async function openGrouped(page: Page, search: string) {
  page.on("dialog", (d) => void d.dismiss());
  await page.route("**/groups.json", (route) => route.fulfill({ json: groupedFile() }));
  await page.goto(`${inject("baseUrl")}?data=groups.json${search}`);
  await page.getByRole("heading", { level: 1, name: "Space age" }).waitFor();
}

const toggle = (page: Page, name: string) =>
  page.getByRole("group", { name: "Groups" }).getByRole("button", { name });

describe("filtering a TimelineJS file by its groups, in Chromium", () => {
  const browser = sharedBrowser();

  it("a group's toggle hides its lane's marks, the link keeps it, and a reload restores it", async () => {
    const { page, problems } = await browser.newPage();
    await openGrouped(page, "");
    const marks = page.locator(".timeline-chart [data-event-id]");
    await marks.first().waitFor();
    expect(await marks.count()).toBe(7);
    expect(await page.locator(".lane__name text").allTextContents()).toContain("Satellites · 2");

    const crewed = await revealControl(page, toggle(page, "Crewed flight 2"));
    await crewed.click();
    expect(await crewed.getAttribute("aria-pressed")).toBe("false");
    await page.waitForFunction(
      () => document.querySelectorAll(".timeline-chart [data-event-id]").length === 5,
    );
    await page.waitForURL(/group=Satellites/);
    expect(new URL(page.url()).searchParams.getAll("group")).toEqual(["Satellites", HOSTILE_GROUP]);

    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Space age" }).waitFor();
    await page.waitForFunction(
      () => document.querySelectorAll(".timeline-chart [data-event-id]").length === 5,
    );
    const again = await revealControl(page, toggle(page, "Crewed flight 2"));
    expect(await again.getAttribute("aria-pressed")).toBe("false");
    // The group named in markup is a toggle named by that text; nothing of it ran.
    await revealControl(page, toggle(page, `${HOSTILE_GROUP} 1`));
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned ?? null)).toBeNull();
    expect(problems).toEqual([]);
  });

  it("a search finds an event by its group, its text past the summary and its media's caption", async () => {
    const { page, problems } = await browser.newPage();
    for (const [query, titles] of [
      ["crewed flight", ["Vostok 1", "Apollo 11"]],
      ["beeps", ["Sputnik 1"]],
      ["museum replica", ["Sputnik 1"]],
    ] as const) {
      await openGrouped(page, `&view=list&q=${encodeURIComponent(query)}`);
      const headings = page.getByRole("article").getByRole("heading", { level: 3 });
      await headings.first().waitFor();
      expect(await headings.allTextContents()).toEqual(titles);
    }
    expect(problems).toEqual([]);
  });
});

describe("the group toggles on a phone", () => {
  const browser = sharedBrowser({ phone: true });

  it("move into More with the other filters, and still filter", async () => {
    const { page, problems } = await browser.newPage();
    await openGrouped(page, "&view=list");
    await page.getByRole("article").first().waitFor();
    const satellites = await revealControl(page, toggle(page, "Satellites 2"));
    expect(await satellites.isVisible()).toBe(true);
    await toggle(page, "No group 2").click();
    await toggle(page, "Crewed flight 2").click();
    await toggle(page, `${HOSTILE_GROUP} 1`).click();
    await page.waitForFunction(() => document.querySelectorAll("article").length === 2);
    expect(problems).toEqual([]);
  });
});
