import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { revealControl } from "./revealControl.ts";
import { sharedBrowser } from "./sharedBrowser.ts";

/** The language menu, whether in the toolbar's row or in its "More" menu. */
const languageMenu = (page: Page) => page.locator("#language-select");

/** The language menu's label, as the reader reads it. */
const menuLabel = (page: Page) => page.locator('label[for="language-select"]').textContent();

/** The other languages' message chunks, as the build names them (src/i18n/catalogs/*.ts). */
const CATALOG_CHUNK = /\/assets\/(es|fr|de|ptBr|ja|ar|he)-[\w-]+\.js$/;

/** The message chunks the page fetched, by language. */
function catalogRequests(page: Page): string[] {
  const fetched: string[] = [];
  page.on("request", (r) => {
    const match = CATALOG_CHUNK.exec(new URL(r.url()).pathname);
    if (match?.[1]) fetched.push(match[1]);
  });
  return fetched;
}

async function pageLanguage(page: Page) {
  await page.locator("html[data-ready] .toolbar").waitFor();
  return page.evaluate(() => ({
    lang: document.documentElement.lang,
    dir: document.documentElement.dir,
  }));
}

describe("the interface language, chosen for a reader of English", () => {
  const browser = sharedBrowser({ locale: "en-US" });

  it("is English, with no other language's messages fetched", async () => {
    const { page, problems } = await browser.newPage();
    const fetched = catalogRequests(page);
    await page.goto(inject("baseUrl"));
    expect(await pageLanguage(page)).toEqual({ lang: "en", dir: "ltr" });
    expect(await languageMenu(page).inputValue()).toBe("en");
    expect(await menuLabel(page)).toBe("Language");
    expect(fetched).toEqual([]);
    expect(problems).toEqual([]);
  });

  it("follows ?lang=, fetching that language's messages only", async () => {
    const { page, problems } = await browser.newPage();
    const fetched = catalogRequests(page);
    await page.goto(`${inject("baseUrl")}?lang=ja`);
    expect(await pageLanguage(page)).toEqual({ lang: "ja", dir: "ltr" });
    expect(await languageMenu(page).inputValue()).toBe("ja");
    expect(await menuLabel(page)).toBe("言語");
    expect(fetched).toEqual(["ja"]);
    expect(problems).toEqual([]);
  });

  it("keeps a language chosen in the menu for the next visit, which ?lang= still overrides", async () => {
    const { page, problems } = await browser.newPage();
    const base = inject("baseUrl");
    await page.goto(base);
    await pageLanguage(page);
    const menu = await revealControl(page, page.getByRole("combobox", { name: "Language" }));
    await menu.selectOption("es");
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe("es");
    await expect.poll(() => menuLabel(page)).toBe("Idioma");

    await page.goto(base);
    expect(await pageLanguage(page)).toEqual({ lang: "es", dir: "ltr" });
    await page.goto(`${base}?lang=he`);
    expect(await pageLanguage(page)).toEqual({ lang: "he", dir: "rtl" });
    // The address chose for this visit only: the saved choice is still Spanish.
    await page.goto(base);
    expect(await pageLanguage(page)).toEqual({ lang: "es", dir: "ltr" });
    await page.evaluate(() => localStorage.clear());
    expect(problems).toEqual([]);
  });

  it("keeps the address's language as the view changes, and follows the menu in it", async () => {
    const { page, problems } = await browser.newPage();
    const base = inject("baseUrl");
    await page.goto(`${base}?lang=ja`);
    await pageLanguage(page);
    // A selection rewrites the address: its language stays in it.
    await page.locator('.timeline-chart [data-event-id="leike-resigns"]').first().click();
    await expect.poll(() => new URL(page.url()).searchParams.get("event")).toBe("leike-resigns");
    expect(new URL(page.url()).searchParams.get("lang")).toBe("ja");
    // Choosing another language in the menu changes the address's, so a reload keeps it.
    await page.goto(`${base}?lang=es`);
    await pageLanguage(page);
    const menu = await revealControl(page, page.getByRole("combobox", { name: "Idioma" }));
    await menu.selectOption("de");
    await expect.poll(() => new URL(page.url()).searchParams.get("lang")).toBe("de");
    await page.reload();
    expect(await pageLanguage(page)).toEqual({ lang: "de", dir: "ltr" });
    await page.evaluate(() => localStorage.clear());
    expect(problems).toEqual([]);
  });

  it("passes over an address language it does not speak", async () => {
    const { page, problems } = await browser.newPage();
    await page.goto(`${inject("baseUrl")}?lang=xx`);
    expect(await pageLanguage(page)).toEqual({ lang: "en", dir: "ltr" });
    expect(problems).toEqual([]);
  });
});

describe("the interface language, chosen for a reader whose browser speaks German", () => {
  const browser = sharedBrowser({ locale: "de-DE" });

  it("is German", async () => {
    const { page, problems } = await browser.newPage();
    await page.goto(inject("baseUrl"));
    expect(await pageLanguage(page)).toEqual({ lang: "de", dir: "ltr" });
    expect(await languageMenu(page).inputValue()).toBe("de");
    expect(await menuLabel(page)).toBe("Sprache");
    expect(problems).toEqual([]);
  });
});

describe("the interface language, chosen for a reader whose browser speaks only Chinese", () => {
  const browser = sharedBrowser({ locale: "zh-CN" });

  it("is English", async () => {
    const { page, problems } = await browser.newPage();
    await page.goto(inject("baseUrl"));
    expect(await pageLanguage(page)).toEqual({ lang: "en", dir: "ltr" });
    expect(problems).toEqual([]);
  });
});
