import { readFileSync } from "node:fs";
import { join } from "node:path";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { App } from "../../src/app/App.tsx";
import type { Dataset } from "../../src/data/datasetSchema.ts";
import { renderWithClient } from "./renderWithClient.tsx";
import { jsonResponse, serveResponses } from "./serveResponses.ts";

const DATA_URL = "http://test.local/data/timeline.json";
const ARTICLE_URL = "http://test.local/data/articles/000_bf3454ffed0dd5e7.txt";
const read = (path: string) => readFileSync(join(process.cwd(), path), "utf8");
const dataset = JSON.parse(read("public/data/timeline.json")) as Dataset;
const article = read("public/data/articles/000_bf3454ffed0dd5e7.txt");

function open(search = "") {
  window.history.replaceState(null, "", `/${search}`);
  serveResponses({
    [DATA_URL]: () => jsonResponse(dataset),
    [ARTICLE_URL]: () => new Response(article),
  });
  renderWithClient(<App datasetUrl={DATA_URL} />);
  return screen.findByRole("heading", { level: 1, name: dataset.title });
}

const markNamed = (title: string) =>
  screen.getByRole("button", { name: new RegExp(`^${title}, `) });
const listedTitles = () =>
  screen
    .getAllByRole("article")
    .map((a) => within(a).getByRole("heading", { level: 3 }).textContent);

