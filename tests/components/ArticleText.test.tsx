import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { ArticleText } from "../../src/features/reader/ArticleText.tsx";
import { ExcerptStepper } from "../../src/features/reader/ExcerptStepper.tsx";
import type { TextDirection } from "../../src/lib/logicalArrow.ts";

const TEXT = "قال المجلس إن القرار نهائي. ثم استقال المدير.";

function renderText(direction: TextDirection | undefined) {
  const onStep = vi.fn();
  render(
    <ArticleText
      text={TEXT}
      unverified={false}
      paragraphs={[
        {
          start: 0,
          segments: [
            { start: 0, end: 28, keys: ["a"] },
            { start: 28, end: TEXT.length, keys: [] },
          ],
        },
      ]}
      entries={new Map()}
      chosenKey="a"
      isCorrectionOpen={() => false}
      onCorrection={() => {}}
      onSelectExcerpt={() => {}}
      excerptHref={() => "?event=x&reader=0"}
      onStep={onStep}
      {...(direction ? { direction } : {})}
    />,
  );
  return onStep;
}

describe("the arrows on an article's highlight step the way its text runs", () => {
  it.each([
    [undefined, "{ArrowLeft}", -1],
    [undefined, "{ArrowRight}", 1],
    ["ltr", "{ArrowLeft}", -1],
    ["rtl", "{ArrowLeft}", 1],
    ["rtl", "{ArrowRight}", -1],
  ] as const)("in %s text %s steps by %i", async (direction, key, step) => {
    const onStep = renderText(direction);
    screen.getByRole("link", { current: true }).focus();
    await userEvent.keyboard(key);
    expect(onStep).toHaveBeenCalledWith(step);
  });

  it("sets each paragraph's direction, so its words are laid out the way they run", () => {
    renderText("rtl");
    expect(screen.getByRole("link", { current: true }).closest("p")).toHaveAttribute("dir", "rtl");
  });

  it("names the arrow that steps back in the bar's tooltips: → in right-to-left text", () => {
    render(
      <ExcerptStepper
        at={{ position: 2, count: 3, previous: "a", next: "c" }}
        onStep={() => {}}
        textDirection="rtl"
      />,
    );
    expect(screen.getByRole("button", { name: "Previous excerpt" })).toHaveAttribute(
      "title",
      "Previous excerpt (→ on a highlight)",
    );
    expect(screen.getByRole("button", { name: "Next excerpt" })).toHaveAttribute(
      "title",
      "Next excerpt (← on a highlight)",
    );
  });
});
