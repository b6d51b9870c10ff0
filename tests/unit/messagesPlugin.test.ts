import { describe, expect, it } from "vitest";
import {
  compileCatalog,
  inlineMessages,
  replaceKeys,
  shortIds,
} from "../../src/build/messagesPlugin.ts";
import { i18n, t } from "../../src/i18n/i18n.ts";
import type { MessageKey } from "../../src/i18n/messageKey.ts";

const ids = shortIds(["app.theme", "app.language", "types.board"]);

describe("shortIds", () => {
  it("numbers the sorted keys in base 36", () => {
    expect([...ids]).toEqual([
      ["app.language", "0"],
      ["app.theme", "1"],
      ["types.board", "2"],
    ]);
    const many = shortIds(Array.from({ length: 40 }, (_, i) => `k.m${String(i).padStart(2, "0")}`));
    expect(many.get("k.m39")).toBe("13");
  });
});

describe("replaceKeys", () => {
  const replacements = new Map([
    ["app.theme", "A"],
    ["types.board", "B"],
  ]);
  it.each([
    ['t("app.theme")', "t(A)"],
    [
      'const K = { board: "types.board", theme: "app.theme" };',
      "const K = { board: B, theme: A };",
    ],
    ['t("app.theme", { n: 1 })', "t(A, { n: 1 })"],
    // Strings that are not keys, or not whole keys, are left as they are.
    ['t("app.themes")', 't("app.themes")'],
    ['"app.theme.x"', '"app.theme.x"'],
    ["'app.theme'", "'app.theme'"],
    ['"see app.theme"', '"see app.theme"'],
    ['"example.com"', '"example.com"'],
  ])("%s → %s", (code, replaced) => {
    expect(replaceKeys(code, replacements)).toBe(replaced);
  });
});

describe("inlineMessages", () => {
  const english = {
    "app.theme": "Theme",
    "types.board": "{count, plural, one {# board event} other {# board events}}",
  };
  const inline = inlineMessages(english);

  it("writes each key as its short id beside its compiled English", () => {
    expect(inline.get("app.theme")).toBe('["0",["Theme"]]');
    expect(JSON.parse(inline.get("types.board") ?? "")[0]).toBe("1");
  });

  it("gives t what it formats: the English, or the id's message in another catalog", async () => {
    const built = (key: string) => JSON.parse(inline.get(key) ?? "") as unknown as MessageKey;
    expect(t(built("app.theme"))).toBe("Theme");
    expect(t(built("types.board"), { count: 1 })).toBe("1 board event");
    expect(t(built("types.board"), { count: 1200 })).toBe("1,200 board events");
    i18n.load(
      "xx",
      compileCatalog({ "types.board": "{count} tableros" }, shortIds(Object.keys(english))),
    );
    i18n.activate("xx");
    try {
      expect(t(built("types.board"), { count: 3 })).toBe("3 tableros");
    } finally {
      i18n.activate("en");
    }
  });
});

describe("compileCatalog", () => {
  it("compiles ICU messages, under short ids when given", () => {
    const raw = {
      "app.theme": "Theme",
      "types.board": "{count, plural, one {# board event} other {# board events}}",
    };
    const compiled = compileCatalog(raw, ids);
    expect(Object.keys(compiled)).toEqual(["1", "2"]);
    expect(compiled["1"]).toEqual(["Theme"]);
    expect(JSON.stringify(compiled["2"])).toContain("plural");
    expect(Object.keys(compileCatalog(raw))).toEqual(["app.theme", "types.board"]);
  });
});
