import { readFileSync } from "node:fs";
import { join } from "node:path";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { App } from "../../src/app/App.tsx";
import type { Dataset } from "../../src/data/datasetSchema.ts";
import { renderWithClient } from "./renderWithClient.tsx";
import { jsonResponse, serveResponses } from "./serveResponses.ts";

const URL_ = "http://test.local/data/timeline.json";
const dataset = JSON.parse(
  readFileSync(join(process.cwd(), "public/data/timeline.json"), "utf8"),
) as Dataset;
const PACHOCKI = "Jakub Pachocki is named chief scientist";

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("a dataset with empty optional texts opens whole, with warnings", () => {
  it("keeps every person, shows no blank summary line, and counts warnings apart", async () => {
    window.history.replaceState(null, "", "/?view=list");
    const gaps = structuredClone(dataset);
    for (const person of gaps.people) person.description = "";
    const pachocki = gaps.events.findIndex((e) => e.title === PACHOCKI);
    (gaps.events[pachocki] as { summary: string }).summary = "";
    (gaps.events[0] as { title: string }).title = "\u200B";
    serveResponses({ [URL_]: () => jsonResponse(gaps) });
    renderWithClient(<App datasetUrl={URL_} />);

    const card = within(await screen.findByRole("article", { name: PACHOCKI }));
    // Its people are all there, though none of them has a description.
    expect(card.getByText(/Jakub Pachocki, Ilya Sutskever, Sam Altman/)).toBeVisible();
    // No summary line: the card goes from its people to its excerpts.
    const summary = dataset.events[pachocki]?.summary as string;
    expect(card.queryByText(summary)).toBeNull();
    expect(
      (await screen.findByRole("article", { name: PACHOCKI })).querySelector(
        ".event-card__summary",
      ),
    ).toBeNull();

    const warnings = gaps.people.length + 1;
    await userEvent.click(
      screen.getByText(`1 problem and ${warnings} warnings in this file (1 item left out)`),
    );
    const items = within(screen.getByRole("list", { name: "Problems" })).getAllByRole("listitem");
    expect(items).toHaveLength(warnings + 1);
    expect(items.filter((li) => li.textContent?.startsWith("Warning: "))).toHaveLength(warnings);
    expect(items.map((li) => li.textContent)).toContain(
      `Warning: “${PACHOCKI}” (${gaps.events[pachocki]?.id}) · events[${pachocki}].summary: summary is empty or missing; shown without a summary`,
    );
  });

  it("says only warnings when nothing was left out", async () => {
    window.history.replaceState(null, "", "/?view=list");
    const gaps = structuredClone(dataset);
    (gaps.people[0] as { description: string }).description = "";
    serveResponses({ [URL_]: () => jsonResponse(gaps) });
    renderWithClient(<App datasetUrl={URL_} />);
    await userEvent.click(await screen.findByText("1 warning in this file"));
    expect(screen.getByRole("list", { name: "Problems" })).toHaveTextContent(
      `Warning: “${dataset.people[0]?.name}” (${dataset.people[0]?.id}) · people[0].description: description is empty or missing; shown without a description`,
    );
    expect(screen.getAllByRole("article")).toHaveLength(dataset.events.length);
  });
});

describe("a source without a publisher", () => {
  it("keeps its excerpts, named by the host of its address", async () => {
    window.history.replaceState(null, "", "/?view=list");
    const gaps = structuredClone(dataset);
    for (const source of gaps.sources) source.publisher = "";
    serveResponses({ [URL_]: () => jsonResponse(gaps) });
    renderWithClient(<App datasetUrl={URL_} />);
    const card = within(await screen.findByRole("article", { name: PACHOCKI }));
    expect(card.getAllByRole("blockquote")).toHaveLength(2);
    // A source with no address: no publisher, and no blank or doubled name in its place.
    expect(card.getAllByRole("figure")[0]).toHaveTextContent(
      /^OpenAI appointed Jakub Pachocki as its new chief scientistAmid 'Mass Exodus'.*Report, 18 May 2024$/,
    );
    // One with an address: its host.
    expect(card.getByRole("link", { name: /^techcrunch\.com, .*14 May 2024/ })).toBeVisible();
    await userEvent.click(await screen.findByText(`${gaps.sources.length} warnings in this file`));
  });
});

describe("the era list", () => {
  it("lists eras in time order, each at its precision", async () => {
    window.history.replaceState(null, "", "/?view=timeline");
    const eras = [
      { id: "war", title: "War", start: "1939-09-01", end: "1944-12-31", edtf: "1939-09/1945" },
      { id: "boom", title: "Boom", start: "1800-01-01", end: "1899-12-31", edtf: "1800/1900" },
      { id: "ousting", title: "Ousting", start: "2023-11-17", end: "2023-11-21" },
      { id: "interwar", title: "Interwar", start: "1918-11-11", end: "1939-08-31" },
    ];
    serveResponses({ [URL_]: () => jsonResponse({ ...dataset, eras }) });
    renderWithClient(<App datasetUrl={URL_} />);
    const list = await screen.findByRole("list", { name: "Eras" });
    expect(
      within(list)
        .getAllByRole("button")
        .map((b) => b.getAttribute("aria-label")),
    ).toEqual([
      "Show the era Boom, 1800 – 1900",
      "Show the era Interwar, 11 November 1918 – 31 August 1939",
      "Show the era War, September 1939 – 1945",
      "Show the era Ousting, 17 November 2023 – 21 November 2023",
    ]);
    // Drawn in the same order, each band's tooltip naming its period at its precision.
    const bands = document.querySelectorAll(".timeline-chart .era > title");
    expect([...bands].map((title) => title.textContent)).toEqual([
      "Boom (1800 – 1900)",
      "Interwar (11 November 1918 – 31 August 1939)",
      "War (September 1939 – 1945)",
      "Ousting (17 November 2023 – 21 November 2023)",
    ]);
    expect(
      within(list)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual([
      "Boom (1800 – 1900)",
      "Interwar (11 November 1918 – 31 August 1939)",
      "War (September 1939 – 1945)",
      "Ousting (17 November 2023 – 21 November 2023)",
    ]);
  });
});
