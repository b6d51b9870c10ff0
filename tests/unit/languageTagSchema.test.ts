import { describe, expect, it } from "vitest";
import { languageTagSchema, sourceSchema } from "../../src/data/datasetSchema.ts";

describe("a source's language", () => {
  it.each(["en", "es", "pt-BR", "zh-Hant", "zh-Hant-TW", "ar", "he", "fil", "sr-Latn-RS"])(
    "accepts the BCP 47 tag %s",
    (tag) => {
      expect(languageTagSchema.safeParse(tag).success).toBe(true);
    },
  );

  it.each(["", "english", "e", "en_US", "en-", "-en", "en US", "12"])("refuses %j", (tag) => {
    const result = languageTagSchema.safeParse(tag);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(
      "must be a BCP 47 language tag such as en or pt-BR",
    );
  });

  const reference = {
    id: "ref",
    kind: "reference",
    publisher: "Example News",
    title: "A report",
    url: "https://example.com/report",
    published: "2024-05-18",
  };

  it("is optional", () => {
    expect(sourceSchema.safeParse(reference).success).toBe(true);
  });

  it("is kept when given", () => {
    const parsed = sourceSchema.safeParse({ ...reference, language: "fr" });
    expect(parsed.success && parsed.data.language).toBe("fr");
  });
});
