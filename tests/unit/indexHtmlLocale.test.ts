import { readFileSync } from "node:fs";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { chooseLocale, type LocaleSources } from "../../src/i18n/chooseLocale.ts";

/** index.html's first script: it sets the page's language before the app's code arrives. */
const script = /<script>([\s\S]*?)<\/script>/.exec(readFileSync("index.html", "utf8"))?.[1] ?? "";

/** Runs the first script as a page with these language sources and a first view built in. */
function runFirstScript({ query, saved, browser }: LocaleSources) {
  const root = {
    lang: "en",
    dir: "",
    dataset: { firstView: "bundled" } as Record<string, string>,
    classList: { remove() {} },
    hasAttribute: (name: string) => name === "data-first-view",
  };
  runInNewContext(script, {
    document: { documentElement: root, querySelector: () => null, baseURI: "http://x.test/" },
    location: { search: query === null ? "" : `?lang=${encodeURIComponent(query)}` },
    localStorage: { getItem: (key: string) => (key === "sourceline-language" ? saved : null) },
    navigator: { languages: browser, language: browser[0] },
    URLSearchParams,
    URL,
    window: {},
  });
  return root;
}

describe("index.html's first script", () => {
  it.each<[string, LocaleSources]>([
    ["nothing", { query: null, saved: null, browser: [] }],
    ["an address language", { query: "ar", saved: "ja", browser: ["fr"] }],
    ["an address language we lack", { query: "xx", saved: "ja", browser: [] }],
    ["a saved choice", { query: null, saved: "pt-BR", browser: ["fr"] }],
    ["a browser language by region", { query: null, saved: null, browser: ["zh", "es-MX"] }],
    ["Portuguese of Portugal", { query: null, saved: null, browser: ["pt-PT"] }],
    ["an old Hebrew tag", { query: null, saved: null, browser: ["iw"] }],
    ["a browser of English", { query: null, saved: null, browser: ["en-GB", "de"] }],
    ["underscores and case", { query: "JA_jp", saved: null, browser: [] }],
  ])("chooses the language the app chooses: %s", (_, sources) => {
    const locale = chooseLocale(sources);
    const root = runFirstScript(sources);
    expect(root.lang).toBe(locale);
    expect(root.dir).toBe(locale === "ar" || locale === "he" ? "rtl" : "ltr");
    // The English first view built in gives way to the app's page in another language.
    expect(root.dataset.firstView).toBe(locale === "en" ? "bundled" : "skip");
  });
});
