import type { Locator, Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import type { WatchedPage } from "./openBrowser.ts";
import { sharedBrowser } from "./sharedBrowser.ts";

const settle = (page: Page) => page.waitForTimeout(400);

/** Whether the element is inside the window and inside every scroll box that clips it. */
function inView(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => {
    const box = el.getBoundingClientRect();
    let top = 0;
    let bottom = innerHeight;
    for (let p = el.parentElement; p; p = p.parentElement) {
      if (!/auto|scroll|hidden/.test(getComputedStyle(p).overflowY)) continue;
      const frame = p.getBoundingClientRect();
      top = Math.max(top, frame.top);
      bottom = Math.min(bottom, frame.bottom);
    }
    return box.height > 0 && box.top >= top - 1 && box.bottom <= bottom + 1;
  });
}

/** What a highlight looks like: its fill, its link's underline, and the focus ring's style. */
function looks(locator: Locator) {
  return locator.evaluate((mark) => {
    const link = mark.querySelector("a") as HTMLElement;
    const style = getComputedStyle(link);
    return {
      background: getComputedStyle(mark).backgroundColor,
      underline: style.textDecorationLine,
      underlineStyle: style.textDecorationStyle,
      focused: document.activeElement === link,
      outline: style.outlineStyle,
    };
  });
}

const NONE = "rgba(0, 0, 0, 0)";

