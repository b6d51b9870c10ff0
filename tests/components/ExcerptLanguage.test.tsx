import { render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import type { Excerpt, Source } from "../../src/data/datasetSchema.ts";
import { ExcerptQuote } from "../../src/features/eventList/ExcerptQuote.tsx";
import { loadLocale } from "../../src/i18n/loadLocale.ts";

const excerpt: Excerpt = {
  source: "le-monde",
  exact: "Le conseil a voté mardi.",
  prefix: "",
  suffix: "",
  start: 0,
  end: 24,
};

const source = (language?: string): Source => ({
  id: "le-monde",
  kind: "reference",
  publisher: "Le Monde",
  title: "Le conseil vote",
  url: "https://example.com/vote",
  published: "2024-05-18",
  ...(language === undefined ? {} : { language }),
});

afterEach(async () => {
  await loadLocale("en");
});

describe("an excerpt in a language other than the page's", () => {
  it.each([
    ["en", "fr", "fr"],
    ["en", "en", null],
    ["en", undefined, null],
    ["es", "en", "en"],
    ["ar", "en", "en"],
    ["fr", "fr", null],
  ] as const)(
    "in a page in %s, a source in %j is marked lang=%j",
    async (locale, language, lang) => {
      await loadLocale(locale);
      const { container } = render(<ExcerptQuote excerpt={excerpt} source={source(language)} />);
      const quote = container.querySelector("blockquote");
      expect(quote?.getAttribute("lang")).toBe(lang);
      // Its headline is in the source's language too.
      expect(screen.getByText("Le conseil vote").getAttribute("lang")).toBe(lang);
    },
  );
});
