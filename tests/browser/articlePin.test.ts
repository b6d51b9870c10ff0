import { readFileSync } from "node:fs";
import { describe, expect, inject, it } from "vitest";
import type { ArticleSource, Dataset } from "../../src/data/datasetSchema.ts";
import { sharedBrowser } from "./sharedBrowser.ts";

const dataset = JSON.parse(readFileSync("public/data/timeline.json", "utf8")) as Dataset;
const source = dataset.sources.find((s): s is ArticleSource => s.kind === "article");
if (!source) throw new Error("The bundled dataset quotes no article");
const ARTICLE = readFileSync(`public/data/${source.text.path}`, "utf8");

describe("an article changed since its excerpts were checked, in Chromium", () => {
  const browser = sharedBrowser();

  it("says so above the text, draws its excerpts as unverified and lists it as a problem", async () => {
    const { page, problems } = await browser.newPage();
    // The same words at the same places, and a paragraph added: only the pin can tell.
    await page.route(`**/${source.text.path}`, (route) =>
      route.fulfill({
        body: `${ARTICLE}\nA paragraph added after the excerpts were checked.\n`,
        contentType: "text/plain; charset=utf-8",
      }),
    );
    await page.goto(`${inject("baseUrl")}?event=leike-resigns&reader=0`);
    const reader = page.getByRole("region", { name: source.title });
    const warning = reader.getByRole("alert");
    await warning.waitFor();
    expect(await warning.textContent()).toMatch(
      /^This article has changed since its excerpts were checked: its text is not the one this timeline recorded/,
    );
    // Above the text.
    const [warningTop, textTop] = await Promise.all([
      warning.evaluate((el) => el.getBoundingClientRect().top),
      reader
        .locator(".reader__text p:not(.reader__warning)")
        .first()
        .evaluate((el) => el.getBoundingClientRect().top),
    ]);
    expect(warningTop).toBeLessThan(textTop);
    // The chosen excerpt is outlined, not filled as a verified highlight, and named unverified.
    const chosen = reader.getByRole("link", {
      name: /^Unverified excerpt: The departures of Sutskever and Leike/,
    });
    expect(await chosen.getAttribute("aria-current")).toBe("true");
    const looks = await chosen.evaluate((link) => {
      const mark = link.closest("mark") as HTMLElement;
      return {
        fill: getComputedStyle(mark).backgroundColor,
        outline: getComputedStyle(mark).outlineStyle,
        underline: getComputedStyle(link).textDecorationStyle,
      };
    });
    expect(looks).toEqual({ fill: "rgba(0, 0, 0, 0)", outline: "dashed", underline: "dashed" });
    expect(await reader.locator("mark:not(.is-unverified)").count()).toBe(0);
    // …and the problems list records it.
    await page.getByText(/^1 problem in this file/).click();
    expect(await page.getByRole("list", { name: "Problems" }).textContent()).toContain(
      `sources[${dataset.sources.indexOf(source)}].text.sha256: the article's text has changed since its excerpts were checked`,
    );
    expect(problems).toEqual([]);
  });

  it("shows an unchanged article as verified", async () => {
    const { page, problems } = await browser.newPage();
    await page.goto(`${inject("baseUrl")}?event=leike-resigns&reader=0`);
    const reader = page.getByRole("region", { name: source.title });
    await reader.locator("mark.is-chosen").waitFor();
    expect(await reader.locator("mark.is-unverified").count()).toBe(0);
    expect(await reader.getByRole("alert").count()).toBe(0);
    expect(problems).toEqual([]);
  });
});
