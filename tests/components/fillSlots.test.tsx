import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { fillSlots, slot } from "../../src/components/fillSlots.tsx";

describe("fillSlots puts elements where a translated message's placeholders stand", () => {
  it.each([
    ["Did you mean {x}?", `Did you mean ${slot("x")}?`, "Did you mean <b>Leike</b>?"],
    ["placeholder first (Japanese)", `${slot("x")} の詳細を開く`, "<b>Leike</b> の詳細を開く"],
    ["placeholder last", `האם התכוונת ל־${slot("x")}`, "האם התכוונת ל־<b>Leike</b>"],
    ["no placeholder", "No events match these filters.", "No events match these filters."],
  ])("%s", (_, text, html) => {
    const { container } = render(<p>{fillSlots(text, { x: <b>Leike</b> })}</p>);
    expect(container.querySelector("p")?.innerHTML).toBe(html);
  });

  it("fills two slots, each in its own place, in the order the language puts them", () => {
    const text = `${slot("title")} — ${slot("id")}`;
    const { container } = render(<p>{fillSlots(text, { id: <i>a1</i>, title: <b>T</b> })}</p>);
    expect(container.querySelector("p")?.innerHTML).toBe("<b>T</b> — <i>a1</i>");
  });
});
