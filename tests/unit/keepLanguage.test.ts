import { describe, expect, it } from "vitest";
import { keepLanguage } from "../../src/state/keepLanguage.ts";

describe("keepLanguage", () => {
  it.each([
    ["", null, ""],
    ["?event=a", null, "?event=a"],
    ["", "es", "?lang=es"],
    ["?event=leike-resigns", "ar", "?event=leike-resigns&lang=ar"],
    ["?q=x&view=list", "pt-BR", "?q=x&view=list&lang=pt-BR"],
    ["?event=a", "a&b=c", "?event=a&lang=a%26b%3Dc"],
  ])("%j with %j → %j", (search, lang, out) => {
    expect(keepLanguage(search, lang)).toBe(out);
  });
});
