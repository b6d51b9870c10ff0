import { fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ArticleText } from "../../src/features/reader/ArticleText.tsx";
import { ClaimLedger } from "../../src/features/reader/ClaimLedger.tsx";
import { ExcerptStepper } from "../../src/features/reader/ExcerptStepper.tsx";
import { loadLocale } from "../../src/i18n/loadLocale.ts";
import type { ClaimLedger as Ledger, LedgerEntry } from "../../src/reader/claimLedger.ts";

afterEach(async () => {
  await loadLocale("en");
});

const TEXT = "Leike resigned on Tuesday. The board met later.";

const entry = (over: Partial<LedgerEntry>): LedgerEntry => ({
  key: "a#0",
  eventId: "a",
  eventTitle: "Leike resigns",
  index: 0,
  start: 0,
  end: 26,
  exact: TEXT.slice(0, 26),
  status: "dated",
  detail: "14 May 2024, reported by Reuters.",
  found: true,
  ...over,
});

const LEDGER: Ledger = {
  entries: [
    entry({}),
    entry({
      key: "b#0",
      eventId: "b",
      eventTitle: "The board meets",
      start: 27,
      end: 47,
      exact: TEXT.slice(27),
      status: "wrong",
      detail: "It met on Monday.",
    }),
  ],
  counts: { wrong: 1, disputed: 0, vague: 0, unverified: 0, dated: 1 },
};

describe.each([
  {
    locale: "fr",
    dir: "ltr",
    nav: "Extraits de cet article",
    at: "Extrait 1 sur 2",
    previous: "Extrait précédent",
    next: "Extrait suivant",
    nextTitle: "Extrait suivant (→ sur un passage surligné)",
    ledger: "Registre des affirmations",
    tally: "2 affirmations : 1 correction, 1 datée et référencée",
    open: "Ouvrir les détails de The board meets",
  },
  {
    locale: "he",
    dir: "rtl",
    nav: "ציטוטים בכתבה הזאת",
    at: "ציטוט 1 מתוך 2",
    previous: "הציטוט הקודם",
    next: "הציטוט הבא",
    // The page runs right to left: the next excerpt is to the left.
    nextTitle: "הציטוט הבא (← על קטע מודגש)",
    ledger: "יומן הטענות",
    tally: "שתי טענות: תיקון אחד, אחת מתוארכת ומגובה במקורות",
    open: "פתיחת הפרטים של The board meets",
  },
] as const)("the reader in $locale", (words) => {
  it("names the stepper, its place and its buttons in the language", async () => {
    await loadLocale(words.locale);
    render(
      <ExcerptStepper
        at={{ position: 1, count: 2, previous: null, next: "b#0" }}
        onStep={() => {}}
      />,
    );
    const nav = screen.getByRole("navigation", { name: words.nav });
    expect(within(nav).getByText(words.at)).toBeVisible();
    expect(within(nav).getByRole("button", { name: words.previous })).toHaveAttribute(
      "aria-disabled",
      "true",
    );
    expect(within(nav).getByRole("button", { name: words.next })).toHaveAttribute(
      "title",
      words.nextTitle,
    );
  });

  it("heads the claim ledger and tallies it in the language", async () => {
    await loadLocale(words.locale);
    render(
      <ClaimLedger ledger={LEDGER} chosenKey="a#0" onChoose={() => {}} onOpenEvent={() => {}} />,
    );
    expect(screen.getByRole("heading", { name: words.ledger })).toBeVisible();
    expect(screen.getByText(words.tally)).toBeVisible();
    expect(screen.getByRole("button", { name: words.open })).toBeVisible();
  });

  it(`steps to the next excerpt with the arrow pointing ${words.dir === "rtl" ? "left" : "right"}`, async () => {
    await loadLocale(words.locale);
    const onStep = vi.fn();
    render(
      <ArticleText
        text={TEXT}
        unverified={false}
        paragraphs={[
          {
            start: 0,
            segments: [
              { start: 0, end: 26, keys: ["a#0"] },
              { start: 26, end: 27, keys: [] },
              { start: 27, end: 47, keys: ["b#0"] },
            ],
          },
        ]}
        entries={new Map(LEDGER.entries.map((e) => [e.key, e]))}
        chosenKey="a#0"
        isCorrectionOpen={() => false}
        onCorrection={() => {}}
        onSelectExcerpt={() => {}}
        excerptHref={() => "#"}
        onStep={onStep}
      />,
    );
    const chosen = screen.getByRole("link", { current: true });
    fireEvent.keyDown(chosen, { key: words.dir === "rtl" ? "ArrowLeft" : "ArrowRight" });
    fireEvent.keyDown(chosen, { key: words.dir === "rtl" ? "ArrowRight" : "ArrowLeft" });
    expect(onStep.mock.calls).toEqual([[1], [-1]]);
  });
});
