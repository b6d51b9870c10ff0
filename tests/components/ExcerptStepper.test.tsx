import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ExcerptStepper } from "../../src/features/reader/ExcerptStepper.tsx";

describe("ExcerptStepper says where the chosen excerpt stands among the article's highlights", () => {
  it.each([
    [{ position: 2, count: 3 }, "Excerpt 2 of 3"],
    [{ position: 1, count: 1 }, "Excerpt 1 of 1"],
    // The chosen excerpt is not highlighted (its words are not at its place): only the count.
    [{ position: 0, count: 1 }, "1 excerpt"],
    [{ position: 0, count: 3 }, "3 excerpts"],
  ])("%j reads %s", (at, text) => {
    render(<ExcerptStepper at={{ ...at, previous: null, next: null }} onStep={() => {}} />);
    const nav = screen.getByRole("navigation", { name: "Excerpts in this article" });
    // The whole line, not a part of it ("1 excerpt" is a part of "1 excerpts").
    expect(within(nav).getByText(text)).toBeVisible();
    expect(screen.getByRole("button", { name: "Previous excerpt" })).toHaveAttribute(
      "aria-disabled",
      "true",
    );
  });
});
