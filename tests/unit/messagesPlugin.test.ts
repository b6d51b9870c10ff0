import { describe, expect, it } from "vitest";
import {
  compileCatalog,
  laterIdsIn,
  shortenKeys,
  shortIds,
} from "../../src/build/messagesPlugin.ts";

const ids = shortIds(["app.theme", "app.language", "types.board"]);

describe("shortIds", () => {
  it("numbers the sorted keys in base 36", () => {
    expect([...ids]).toEqual([
      ["app.language", "0"],
      ["app.theme", "1"],
      ["types.board", "2"],
    ]);
    expect(
      shortIds(Array.from({ length: 40 }, (_, i) => `k.m${String(i).padStart(2, "0")}`)).get(
        "k.m39",
      ),
    ).toBe("13");
  });
});

describe("shortIds of messages that load later", () => {
  it("marks them with a ~, which laterIdsIn finds in code", () => {
    const withLater = shortIds(["app.theme", "import.noTitle", "reader.dated"]);
    expect([...withLater.values()]).toEqual(["0", "~1", "~2"]);
    expect(laterIdsIn(shortenKeys('t("app.theme"); t("reader.dated")', withLater))).toEqual(["~2"]);
    expect(laterIdsIn('t("0"); "a~b"; "~"')).toEqual([]);
  });
});

describe("shortenKeys", () => {
  it.each([
    ['t("app.theme")', 't("1")'],
    [
      'const K = { board: "types.board", lang: "app.language" };',
      'const K = { board: "2", lang: "0" };',
    ],
    ['t("app.theme", { n: 1 })', 't("1", { n: 1 })'],
    // Strings that are not keys, or not whole keys, are left as they are.
    ['t("app.themes")', 't("app.themes")'],
    ['"app.theme.x"', '"app.theme.x"'],
    ["'app.theme'", "'app.theme'"],
    ['"see app.theme"', '"see app.theme"'],
    ['"example.com"', '"example.com"'],
  ])("%s → %s", (code, shortened) => {
    expect(shortenKeys(code, ids)).toBe(shortened);
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