describe("the source reader in Chromium", () => {
  const browser = sharedBrowser();
  let watched: WatchedPage;

  async function load(
    search: string,
    width = 1280,
    height = 800,
    scheme: "light" | "dark" = "light",
  ) {
    watched = await browser.newPage();
    await watched.page.setViewportSize({ width, height });
    await watched.page.emulateMedia({ colorScheme: scheme, reducedMotion: "reduce" });
    await watched.page.goto(`${inject("baseUrl")}${search}`);
    await watched.page.locator(".reader mark.is-chosen").waitFor();
    await settle(watched.page);
    return watched.page;
  }

  it.each([
    ["light", 1280, 800],
    ["dark", 1280, 800],
    ["light", 390, 844],
    ["dark", 390, 844],
  ] as const)(
    "puts the chosen excerpt in view, focused and filled, the others only underlined (%s, %i px)",
    async (scheme, width, height) => {
      const page = await load("?event=leike-resigns&reader=0", width, height, scheme);
      const chosen = page.locator(".reader mark.is-chosen");
      expect(await chosen.textContent()).toMatch(/^The departures of Sutskever and Leike/);
      expect(await inView(chosen)).toBe(true);
      const mine = await looks(chosen);
      expect(mine.focused).toBe(true);
      expect(mine.outline).toBe("solid");
      expect(mine.background).not.toBe(NONE);
      const others = page.locator(".reader mark:not(.is-chosen)");
      expect(await others.count()).toBeGreaterThanOrEqual(18);
      for (const other of await others.all()) {
        const theirs = await looks(other);
        expect(theirs.background).toBe(NONE);
        expect(theirs.underline).toBe("underline");
        expect(theirs.focused).toBe(false);
      }
      // The event is named in the margin beside the chosen excerpt.
      expect(await page.locator(".reader__marker").textContent()).toContain("Jan Leike resigns");
      expect(watched.problems).toEqual([]);
    },
  );

  it("marks a wrong claim with a wavy underline and shows its correction when it is focused", async () => {
    const page = await load("?event=leike-resigns&reader=0");
    const wrong = page.locator('.reader mark[data-key="benzinga-xai-speculation#0"]');
    expect((await looks(wrong)).underlineStyle).toBe("wavy");
    const correction = page.getByRole("note").filter({ hasText: "Sutskever did not join xAI" });
    expect(await correction.isVisible()).toBe(false);
    await wrong.locator("a").focus();
    await correction.waitFor();
    expect(await correction.textContent()).toMatch(/^Correction: The expectation was wrong/);
    expect(watched.problems).toEqual([]);
  });

  it("links a ledger entry and its highlight both ways", async () => {
    const page = await load("?event=pachocki-named-chief-scientist&reader=1");
    const ledger = page.getByRole("region", { name: "Claim ledger" });
    const entry = ledger.locator('li[data-key="musk-recalls-page-rift#0"]');
    await entry.getByRole("button", { name: /^Show in the text: / }).click();
    await page.waitForURL(/event=musk-recalls-page-rift&reader=0/);
    await settle(page);
    const chosen = page.locator(".reader mark.is-chosen");
    expect(await chosen.getAttribute("data-key")).toBe("musk-recalls-page-rift#0");
    expect(await inView(chosen)).toBe(true);
    expect((await looks(chosen)).focused).toBe(true);
    expect(await entry.getAttribute("aria-current")).toBe("true");

    // From the text back to the ledger: the entry of the highlight chosen is marked and in view.
    await page.locator('.reader mark[data-key="board-attempts-to-dismiss-altman#0"] a').click();
    await page.waitForURL(/event=board-attempts-to-dismiss-altman&reader=0/);
    await settle(page);
    const marked = ledger.locator('li[aria-current="true"]');
    expect(await marked.getAttribute("data-key")).toBe("board-attempts-to-dismiss-altman#0");
    expect(await inView(marked)).toBe(true);
    expect(await entry.getAttribute("aria-current")).toBeNull();

    // And from the entry to its event's details.
    await marked.getByRole("button", { name: /^Open the details of / }).click();
    await page.getByRole("region", { name: "OpenAI's board removes Sam Altman as CEO" }).waitFor();
    expect(watched.problems).toEqual([]);
  });

  it("steps through the excerpts with the sticky bar and the arrow keys", async () => {
    const page = await load("?event=pachocki-named-chief-scientist&reader=1");
    const bar = page.getByRole("navigation", { name: "Excerpts in this article" });
    expect(await bar.textContent()).toContain("Excerpt 18 of 20");
    await bar.getByRole("button", { name: "Next excerpt" }).click();
    await settle(page);
    expect(await bar.textContent()).toContain("Excerpt 19 of 20");
    const chosen = page.locator(".reader mark.is-chosen");
    expect(await inView(chosen)).toBe(true);
    expect(await inView(bar)).toBe(true);
    await chosen.locator("a").focus();
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("ArrowLeft");
    await settle(page);
    expect(await bar.textContent()).toContain("Excerpt 17 of 20");
    expect(await page.locator(".reader mark.is-chosen").getAttribute("data-key")).toBe(
      "pachocki-named-chief-scientist#0",
    );
    expect((await looks(page.locator(".reader mark.is-chosen"))).focused).toBe(true);
    // Scrolled far from the top, the bar is still on screen.
    expect(await inView(bar)).toBe(true);
    expect(watched.problems).toEqual([]);
  });

  it("on a phone keeps the ledger in a disclosure above the text, which keeps its width", async () => {
    const page = await load("?event=pachocki-named-chief-scientist&reader=1", 390, 844);
    const text = await page.locator(".reader__text").boundingBox();
    const reader = await page.locator(".reader").boundingBox();
    expect(text?.width).toBeGreaterThan((reader?.width ?? 0) - 2);
    await page.locator(".ledger-disclosure > summary").click();
    const entry = page.locator('.ledger li[data-key="leike-resigns#0"]');
    await entry.getByRole("button", { name: /^Show in the text: / }).click();
    await page.waitForURL(/event=leike-resigns&reader=0/);
    await settle(page);
    const chosen = page.locator(".reader mark.is-chosen");
    expect(await inView(chosen)).toBe(true);
    expect((await looks(chosen)).focused).toBe(true);
    expect(watched.problems).toEqual([]);
  });

  it("opens the reader on an excerpt from its list card", async () => {
    watched = await browser.newPage();
    const { page } = watched;
    await page.goto(`${inject("baseUrl")}?view=list`);
    await page
      .getByRole("article", { name: "Jakub Pachocki is named chief scientist" })
      .getByRole("button", { name: "Show in article: excerpt 2" })
      .click();
    const chosen = page.locator(".reader mark.is-chosen");
    await chosen.waitFor();
    await settle(page);
    expect(await chosen.getAttribute("data-key")).toBe("pachocki-named-chief-scientist#1");
    expect(await inView(chosen)).toBe(true);
    expect(watched.problems).toEqual([]);
  });
});
