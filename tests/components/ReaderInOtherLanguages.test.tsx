import { fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ArticleText } from "../../src/features/reader/ArticleText.tsx";
import { ClaimLedger } from "../../src/features/reader/ClaimLedger.tsx";
import { ExcerptStepper } from "../../src/features/reader/ExcerptStepper.tsx";
import { loadLocale } from "../../src/i18n/loadLocale.ts";
import type { TextDirection } from "../../src/lib/logicalArrow.ts";
import { textDirection } from "../../src/lib/textDirection.ts";
import type { ClaimLedger as Ledger, LedgerEntry } from "../../src/reader/claimLedger.ts";
import { isolated } from "../setup/withoutIsolates.ts";

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
    nav: "Extraits de cet article",
    at: "Extrait 1 sur 2",
    previous: "Extrait précédent",
    next: "Extrait suivant",
    nextTitle: "Extrait suivant (→ sur un passage surligné)",
    rtlNextTitle: "Extrait suivant (← sur un passage surligné)",
    ledger: "Registre des affirmations",
    tally: "2 affirmations : 1 correction, 1 datée et référencée",
    open: "Ouvrir les détails de The board meets",
  },
  {
    locale: "he",
    nav: "ציטוטים בכתבה הזאת",
    at: "ציטוט 1 מתוך 2",
    previous: "הציטוט הקודם",
    next: "הציטוט הבא",
    // The arrow is the article's: an English article keeps → as next, even on a Hebrew page; a
    // Hebrew article's next excerpt is to the left. Right to left, `t` isolates each text value.
    nextTitle: `${isolated("הציטוט הבא")} (${isolated("→")} על קטע מודגש)`,
    rtlNextTitle: `${isolated("הציטוט הבא")} (${isolated("←")} על קטע מודגש)`,
    ledger: "יומן הטענות",
    tally: `${isolated("שתי טענות")}: ${isolated("תיקון אחד, אחת מתוארכת ומגובה במקורות")}`,
    open: `פתיחת הפרטים של ${isolated("The board meets")}`,
  },
] as const)("the reader in $locale", (words) => {
  it.each([
    ["ltr", "nextTitle"],
    ["rtl", "rtlNextTitle"],
  ] as const)(
    "names the stepper, its place and its buttons in the language, in %s text",
    async (direction, title) => {
      await loadLocale(words.locale);
      render(
        <ExcerptStepper
          at={{ position: 1, count: 2, previous: null, next: "b#0" }}
          onStep={() => {}}
          textDirection={direction}
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
        words[title],
      );
    },
  );

  it("heads the claim ledger and tallies it in the language", async () => {
    await loadLocale(words.locale);
    render(
      <ClaimLedger ledger={LEDGER} chosenKey="a#0" onChoose={() => {}} onOpenEvent={() => {}} />,
    );
    expect(screen.getByRole("heading", { name: words.ledger })).toBeVisible();
    expect(screen.getByText(words.tally)).toBeVisible();
    expect(screen.getByRole("button", { name: words.open })).toBeVisible();
  });
});

/** A Hebrew article: the same two sentences, right to left. */
const HEBREW_TEXT = "לייקה התפטר ביום שלישי. ההנהלה התכנסה אחר כך.";

describe("the arrows on the article's highlights follow the article's text, not the interface", () => {
  it.each([
    ["he", "an English article", "ArrowRight", TEXT],
    ["ar", "an English article", "ArrowRight", TEXT],
    ["en", "a Hebrew article", "ArrowLeft", HEBREW_TEXT],
    ["he", "a Hebrew article", "ArrowLeft", HEBREW_TEXT],
  ] as const)("in %s, %s steps to the next excerpt with %s", async (locale, _, next, text) => {
    await loadLocale(locale);
    const direction: TextDirection = textDirection(text);
    const onStep = vi.fn();
    const first = text.indexOf(".") + 1;
    render(
      <ArticleText
        text={text}
        unverified={false}
        paragraphs={[
          {
            start: 0,
            segments: [
              { start: 0, end: first, keys: ["a#0"] },
              { start: first, end: first + 1, keys: [] },
              { start: first + 1, end: text.length, keys: ["b#0"] },
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
        direction={direction}
      />,
    );
    const chosen = screen.getByRole("link", { current: true });
    fireEvent.keyDown(chosen, { key: next });
    fireEvent.keyDown(chosen, { key: next === "ArrowLeft" ? "ArrowRight" : "ArrowLeft" });
    expect(onStep.mock.calls).toEqual([[1], [-1]]);
  });
});
