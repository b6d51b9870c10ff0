import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Resvg } from "@resvg/resvg-js";
import { describe, expect, it } from "vitest";
import type { Dataset } from "../../src/data/datasetSchema.ts";
import { CARD, cardFonts, shareCardAlt, shareCardSvg } from "../../src/prerender/shareCardPng.tsx";

const story = JSON.parse(
  readFileSync(join(process.cwd(), "public/data/timeline.json"), "utf8"),
) as Dataset;
const fonts = cardFonts(process.cwd());

/** The texts of a class in the card, with the right edge of each as the renderer draws it. */
function drawn(svg: string, className: string): { text: string; right: number }[] {
  const pattern = new RegExp(`<text class="${className}"[^>]*>([^<]*)</text>`, "g");
  const style = /<style>[\s\S]*?<\/style>/.exec(svg)?.[0] ?? "";
  return [...svg.matchAll(pattern)].map((m) => {
    const alone = `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD.width}" height="${CARD.height}">${style}${m[0]}</svg>`;
    const box = new Resvg(alone, {
      font: { fontFiles: fonts, loadSystemFonts: false, defaultFontFamily: "DejaVu Sans" },
    }).getBBox();
    return { text: m[1] ?? "", right: box ? box.x + box.width : 0 };
  });
}

describe("the share card", () => {
  it.each([
    ["the bundled story", story.title, story.description],
    [
      "a long title and description",
      "The week the board fired its chief executive, the staff threatened to leave with him, and the safety team began to go",
      `${"Every resignation, board vote and appointment, with the words of the article that reported it. ".repeat(4)}`,
    ],
  ])("keeps the title and description of %s inside the card", (_, title, description) => {
    const svg = shareCardSvg({ ...story, title, description }, fonts);
    const titles = drawn(svg, "title");
    const lines = drawn(svg, "description");
    expect(titles).toHaveLength(1);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.length).toBeLessThanOrEqual(2);
    for (const line of [...titles, ...lines])
      expect(line.right).toBeLessThanOrEqual(CARD.width - 40);
    // Cut text ends in an ellipsis; whole text does not.
    const shownTitle = titles[0]?.text ?? "";
    expect(shownTitle.endsWith("…")).toBe(shownTitle !== title);
    const shownDescription = lines.map((l) => l.text).join(" ");
    expect(shownDescription.endsWith("…")).toBe(shownDescription !== description.trim());
  });

  it("says in its alt text how many events it draws and over what time", () => {
    const dated = story.events.filter((e) => e.date.start !== null || e.date.end !== null).length;
    expect(dated).toBeLessThan(story.events.length);
    expect(shareCardAlt(story)).toMatch(
      new RegExp(
        `^A timeline of ${story.title}: ${dated} dated events \\(of ${story.events.length}\\), from \\d+ \\w+ \\d{4} to \\d+ \\w+ \\d{4}, in lanes by type \\(`,
      ),
    );
    const first = story.events.find((e) => e.date.start !== null);
    if (!first) throw new Error("the story has no events");
    const undated = { ...first, id: "undated-x", date: { ...first.date, start: null, end: null } };
    expect(shareCardAlt({ ...story, events: [...story.events, undated] })).toContain(
      `: ${dated} dated events (of ${story.events.length + 1}),`,
    );
    const allDated = story.events.filter((e) => e.date.start !== null || e.date.end !== null);
    expect(shareCardAlt({ ...story, events: allDated })).toContain(`: ${dated} events,`);
  });
});