beforeEach(() => {
  vi.useRealTimers();
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe("the timeline app", () => {
  it("draws every dated event as a mark named by its title, date and its precision, type, excerpts and note, and the undated in a tray", async () => {
    await open();
    expect(markNamed("Jan Leike resigns")).toHaveAccessibleName(
      "Jan Leike resigns, 15 May 2024, Departure, 1 excerpt",
    );
    expect(markNamed("At least five other safety-focused employees leave")).toHaveAccessibleName(
      "At least five other safety-focused employees leave, known only as a range: November 2023 – 18 May 2024, Departure, 1 excerpt, marked vague",
    );
    const tray = screen.getByRole("complementary", { name: /Undated/ });
    expect(
      within(tray).getByRole("button", { name: /Musk recalls breaking with Larry Page/ }),
    ).toBeVisible();
  });

  it("opens an event's details, named by its title, with its excerpts, when its mark is selected", async () => {
    await open();
    await userEvent.click(markNamed("Jakub Pachocki is named chief scientist"));
    const details = screen.getByRole("region", { name: "Jakub Pachocki is named chief scientist" });
    expect(within(details).getByText("14 May 2024")).toBeVisible();
    expect(
      within(details)
        .getAllByRole("blockquote")
        .map((q) => q.textContent),
    ).toEqual([
      "OpenAI appointed Jakub Pachocki as its new chief scientist",
      "was described by Altman as \u201Ceasily one of the greatest minds of our generation.\u201D",
    ]);
    expect(within(details).getByText(/credits Altman/)).toBeVisible();
    expect(window.location.search).toBe("?event=pachocki-named-chief-scientist");

    await userEvent.click(within(details).getByRole("button", { name: /^Next/ }));
    expect(
      screen.getByRole("region", { name: "Ilya Sutskever announces he is leaving OpenAI" }),
    ).toBeVisible();
    await userEvent.click(screen.getByRole("button", { name: "Close details" }));
    expect(
      screen.queryByRole("region", { name: "Ilya Sutskever announces he is leaving OpenAI" }),
    ).toBeNull();
  });

  it("filters by type: the toggle, the lanes, the list and the counts change together", async () => {
    await open("?view=list");
    const departures = screen.getByRole("button", { name: /^Departure 4$/ });
    expect(departures).toHaveAttribute("aria-pressed", "true");
    await userEvent.click(departures);
    expect(departures).toHaveAttribute("aria-pressed", "false");
    expect(screen.getByText("10 of 14 events match")).toBeVisible();
    expect(listedTitles()).not.toContain("Jan Leike resigns");
    await userEvent.click(screen.getByRole("button", { name: "List" }));
    await userEvent.click(screen.getByRole("button", { name: "Timeline" }));
    expect(screen.queryByRole("button", { name: /^Jan Leike resigns, / })).toBeNull();
    expect(
      screen.getByRole("button", { name: /^Jakub Pachocki is named chief scientist, / }),
    ).toBeVisible();
  });

  it("filters by person, from the menu or from a person in the details", async () => {
    await open("?view=list");
    // The people fill the list just after the first draw.
    await screen.findByRole("option", { name: "Jan Leike (3)" });
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Person" }), "jan-leike");
    expect(listedTitles()).toEqual([
      "Jan Leike resigns",
      'Leike explains why he left, citing a "breaking point"',
      'Benzinga reports a "mass exodus" from OpenAI\'s safety team',
    ]);
    // The counts follow the filters once they settle.
    expect(await screen.findByRole("option", { name: "Jan Leike (3)" })).toBeInTheDocument();

    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Person" }), "");
    await userEvent.click(
      screen.getByRole("button", { name: "Kokotajlo warns that OpenAI must proceed with care" }),
    );
    const details = screen.getByRole("region", {
      name: "Kokotajlo warns that OpenAI must proceed with care",
    });
    await userEvent.click(within(details).getByRole("button", { name: /^Daniel Kokotajlo/ }));
    expect(listedTitles()).toEqual([
      "Daniel Kokotajlo resigns and refuses to sign the exit agreement",
      'Leike explains why he left, citing a "breaking point"',
      "Kokotajlo warns that OpenAI must proceed with care",
    ]);
    // Filter changes reach the address after a short debounce (browsers cap history writes).
    await waitFor(() => expect(window.location.search).toContain("person=daniel-kokotajlo"));
  });

  it("searches titles, summaries, excerpts and names, whatever the case and accents", async () => {
    await open("?view=list");
    const search = screen.getByRole("searchbox", { name: "Search events" });
    await userEvent.type(search, "DOMINÓES");
    expect(listedTitles()).toEqual(["Vox reports the safety team's loss of trust in Altman"]);
    await userEvent.clear(search);
    await userEvent.type(search, "larry");
    expect(listedTitles()).toEqual(["Musk recalls breaking with Larry Page over Sutskever"]);
  });

  it("says when nothing matches and offers to clear the filters", async () => {
    await open("?view=list");
    await userEvent.type(screen.getByRole("searchbox", { name: "Search events" }), "zebra");
    expect(screen.getByText("No events match these filters.")).toBeVisible();
    expect(screen.getByText("0 of 14 events match")).toBeVisible();
    await userEvent.click(
      screen.getAllByRole("button", { name: "Clear filters" })[0] as HTMLElement,
    );
    expect(screen.getAllByRole("article")).toHaveLength(14);
    expect(screen.getByRole("searchbox", { name: "Search events" })).toHaveValue("");
  });

  it("restores a view from its address: selection, filters, search and view", async () => {
    await open("?view=list&event=leike-resigns&q=leike&types=departure,statement");
    expect(screen.getByRole("region", { name: "Jan Leike resigns" })).toBeVisible();
    expect(screen.getByRole("searchbox", { name: "Search events" })).toHaveValue("leike");
    expect(screen.getByRole("button", { name: /^Report / })).toHaveAttribute(
      "aria-pressed",
      "false",
    );
    expect(screen.getByRole("button", { name: "List" })).toHaveAttribute("aria-pressed", "true");
    // "leike" also matches the summary of the unnamed departures ("Besides Sutskever and Leike").
    expect(listedTitles()).toEqual([
      "At least five other safety-focused employees leave",
      "Ilya Sutskever announces he is leaving OpenAI",
      "Jan Leike resigns",
      'Leike explains why he left, citing a "breaking point"',
    ]);
  });

  it("shows an excerpt in its article, highlighted, and selects another event from its highlight", async () => {
    await open("?event=pachocki-named-chief-scientist");
    await userEvent.click(screen.getByRole("button", { name: "Show in article: excerpt 2" }));
    const reader = await screen.findByRole("region", {
      name: dataset.sources.find((s) => s.kind === "article")?.title,
    });
    const chosen = await within(reader).findByRole("link", { current: true });
    expect(chosen).toHaveTextContent(
      "was described by Altman as \u201Ceasily one of the greatest minds of our generation.\u201D",
    );
    expect(window.location.search).toBe("?event=pachocki-named-chief-scientist&reader=1");
    expect(within(reader).getAllByRole("mark").length).toBeGreaterThanOrEqual(15);

    await userEvent.click(
      within(reader).getByRole("link", { name: /^In May|^The departures of Sutskever and Leike/ }),
    );
    await waitFor(() => expect(window.location.search).toBe("?event=leike-resigns&reader=0"));
    await userEvent.click(within(reader).getByRole("button", { name: /Back to the event/ }));
    expect(screen.getByRole("region", { name: "Jan Leike resigns" })).toBeVisible();
  });
});
