import { readFileSync } from "node:fs";
import { join } from "node:path";
import { render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import type { Dataset, TimelineEvent } from "../../src/data/datasetSchema.ts";
import { indexDataset } from "../../src/data/indexDataset.ts";
import { DetailsPanel } from "../../src/features/details/DetailsPanel.tsx";
import { EventCard } from "../../src/features/eventList/EventCard.tsx";
import { loadLocale } from "../../src/i18n/loadLocale.ts";
import type { Locale } from "../../src/i18n/locales.ts";
import { isolated } from "../setup/withoutIsolates.ts";

const dataset = JSON.parse(
  readFileSync(join(process.cwd(), "public/data/timeline.json"), "utf8"),
) as Dataset;
const people = new Map(dataset.people.map((p) => [p.id, p]));
const sources = new Map(dataset.sources.map((s) => [s.id, s]));
const found = dataset.events.find((e) => e.id === "pachocki-named-chief-scientist");
if (!found) throw new Error("The bundled dataset lacks its Pachocki event");

/** The event, known only as a range of days from 17 to 21 November 2023. */
const ranged: TimelineEvent = {
  ...found,
  date: {
    ...found.date,
    edtf: "2023-11-17/2023-11-21",
    start: "2023-11-17",
    end: "2023-11-21",
    precision: "range",
  },
};

afterEach(async () => {
  await loadLocale("en");
});

const RANGES: [Locale, string, string][] = [
  ["en", "17 November 2023 – 21 November 2023", "Known only as a range"],
  ["de", "17. November 2023 – 21. November 2023", "Nur als Zeitraum bekannt"],
  ["ja", "2023年11月17日～2023年11月21日", "期間としてのみ判明"],
  // Right to left, `t` isolates each date of the range (U+2068 … U+2069).
  ["ar", `${isolated("17 نوفمبر 2023")} – ${isolated("21 نوفمبر 2023")}`, "معروف كنطاق فقط"],
];

describe("an event's date range in the interface language", () => {
  it.each(RANGES)("in %s, a list card writes it %s", async (locale, range) => {
    await loadLocale(locale);
    render(<EventCard event={ranged} people={people} sources={sources} />);
    const card = screen.getByRole("article", { name: ranged.title });
    expect(within(card).getByText(range)).toBeInTheDocument();
  });

  it.each(RANGES)("in %s, the details write %s after %s", async (locale, range, lead) => {
    await loadLocale(locale);
    const data = indexDataset({ dataset, problems: [], format: "sourceline" });
    const none = () => {};
    render(
      <DetailsPanel
        event={ranged}
        data={data}
        previous={null}
        next={null}
        activePerson={null}
        onClose={none}
        onSelect={none}
        onPerson={none}
        onShowInArticle={none}
      />,
    );
    const details = screen.getByRole("region", { name: ranged.title });
    const line = within(details).getByText(range, { exact: false });
    expect(line).toHaveTextContent(`${lead}: ${range}`);
  });
});
