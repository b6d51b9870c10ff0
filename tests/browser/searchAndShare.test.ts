import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { openBrowser } from "./openBrowser.ts";
import { revealControl } from "./revealControl.ts";

describe("search with context, links and Share, in Chromium", () => {
  let browser: Awaited<ReturnType<typeof openBrowser>>;
  beforeAll(async () => {
    browser = await openBrowser();
    await browser.context.grantPermissions(["clipboard-read", "clipboard-write"], {
      origin: new URL(inject("baseUrl")).origin,
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("a search highlights its matches in every card, accents and case folded", async () => {
    const { page, problems } = await browser.newPage();
    await page.goto(`${inject("baseUrl")}?view=list&q=${encodeURIComponent("LÉIKE")}`);
    const cards = page.getByRole("article");
    await cards.first().waitFor();
    const count = await cards.count();
    expect(count).toBeGreaterThanOrEqual(4);
    for (let i = 0; i < count; i++) {
      const marks = cards.nth(i).locator("mark");
      expect(await marks.count()).toBeGreaterThan(0);
      for (const text of await marks.allTextContents()) expect(text.toLowerCase()).toBe("leike");
    }
    // The title of the event it is about is marked too.
    const title = page.getByRole("heading", { level: 3, name: "Jan Leike resigns" });
    expect(await title.locator("mark").allTextContents()).toEqual(["Leike"]);
    const total = await page.locator("article mark").count();
    expect(total).toBeGreaterThanOrEqual(4);
    expect(problems).toEqual([]);
  });

  it("on the timeline, a search's matches are underlined in the chart's titles and the undated tray", async () => {
    const { page, problems } = await browser.newPage();
    await page.goto(`${inject("baseUrl")}?q=sutskever`);
    const hits = page.locator(".timeline-chart .mark__label-hit");
    await hits.first().waitFor();
    expect(await hits.allTextContents()).toEqual(["Sutskever", "Sutskever"]);
    expect(await page.locator(".undated mark").allTextContents()).toEqual(["Sutskever"]);
    expect(problems).toEqual([]);
  });

  it("a misspelling gets the story's own word, and one click searches for it", async () => {
    const { page, problems } = await browser.newPage();
    await page.goto(`${inject("baseUrl")}?q=Leiki`);
    await page.getByText("No events match these filters.").waitFor();
    await page.getByRole("button", { name: "Did you mean Leike? Search for it" }).click();
    await expect.poll(() => page.getByRole("searchbox").inputValue()).toBe("Leike");
    await page.getByRole("button", { name: /^Jan Leike resigns, / }).waitFor();
    expect(problems).toEqual([]);
  });

  it("a link to an unknown event shows a notice naming it; dismissed, the page is as usable", async () => {
    const { page, problems } = await browser.newPage();
    await page.goto(`${inject("baseUrl")}?event=foo`);
    const notice = page.getByText("No event “foo” in this timeline.", { exact: false });
    await notice.waitFor();
    await page
      .getByRole("status")
      .filter({ hasText: "No event “foo”" })
      .getByRole("button", { name: "Dismiss" })
      .click();
    await notice.waitFor({ state: "detached" });
    await page.getByRole("button", { name: /^Jan Leike resigns, / }).click();
    await page.getByRole("region", { name: "Jan Leike resigns" }).waitFor();
    expect(problems).toEqual([]);
  });

  it("Share previews the view and copies its link, which opens the same view in a new tab", async () => {
    const { page, problems } = await browser.newPage();
    await page.goto(`${inject("baseUrl")}?data=data/timeline.json&event=leike-resigns&q=leike`);
    await page.getByRole("region", { name: "Jan Leike resigns" }).waitFor();
    // A window of its own, written to the address quietly: the link must still carry it.
    const caption = page.locator(".zoom-toolbar__caption");
    const before = await caption.textContent();
    await page.getByRole("button", { name: "Zoom in" }).click();
    await expect.poll(() => caption.textContent()).not.toBe(before);
    // Settled once the address has it.
    await expect.poll(() => page.url()).toContain("from=");
    await page.getByText("Share", { exact: true }).click();
    await page.getByText("The details of “Jan Leike resigns”.").waitFor();
    await page.getByRole("button", { name: "Copy link" }).click();
    await page.getByText("Copied.").waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(
      await page.getByRole("textbox", { name: "Link to this view" }).inputValue(),
    );
    const params = new URL(copied).searchParams;
    expect(params.get("data")).toBe("data/timeline.json");
    expect(params.get("event")).toBe("leike-resigns");
    expect(params.get("q")).toBe("leike");
    expect(params.get("from")).not.toBeNull();

    const other = await browser.newPage();
    await other.page.goto(copied);
    await other.page.getByRole("region", { name: "Jan Leike resigns" }).waitFor();
    expect(await other.page.getByRole("searchbox").inputValue()).toBe("leike");
    expect(problems).toEqual([]);
    expect(other.problems).toEqual([]);
  });

  it("Share, for a timeline opened from a file, explains ?data= and offers the file to download", async () => {
    const { page, problems } = await browser.newPage();
    await page.goto(inject("baseUrl"));
    await page.locator("html[data-ready] .timeline-chart").waitFor();
    const file = {
      version: 1,
      title: "A local story",
      description: "Opened from this device.",
      sources: [],
      people: [],
      events: [],
    };
    const chooser = page.waitForEvent("filechooser");
    await (await revealControl(page, page.getByRole("button", { name: "Open file…" }))).click();
    await (await chooser).setFiles({
      name: "local.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(file)),
    });
    await page.getByRole("heading", { level: 1, name: "A local story" }).waitFor();
    await (await revealControl(page, page.locator(".share-menu > summary"))).click();
    await page
      .getByText("opened from a file on this device, so a link cannot open it", { exact: false })
      .waitFor();
    expect(await page.getByRole("button", { name: "Copy link" }).count()).toBe(0);
    // The example address is this view's own, with the file's address in ?data=.
    expect(await page.locator(".share-menu__example").textContent()).toMatch(
      /\?data=https%3A%2F%2Fexample\.org%2Ftimeline\.json|\?data=https:\/\/example\.org\/timeline\.json/,
    );
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download the timeline file (.json)" }).click();
    const saved = await download;
    expect(saved.suggestedFilename()).toBe("a-local-story.json");
    const text = readFileSync((await saved.path()) as string, "utf8");
    expect(JSON.parse(text)).toMatchObject({ title: "A local story", events: [] });
    // As one page: the standalone app with this timeline inside, opening from file://.
    const pageDownload = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download as one page (.html)" }).click();
    const onePage = await pageDownload;
    expect(onePage.suggestedFilename()).toBe("a-local-story.html");
    const saved2 = join(mkdtempSync(join(tmpdir(), "one-page-")), "a-local-story.html");
    await onePage.saveAs(saved2);
    const opened = await browser.newPage();
    await opened.page.goto(pathToFileURL(saved2).href);
    await opened.page.getByRole("heading", { level: 1, name: "A local story" }).waitFor();
    expect(opened.problems).toEqual([]);
    expect(problems).toEqual([]);
  });

  it("Fit to results zooms the timeline to the events a search leaves", async () => {
    const { page, problems } = await browser.newPage();
    await page.goto(`${inject("baseUrl")}?q=chief+scientist`);
    const caption = page.locator(".zoom-toolbar__caption");
    await page
      .getByRole("button", { name: /^Jakub Pachocki is named chief scientist, / })
      .waitFor();
    const before = await caption.textContent();
    await page.getByRole("button", { name: "Fit to results" }).click();
    await expect.poll(() => caption.textContent()).not.toBe(before);
    await expect.poll(() => caption.textContent()).toBe("Showing 13 May 2024 – 16 May 2024");
    // Every match is on screen, each a mark of its own.
    expect(await page.locator(".timeline-chart [data-event-id]").count()).toBe(3);
    expect(problems).toEqual([]);
  });

  it("on a phone, the full-screen details share the event's own link", async () => {
    const { page, problems } = await browser.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${inject("baseUrl")}?view=list&event=leike-resigns`);
    const sheet = page.locator(".workspace__panel.is-sheet");
    await sheet.locator(".details").waitFor();
    await sheet.locator(".share-menu > summary").click();
    await sheet.getByRole("button", { name: "Copy link" }).click();
    await sheet.getByText("Copied", { exact: false }).waitFor();
    const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
    expect(copied.searchParams.get("event")).toBe("leike-resigns");
    expect(problems).toEqual([]);
  });
});
