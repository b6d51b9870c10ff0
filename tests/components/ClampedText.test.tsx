import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { ClampedText } from "../../src/components/ClampedText.tsx";
import type { TimelineEvent } from "../../src/data/datasetSchema.ts";
import { ImportedText } from "../../src/features/eventList/ImportedText.tsx";
import { clampPoint, shortText } from "../../src/lib/shortText.ts";

describe("clampPoint(text, limit) cuts long texts at a word", () => {
  it.each([
    ["short", "a few words", 20, 11],
    ["exactly the limit", "abcde", 5, 5],
    ["at the last space", "one two three four", 10, 7],
    ["no space near: at the limit", "abcdefghijklmnop", 10, 10],
  ])("%s", (_, text, limit, cut) => {
    expect(clampPoint(text, limit)).toBe(cut);
  });
  it("shortText adds an ellipsis only when it cuts", () => {
    expect(shortText("one two three four", 10)).toBe("one two…");
    expect(shortText("one two", 10)).toBe("one two");
  });
});

describe("ClampedText shows a huge string cut, with Show more", () => {
  const huge = "word ".repeat(50_000).trim();

  it("shows a short text whole, with no button", () => {
    render(<ClampedText text="A short summary." />);
    expect(screen.getByText("A short summary.")).toBeVisible();
    expect(screen.queryByRole("button")).toBeNull();
  });

  it("cuts a 250,000-character text and opens and folds it on request", async () => {
    const { container } = render(<ClampedText text={huge} limit={600} />);
    expect(container.textContent?.length).toBeLessThan(700);
    const more = screen.getByRole("button", { name: "Show more" });
    expect(more).toHaveAttribute("aria-expanded", "false");
    await userEvent.click(more);
    expect(container.textContent?.length).toBeGreaterThan(huge.length);
    await userEvent.click(screen.getByRole("button", { name: "Show less" }));
    expect(container.textContent?.length).toBeLessThan(700);
  });

  it("cuts an imported text the same way", async () => {
    const event = {
      id: "e",
      type: "other",
      title: "T",
      summary: "S",
      people: [],
      date: {
        edtf: null,
        start: null,
        end: null,
        precision: "unknown",
        basis: "b",
        references: [],
      },
      excerpts: [],
      body: [{ text: huge }, { text: "the end", href: "https://example.com/" }],
    } as TimelineEvent;
    const { container } = render(<ImportedText event={event} />);
    expect(screen.queryByRole("link", { name: "the end" })).toBeNull();
    expect(container.textContent?.length).toBeLessThan(2000);
    await userEvent.click(screen.getByRole("button", { name: "Show more" }));
    expect(screen.getByRole("link", { name: "the end" })).toBeVisible();
  });
});
