import { readFileSync } from "node:fs";
import { join } from "node:path";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { App } from "../../src/app/App.tsx";
import type { Dataset } from "../../src/data/datasetSchema.ts";
import { renderWithClient } from "./renderWithClient.tsx";
import { jsonResponse, serveResponses } from "./serveResponses.ts";

const DATA_URL = "http://test.local/data/timeline.json";
const read = (path: string) => readFileSync(join(process.cwd(), path), "utf8");
const dataset = JSON.parse(read("public/data/timeline.json")) as Dataset;

function open(search = "") {
  window.history.replaceState(null, "", `/${search}`);
  serveResponses({ [DATA_URL]: () => jsonResponse(dataset) });
  renderWithClient(<App datasetUrl={DATA_URL} />);
  return screen.findByRole("heading", { level: 1, name: dataset.title });
}

const cards = () => screen.getAllByRole("article");
const cardTitled = (title: string) => screen.getByRole("article", { name: title });
const listedTitles = () =>
  cards().map((a) => within(a).getByRole("heading", { level: 3 }).textContent);
const PACHOCKI = "Jakub Pachocki is named chief scientist";

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("corrections in plain sight", () => {
  it("badges each card with a note by its kind, in words, and no other card", async () => {
    await open("?view=list");
    const badged = cards().flatMap((card) => {
      const meta = card.querySelector(".event-card__meta") as HTMLElement;
      const badge = within(meta).queryByText(/^(Correction|Disputed|Vague|Unverified)$/);
      return badge ? [[within(card).getByRole("heading").textContent, badge.textContent]] : [];
    });
    expect(badged).toEqual([
      ["At least five other safety-focused employees leave", "Vague"],
      [PACHOCKI, "Correction"],
      ['Benzinga says Sutskever is "likely to join" Musk\'s xAI', "Correction"],
      ["Kokotajlo warns that OpenAI must proceed with care", "Unverified"],
    ]);
    expect(within(cardTitled("Jan Leike resigns")).queryByText("Correction")).toBeNull();
  });

  it("shows the correction in the details above the excerpts, and flags the excerpt it concerns", async () => {
    await open("?event=pachocki-named-chief-scientist");
    const details = screen.getByRole("region", { name: PACHOCKI });
    const badges = within(details).getAllByText("Correction");
    const [first] = within(details).getAllByRole("blockquote");
    // The note's badge, then the flag on the second excerpt.
    expect(badges).toHaveLength(2);
    const note = (badges[0] as HTMLElement).closest("p") as HTMLElement;
    expect(note).toHaveTextContent(/credits Altman/);
    expect(
      note.compareDocumentPosition(first as Node) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    const items = within(details)
      .getAllByRole("listitem")
      .filter((li) => li.querySelector("blockquote"));
    expect(within(items[0] as HTMLElement).queryByText("Correction")).toBeNull();
    expect(within(items[1] as HTMLElement).getByText("The article is wrong here")).toBeVisible();
  });

  it.each([
    ["pachocki-named-chief-scientist", "Known to the day: 14 May 2024"],
    ["kokotajlo-resigns", "Known to the month: April 2024"],
    ["safety-employees-leave", "Known only as a range: November 2023 – 18 May 2024"],
    ["kokotajlo-speaks-out", "Known only as a latest date: on or before 18 May 2024"],
    ["musk-recalls-page-rift", "Date unknown"],
  ])("says how well the date of %s is known", async (id, text) => {
    await open(`?event=${id}`);
    const details = screen.getByRole("complementary", { name: "Event details" });
    expect(
      within(details).getByText((_, el) => el?.classList.contains("details__date") ?? false),
    ).toHaveTextContent(text);
    expect(details).not.toHaveTextContent(/precise to/);
  });
});

describe("the corrections and date-certainty filters", () => {
  it("'Corrections (4)' shows exactly the events with a note, and goes into the address", async () => {
    await open("?view=list");
    const toggle = screen.getByRole("button", { name: "Corrections (4)" });
    expect(toggle).toHaveAttribute("aria-pressed", "false");
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute("aria-pressed", "true");
    expect(listedTitles()).toEqual([
      "At least five other safety-focused employees leave",
      PACHOCKI,
      'Benzinga says Sutskever is "likely to join" Musk\'s xAI',
      "Kokotajlo warns that OpenAI must proceed with care",
    ]);
    expect(screen.getByText("4 of 14 events match")).toBeVisible();
    await waitFor(() => expect(window.location.search).toContain("corrections=1"));
  });

  it("counts corrections under the other filters", async () => {
    await open("?view=list&types=report");
    expect(screen.getByRole("button", { name: "Corrections (1)" })).toBeVisible();
  });

  it("says plainly when the filters leave no correction", async () => {
    await open("?view=list&types=policy&corrections=1");
    expect(screen.getByText("No event shown here has a correction or a caveat.")).toBeVisible();
    expect(screen.getByRole("button", { name: "Corrections (0)" })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
  });

  it("filters by how certain the date is, with counts, and keeps it in the address", async () => {
    await open("?view=list");
    const dates = screen.getByRole("combobox", { name: "Dates" });
    expect(
      within(dates)
        .getAllByRole("option")
        .map((o) => o.textContent),
    ).toEqual([
      "Any certainty",
      "Exact day (10)",
      "Month or year (1)",
      "Range (1)",
      "Open-ended (1)",
      "Unknown (1)",
    ]);
    await userEvent.selectOptions(dates, "open");
    expect(listedTitles()).toEqual(["Kokotajlo warns that OpenAI must proceed with care"]);
    await waitFor(() => expect(window.location.search).toContain("dates=open"));
    await userEvent.selectOptions(dates, "any");
    expect(cards()).toHaveLength(14);
  });

  it("restores the facets from the address", async () => {
    await open("?view=list&dates=day&corrections=1");
    expect(screen.getByRole("combobox", { name: "Dates" })).toHaveValue("day");
    expect(listedTitles()).toEqual([
      PACHOCKI,
      'Benzinga says Sutskever is "likely to join" Musk\'s xAI',
    ]);
  });
});

describe("search covers the date basis, the references and the notes", () => {
  it.each<[string, string[]]>([
    ["TechCrunch", [PACHOCKI, "Ilya Sutskever announces he is leaving OpenAI"]],
    // Words only in a reference's title: "OpenAI's long-term safety team disbands" (Axios).
    ["long-term safety team disbands", ['Leike explains why he left, citing a "breaking point"']],
    // Words only in a note.
    ["Safe Superintelligence", ['Benzinga says Sutskever is "likely to join" Musk\'s xAI']],
    // Words only in a date's basis.
    ["Quartz", ["Daniel Kokotajlo resigns and refuses to sign the exit agreement"]],
  ])("%s finds the events it is said of", async (query, titles) => {
    await open("?view=list");
    await userEvent.type(screen.getByRole("searchbox", { name: "Search events" }), query);
    expect(listedTitles()).toEqual(titles);
  });
});
