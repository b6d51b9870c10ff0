import { describe, expect, it } from "vitest";
import { chooseLocale } from "../../src/i18n/chooseLocale.ts";
import { matchLocale } from "../../src/i18n/matchLocale.ts";

describe("matchLocale", () => {
  it.each([
    ["es", "es"],
    ["es-MX", "es"],
    ["ES", "es"],
    ["pt", "pt-BR"],
    ["pt-BR", "pt-BR"],
    ["pt-PT", "pt-BR"],
    ["pt_br", "pt-BR"],
    ["ja-JP", "ja"],
    ["ar-EG", "ar"],
    ["he-IL", "he"],
    ["iw", "he"],
    ["en-GB", "en"],
    [" de ", "de"],
    ["zh-CN", null],
    ["english", null],
    ["", null],
    [null, null],
  ])("%j → %j", (tag, locale) => {
    expect(matchLocale(tag)).toBe(locale);
  });
});

describe("chooseLocale", () => {
  it.each([
    ["the address first", { query: "ar", saved: "ja", browser: ["fr"] }, "ar"],
    ["then the saved choice", { query: null, saved: "ja", browser: ["fr"] }, "ja"],
    ["an address language we lack passes on", { query: "xx", saved: "ja", browser: [] }, "ja"],
    [
      "then the browser's first we speak",
      { query: null, saved: null, browser: ["zh", "de-AT", "fr"] },
      "de",
    ],
    ["a saved choice we lack passes on", { query: null, saved: "ko", browser: ["he"] }, "he"],
    ["then English", { query: null, saved: null, browser: ["zh", "ko"] }, "en"],
    ["English with nothing to go on", { query: null, saved: null, browser: [] }, "en"],
  ] as const)("%s", (_, sources, locale) => {
    expect(chooseLocale(sources)).toBe(locale);
  });
});
