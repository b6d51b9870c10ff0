import { readFileSync } from "node:fs";
import { join } from "node:path";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { App } from "../../src/app/App.tsx";
import type { Dataset, TimelineEvent } from "../../src/data/datasetSchema.ts";
import { renderWithClient } from "./renderWithClient.tsx";
import { jsonResponse, serveResponses } from "./serveResponses.ts";

const DATA_URL = "http://test.local/data/timeline.json";
const dataset = JSON.parse(
  readFileSync(join(process.cwd(), "public/data/timeline.json"), "utf8"),
) as Dataset;

/** The real dataset plus eight departures on eight days in a row: too many for the lane's rows. */
function crowded(): Dataset {
  const model = dataset.events.find((e) => e.id === "leike-resigns") as TimelineEvent;
  const extra = Array.from({ length: 8 }, (_, i): TimelineEvent => {
    const day = `2024-03-0${i + 1}`;
    return {
      ...model,
      id: `crowd-${i}`,
      title: `Crowd ${i}`,
      date: { ...model.date, edtf: day, start: day, end: day },
    };
  });
  return { ...dataset, events: [...dataset.events, ...extra] };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("TimelineView", () => {
  it("merges crowded marks into a cluster with its count; a click lists them and zooms to them", async () => {
    window.history.replaceState(null, "", "/?view=timeline");
    serveResponses({ [DATA_URL]: () => jsonResponse(crowded()) });
    renderWithClient(<App datasetUrl={DATA_URL} />);
    await screen.findByText("Departure · 12");
    const cluster = await screen.findByRole("button", {
      name: /^\d+ events, \d March 2024 to \d March 2024\. Zoom in to see them$/,
    });
    const caption = screen.getByText(/^Showing /).textContent;
    await userEvent.click(cluster);
    // A click lists the events it merges, to open one or zoom in to them all.
    const list = await screen.findByRole("dialog", { name: /^\d+ events here$/ });
    const n = Number(cluster.getAttribute("aria-label")?.split(" ")[0]);
    expect(within(list).getAllByRole("button", { name: /^Crowd \d+ / })).toHaveLength(n);
    await userEvent.click(within(list).getByRole("button", { name: "Zoom in to them" }));
    // The zoom animates for a quarter of a second; allow for a busy machine.
    await waitFor(() => expect(screen.getByText(/^Showing /).textContent).not.toBe(caption), {
      timeout: 5000,
    });
    // A count, not the element: while it waits, a message about the element would read its React
    // props, and React warns on the console when `key` is read.
    await waitFor(
      () => expect(screen.queryAllByRole("button", { name: /^\d+ events,/ }).length).toBe(0),
      {
        timeout: 5000,
      },
    );
    for (let i = 0; i < 8; i++) {
      expect(
        screen.getByRole("button", {
          name: new RegExp(`^Crowd ${i}, ${i + 1} March 2024, Departure, `),
        }),
      ).toBeVisible();
    }
  });

  it("shows the lanes of the types present with their counts", async () => {
    window.history.replaceState(null, "", "/?view=timeline&types=board,report");
    serveResponses({ [DATA_URL]: () => jsonResponse(dataset) });
    renderWithClient(<App datasetUrl={DATA_URL} />);
    await screen.findByText("Board · 2");
    expect(screen.getByText("Report · 3")).toBeInTheDocument();
    expect(screen.queryByText(/^Departure · /)).toBeNull();
  });

  it("draws the dataset's eras and shows one when its name is activated", async () => {
    window.history.replaceState(null, "", "/?view=timeline");
    serveResponses({ [DATA_URL]: () => jsonResponse(dataset) });
    renderWithClient(<App datasetUrl={DATA_URL} />);
    const eras = await screen.findByRole("list", { name: "Eras" });
    expect(eras).toHaveTextContent(
      "Altman removed, then reinstated (17 November 2023 – 21 November 2023)",
    );
    await userEvent.click(
      screen.getByRole("button", {
        name: "Show the era Altman removed, then reinstated, 17 November 2023 – 21 November 2023",
      }),
    );
    // The era's five days with a quarter of their length on each side.
    await waitFor(
      () =>
        expect(screen.getByText(/^Showing /)).toHaveTextContent(
          "Showing 15 November 2023 – 23 November 2023",
        ),
      { timeout: 5000 },
    );
  });

  it("draws no era list when the dataset has no eras", async () => {
    window.history.replaceState(null, "", "/?view=timeline");
    const { eras: _, ...without } = dataset;
    serveResponses({ [DATA_URL]: () => jsonResponse(without) });
    renderWithClient(<App datasetUrl={DATA_URL} />);
    await screen.findByText("Board · 2");
    expect(screen.queryByRole("list", { name: "Eras" })).toBeNull();
  });
});
