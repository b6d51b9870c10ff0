import { describe, expect, it } from "vitest";
import { type ToolbarItem, toolbarOverflow } from "../../src/app/toolbarOverflow.ts";

// In the order they stay: search and view always, then types, export, person, open, theme.
const ITEMS: ToolbarItem[] = [
  { id: "search", width: 200, required: true },
  { id: "view", width: 150, required: true },
  { id: "types", width: 600 },
  { id: "export", width: 100 },
  { id: "person", width: 280 },
  { id: "open", width: 110 },
  { id: "theme", width: 150 },
];

describe("toolbarOverflow(available, items) keeps one row and moves the rest into a menu", () => {
  it.each<[string, number, string[], string[]]>([
    ["everything fits", 1700, ["search", "view", "types", "export", "person", "open", "theme"], []],
    [
      "the least needed move first",
      1300,
      ["search", "view", "types", "export"],
      ["person", "open", "theme"],
    ],
    [
      "what does not fit moves, and everything less needed with it",
      1150,
      ["search", "view", "types"],
      ["export", "person", "open", "theme"],
    ],
    [
      "at phone width only the required stay",
      390,
      ["search", "view"],
      ["types", "export", "person", "open", "theme"],
    ],
    [
      "the required stay even where they do not fit",
      200,
      ["search", "view"],
      ["types", "export", "person", "open", "theme"],
    ],
  ])("%s (%ipx)", (_, available, inline, menu) => {
    const fit = toolbarOverflow(available, ITEMS, 80, 8);
    expect([...fit.inline]).toEqual(inline);
    expect(fit.menu).toEqual(menu);
  });

  it("counts the gaps and the menu's button: a row one pixel short moves an item", () => {
    const all = 200 + 150 + 600 + 100 + 280 + 110 + 150 + 6 * 8;
    expect(toolbarOverflow(all, ITEMS, 80, 8).menu).toEqual([]);
    const short = toolbarOverflow(all - 1, ITEMS, 80, 8);
    expect(short.menu.length).toBeGreaterThan(0);
    const used = [...short.inline].reduce(
      (sum, id) => sum + (ITEMS.find((item) => item.id === id)?.width ?? 0),
      0,
    );
    expect(used + short.inline.size * 8 + 80).toBeLessThanOrEqual(all - 1);
  });
});
