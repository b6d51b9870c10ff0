import { describe, expect, it } from "vitest";
import { foreignLanguage } from "../../src/i18n/foreignLanguage.ts";

describe("foreignLanguage", () => {
  it.each([
    ["en", "ar", "en"],
    ["en", "es", "en"],
    ["fr", "en", "fr"],
    ["pt-PT", "en", "pt-PT"],
    ["en", "en", undefined],
    ["en-GB", "en", undefined],
    ["EN", "en", undefined],
    ["pt-PT", "pt-BR", undefined],
    [undefined, "ar", undefined],
    ["", "ar", undefined],
  ])("a source in %j shown in %s is marked %j", (source, locale, lang) => {
    expect(foreignLanguage(source, locale)).toBe(lang);
  });
});
