import { readdirSync, readFileSync } from "node:fs";
import { parse, type Token } from "@messageformat/parser";
import { describe, expect, it } from "vitest";
import { LOCALES } from "../../src/i18n/locales.ts";

const DIR = new URL("../../src/i18n/messages/", import.meta.url);
const catalog = (locale: string): Record<string, string> =>
  JSON.parse(readFileSync(new URL(`${locale}.json`, DIR), "utf8"));
const english = catalog("en");

/** Every placeholder a message names, with how it is formatted: `count:plural`, `name`. */
function placeholders(tokens: readonly Token[], into = new Set<string>()): Set<string> {
  for (const token of tokens) {
    if (token.type === "argument") into.add(token.arg);
    else if (token.type === "function") into.add(`${token.arg}:${token.key}`);
    else if (token.type === "plural" || token.type === "select" || token.type === "selectordinal") {
      into.add(`${token.arg}:${token.type === "selectordinal" ? "plural" : token.type}`);
      for (const c of token.cases) placeholders(c.tokens, into);
    }
  }
  return into;
}

describe("the message catalogs", () => {
  it("has one catalog per interface language, and no other", () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith(".json"));
    expect(files.map((f) => f.replace(/\.json$/, "")).sort()).toEqual([...LOCALES].sort());
  });

  it("has a good number of English messages", () => {
    expect(Object.keys(english).length).toBeGreaterThan(10);
  });

  describe.each(LOCALES)("%s", (locale) => {
    const messages = catalog(locale);
    it("leaves isolating a placeholder to t, which isolates each text value in right-to-left", () => {
      const twice = Object.entries(messages)
        .filter(([, message]) => /\u2068\{[^{}]*\}\u2069/.test(message))
        .map(([key]) => key);
      expect(twice).toEqual([]);
    });

    it("has every English key and no other", () => {
      const missing = Object.keys(english).filter((key) => !(key in messages));
      const extra = Object.keys(messages).filter((key) => !(key in english));
      expect({ missing, extra }).toEqual({ missing: [], extra: [] });
    });

    it("has no empty message", () => {
      expect(Object.keys(messages).filter((key) => messages[key]?.trim() === "")).toEqual([]);
    });

    it("writes every message in ICU syntax, with the placeholders of its English", () => {
      const differ: string[] = [];
      for (const [key, text] of Object.entries(messages)) {
        const source = english[key];
        if (source === undefined) continue;
        const mine = [...placeholders(parse(text))].sort();
        const theirs = [...placeholders(parse(source))].sort();
        if (mine.join() !== theirs.join()) differ.push(`${key}: ${mine} ≠ ${theirs}`);
      }
      expect(differ).toEqual([]);
    });
  });
});

describe("the English keys", () => {
  const sources = readdirSync(new URL("../../src/", import.meta.url), { recursive: true })
    .map(String)
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => readFileSync(new URL(`../../src/${f}`, import.meta.url), "utf8"))
    .join("\n");
  it("are each used in the app's code, written out whole", () => {
    const unused = Object.keys(english).filter((key) => !sources.includes(`"${key}"`));
    expect(unused).toEqual([]);
  });
});
