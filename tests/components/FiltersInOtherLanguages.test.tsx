import { render, screen, within } from "@testing-library/react";
import { createRef } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { CertaintyFilter } from "../../src/features/filters/CertaintyFilter.tsx";
import { CorrectionsToggle } from "../../src/features/filters/CorrectionsToggle.tsx";
import { NoResults } from "../../src/features/filters/NoResults.tsx";
import { PersonFilter } from "../../src/features/filters/PersonFilter.tsx";
import { SearchBox } from "../../src/features/filters/SearchBox.tsx";
import { TypeChips } from "../../src/features/filters/TypeChips.tsx";
import { loadLocale } from "../../src/i18n/loadLocale.ts";
import { isolated } from "../setup/withoutIsolates.ts";

afterEach(async () => {
  await loadLocale("en");
});

const noop = () => {};

describe.each([
  {
    locale: "fr",
    corrections: "Corrections (4)",
    policy: "Politique 3",
    search: "Rechercher des événements",
    person: "Personne",
    everyone: "Tout le monde",
    dates: "Dates",
    any: "Toute précision",
    suggestion: "Vouliez-vous dire Leike ? Le rechercher",
    ada: "Ada Lovelace (2)",
    clear: "Effacer les filtres",
  },
  {
    locale: "he",
    corrections: "תיקונים (4)",
    policy: "מדיניות 3",
    search: "חיפוש אירועים",
    person: "אדם",
    everyone: "כולם",
    dates: "תאריכים",
    any: "כל רמת ודאות",
    // Right to left, `t` isolates the names and the suggestion (U+2068 … U+2069).
    suggestion: `האם התכוונת ל־${isolated("Leike")}? חיפוש`,
    ada: `${isolated("Ada Lovelace")} (2)`,
    clear: "ניקוי המסננים",
  },
] as const)("the filters in $locale", (words) => {
  it("name each control in the language, with its count", async () => {
    await loadLocale(words.locale);
    render(
      <>
        <CorrectionsToggle on={false} count={4} onChange={noop} />
        <TypeChips
          types={null}
          typeCounts={{
            departure: 0,
            board: 0,
            appointment: 0,
            statement: 0,
            report: 0,
            policy: 3,
            other: 0,
          }}
          presentTypes={["policy"]}
          onTypes={noop}
        />
      </>,
    );
    expect(screen.getByRole("button", { name: words.corrections })).toHaveAttribute(
      "aria-pressed",
      "false",
    );
    expect(screen.getByRole("button", { name: words.policy })).toBeVisible();
  });

  it("name the search, the person and the date menus, and their first choice", async () => {
    await loadLocale(words.locale);
    render(
      <>
        <SearchBox query="" inputRef={createRef()} onQuery={noop} compact={false} />
        <PersonFilter
          person={null}
          people={[{ id: "ada", name: "Ada Lovelace", description: "" }]}
          personCounts={new Map([["ada", 2]])}
          onPerson={noop}
        />
        <CertaintyFilter
          certainty={null}
          counts={{ day: 1, month: 0, range: 0, open: 0, unknown: 0 }}
          onCertainty={noop}
        />
      </>,
    );
    expect(screen.getByRole("search", { name: words.search })).toBeVisible();
    expect(screen.getByRole("searchbox", { name: words.search })).toBeVisible();
    const person = screen.getByRole("combobox", { name: words.person });
    expect(within(person).getByRole("option", { name: words.everyone })).toBeVisible();
    expect(await within(person).findByRole("option", { name: words.ada })).toBeVisible();
    const dates = screen.getByRole("combobox", { name: words.dates });
    expect(within(dates).getByRole("option", { name: words.any })).toBeVisible();
  });

  it("offer a corrected search and the way back when nothing is left", async () => {
    await loadLocale(words.locale);
    render(<NoResults onClear={noop} suggestion="Leike" onSuggestion={noop} />);
    expect(screen.getByRole("button", { name: words.suggestion })).toHaveTextContent(/^Leike$/);
    expect(screen.getByRole("button", { name: words.clear })).toBeVisible();
  });
});
