import { readFileSync } from "node:fs";
import { join } from "node:path";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { App } from "../../src/app/App.tsx";
import type { Dataset } from "../../src/data/datasetSchema.ts";
import { indexDataset } from "../../src/data/indexDataset.ts";
import { ShareMenu } from "../../src/features/export/ShareMenu.tsx";
import { searchWords } from "../../src/search/foldForSearch.ts";
import { DEFAULT_VIEW_STATE } from "../../src/state/viewState.ts";
import { renderWithClient } from "./renderWithClient.tsx";
import { jsonResponse, serveResponses } from "./serveResponses.ts";

const DATA_URL = "http://test.local/data/timeline.json";
const dataset = JSON.parse(
  readFileSync(join(process.cwd(), "public/data/timeline.json"), "utf8"),
) as Dataset;

function open(search = "") {
  window.history.replaceState(null, "", `/${search}`);
  serveResponses({ [DATA_URL]: () => jsonResponse(dataset) });
  renderWithClient(<App datasetUrl={DATA_URL} />);
  return screen.findByRole("heading", { level: 1, name: dataset.title });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("search with context", () => {
  it("marks the search's words in the list's titles, summaries and excerpts, accents and case folded", async () => {
    await open("?view=list&q=LEIKE");
    const card = screen.getByRole("article", { name: "Jan Leike resigns" });
    const marks = within(card).getAllByText((_, el) => el?.tagName === "MARK");
    expect(marks.length).toBeGreaterThan(1);
    for (const mark of marks) expect(mark.textContent?.toLowerCase()).toBe("leike");
    expect(within(card).getByRole("heading", { level: 3 }).querySelector("mark")).not.toBeNull();
  });

  it("offers the dataset's own word for a misspelling, and searching for it shows its events", async () => {
    await open("?view=list&q=Leiki");
    expect(screen.getByText("No events match these filters.")).toBeVisible();
    await userEvent.click(
      screen.getByRole("button", { name: "Did you mean Leike? Search for it" }),
    );
    expect(screen.getByRole("searchbox", { name: "Search events" })).toHaveValue("Leike");
    expect(screen.getByRole("article", { name: "Jan Leike resigns" })).toBeVisible();
    expect(screen.getByRole("searchbox", { name: "Search events" })).toHaveFocus();
  });

  it("searches a pasted 5,000-word query for its first 20 words, and says so", async () => {
    const leike = dataset.events.find((e) => e.id === "leike-resigns");
    const text = `${leike?.title} ${leike?.summary} ${leike?.excerpts[0]?.exact}`;
    const own = [...new Set(searchWords(text.replace(/[^\w\s]/g, " ")))].slice(0, 20);
    expect(own).toHaveLength(20);
    // Then words found nowhere: were they looked for, nothing would match.
    const pasted = [...own, ...Array.from({ length: 4980 }, (_, i) => `zebra${i}`)].join(" ");
    await open("?view=list");
    await userEvent.click(screen.getByRole("searchbox", { name: "Search events" }));
    await userEvent.paste(pasted);
    expect(await screen.findByText(/the search looks for its first 20 words only/)).toBeVisible();
    expect(screen.getByRole("article", { name: "Jan Leike resigns" })).toBeVisible();
  });

  it("offers no correction for a word near nothing in the story", async () => {
    await open("?view=list&q=zebra");
    expect(screen.getByText("No events match these filters.")).toBeVisible();
    expect(screen.queryByRole("button", { name: /Did you mean/ })).toBeNull();
  });
});

describe("a link to an event the timeline lacks", () => {
  it("says so, naming the id, and can be dismissed while the timeline stays usable", async () => {
    await open("?event=foo");
    const notice = screen.getByText(/^No event “foo” in this timeline\./).closest("[role=status]");
    if (!(notice instanceof HTMLElement)) throw new Error("the notice is not a status");
    expect(screen.getByRole("button", { name: /^Jan Leike resigns, / })).toBeVisible();
    await userEvent.click(within(notice).getByRole("button", { name: "Dismiss" }));
    expect(screen.queryByText(/No event “foo”/)).toBeNull();
    await expect.poll(() => window.location.search).toBe("");
    await userEvent.click(screen.getByRole("button", { name: /^Jan Leike resigns, / }));
    expect(screen.getByRole("region", { name: "Jan Leike resigns" })).toBeVisible();
  });
});

describe("Share", () => {
  it("previews what the link opens and copies the link of the current view, with its dataset", async () => {
    const user = userEvent.setup();
    await open("?data=http%3A%2F%2Ftest.local%2Fdata%2Ftimeline.json&event=leike-resigns&q=leike");
    const summary = screen.getByText("Share", { selector: "summary" });
    await user.click(summary);
    const panel = within(summary.parentElement as HTMLElement);
    expect(panel.getByText(/^The details of “Jan Leike resigns”\.$/)).toBeVisible();
    expect(panel.getByText("Filters: search “leike”.")).toBeVisible();
    const link = panel.getByRole("textbox", { name: "Link to this view" }) as HTMLInputElement;
    expect(link.value).toBe(
      "http://localhost:3000/?data=http%3A%2F%2Ftest.local%2Fdata%2Ftimeline.json&event=leike-resigns&q=leike",
    );
    await user.click(screen.getByRole("button", { name: "Copy link" }));
    expect(screen.getByText("Copied.")).toBeVisible();
    expect(await navigator.clipboard.readText()).toBe(link.value);
  });

  it("for a timeline opened from a file, explains that it must be published and linked with ?data=, and offers the file", async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, "", "/");
    const data = indexDataset({ dataset, problems: [], format: "sourceline" });
    render(
      <ShareMenu
        data={data}
        readState={() => ({ ...DEFAULT_VIEW_STATE, event: "leike-resigns" })}
        local
      />,
    );
    await user.click(screen.getByText("Share", { selector: "summary" }));
    expect(
      screen.getByText(/opened from a file on this device, so a link cannot open it/),
    ).toBeVisible();
    // The example keeps this view (its event), with the published file in ?data=.
    expect(
      screen.getByText(
        "http://localhost:3000/?data=https%3A%2F%2Fexample.org%2Ftimeline.json&event=leike-resigns",
      ),
    ).toBeVisible();
    expect(screen.queryByRole("button", { name: "Copy link" })).toBeNull();
    expect(
      screen.getByRole("button", { name: "Download the timeline file (.json)" }),
    ).toBeVisible();
  });
});
