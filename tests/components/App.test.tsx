import { readFileSync } from "node:fs";
import { join } from "node:path";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { App } from "../../src/app/App.tsx";
import type { Dataset } from "../../src/data/datasetSchema.ts";
import { renderWithClient } from "./renderWithClient.tsx";
import { jsonResponse, serveResponses } from "./serveResponses.ts";

const URL_ = "http://test.local/data/timeline.json";
const dataset = JSON.parse(
  readFileSync(join(process.cwd(), "public/data/timeline.json"), "utf8"),
) as Dataset;

beforeEach(() => {
  window.history.replaceState(null, "", "/?view=list");
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe("App", () => {
  it("shows a loading state, then every event in time order", async () => {
    serveResponses({ [URL_]: () => jsonResponse(dataset) });
    renderWithClient(<App datasetUrl={URL_} />);
    expect(screen.getByRole("status")).toHaveTextContent("Loading the timeline…");

    expect(await screen.findByRole("heading", { level: 1, name: dataset.title })).toBeVisible();
    const titles = screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent);
    expect(titles).toEqual(dataset.events.map((e) => e.title));
    expect(screen.getByRole("heading", { level: 2, name: /^Events/ })).toHaveTextContent(
      `Events (${dataset.events.length})`,
    );
  });

  it("shows each event's date as people write it, its type, people, note and excerpts", async () => {
    serveResponses({ [URL_]: () => jsonResponse(dataset) });
    renderWithClient(<App datasetUrl={URL_} />);
    const pachocki = await screen.findByRole("article", {
      name: "Jakub Pachocki is named chief scientist",
    });
    const card = within(pachocki);
    expect(card.getByText("14 May 2024")).toHaveAttribute("datetime", "2024-05-14");
    expect(card.getByText("Appointment")).toBeVisible();
    expect(card.getByText(/Jakub Pachocki, Ilya Sutskever, Sam Altman/)).toBeVisible();
    expect(card.getByText(/credits Altman/)).toBeVisible();
    const quotes = card.getAllByRole("blockquote");
    expect(quotes.map((q) => q.textContent)).toEqual([
      "OpenAI appointed Jakub Pachocki as its new chief scientist",
      "was described by Altman as \u201Ceasily one of the greatest minds of our generation.\u201D",
    ]);
    expect(card.getAllByRole("figure")[0]).toHaveTextContent(
      /scientistBenzinga, Amid 'Mass Exodus'.*, 18 May 2024$/,
    );
    expect(card.getByRole("link", { name: /TechCrunch, .*14 May 2024/ })).toHaveAttribute(
      "href",
      "https://techcrunch.com/2024/05/14/ilya-sutskever-openai-co-founder-and-longtime-chief-scientist-departs/",
    );

    for (const [title, date] of [
      ["At least five other safety-focused employees leave", "November 2023 – 18 May 2024"],
      ["Daniel Kokotajlo resigns and refuses to sign the exit agreement", "April 2024"],
      ["Kokotajlo warns that OpenAI must proceed with care", "on or before 18 May 2024"],
      ["Musk recalls breaking with Larry Page over Sutskever", "date unknown"],
    ] as const) {
      expect(within(screen.getByRole("article", { name: title })).getByText(date)).toBeVisible();
    }
  });

  it("says what failed and recovers on Retry", async () => {
    let up = false;
    serveResponses({
      [URL_]: () =>
        up
          ? jsonResponse(dataset)
          : new Response("gone", { status: 503, statusText: "Service Unavailable" }),
    });
    renderWithClient(<App datasetUrl={URL_} />);
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("The timeline could not be loaded");
    expect(alert).toHaveTextContent(
      "The server this timeline is on ran into a problem of its own.",
    );
    expect(alert).toHaveTextContent("Server's answer: 503 Service Unavailable");
    up = true;
    await userEvent.click(within(alert).getByRole("button", { name: "Retry" }));
    await waitFor(() => expect(screen.queryByRole("alert")).toBeNull());
    expect(screen.getAllByRole("article")).toHaveLength(dataset.events.length);
  });

  it.each([
    [
      "a network failure",
      () => Promise.reject(new TypeError("Failed to fetch")),
      `Could not reach ${URL_} (Failed to fetch).`,
    ],
    ["a body that is not JSON", () => new Response("<html>"), `${URL_} is not valid JSON.`],
    [
      "a dataset of another version",
      () => jsonResponse({ ...dataset, version: 2 }),
      `${URL_} is a Sourceline dataset of version 2; this version of Sourceline reads version 1.`,
    ],
    [
      "JSON that is neither format, saying what it found",
      () => jsonResponse([1, 2]),
      `${URL_} is neither a Sourceline dataset nor a TimelineJS file.Expected a Sourceline dataset (an object with "version": 1, "title" and "events") or a TimelineJS3 file (an object with an "events" list); found a list of 2 items.`,
    ],
  ])("explains %s", async (_, respond, message) => {
    serveResponses({ [URL_]: respond });
    renderWithClient(<App datasetUrl={URL_} />);
    expect(await screen.findByRole("alert")).toHaveTextContent(message);
  });

  it("loads the good events of a partly broken dataset and lists the bad ones as problems", async () => {
    const broken = structuredClone(dataset);
    (broken.events[2] as { date: { start: unknown } }).date.start = "18/05/2024";
    serveResponses({ [URL_]: () => jsonResponse(broken) });
    renderWithClient(<App datasetUrl={URL_} />);
    expect(await screen.findAllByRole("article")).toHaveLength(dataset.events.length - 1);
    expect(screen.queryByRole("article", { name: dataset.events[2]?.title })).toBeNull();
    await userEvent.click(screen.getByText("1 problem in this file (1 item left out)"));
    const problems = screen.getByRole("list", { name: "Problems" });
    expect(problems).toHaveTextContent(
      "events[2].date.start: must be a calendar day YYYY-MM-DD; event left out",
    );
  });

  it("lists where a dataset's frame breaks the format, when nothing can be kept", async () => {
    const { title: _, ...untitled } = dataset;
    serveResponses({ [URL_]: () => jsonResponse(untitled) });
    renderWithClient(<App datasetUrl={URL_} />);
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent(`${URL_} is not a valid Sourceline dataset.`);
    await userEvent.click(within(alert).getByText("Technical details"));
    expect(within(alert).getByText(/^title: /)).toBeVisible();
  });

  it("says so when the timeline has no events", async () => {
    serveResponses({ [URL_]: () => jsonResponse({ ...dataset, events: [] }) });
    renderWithClient(<App datasetUrl={URL_} />);
    expect(await screen.findByText("This timeline has no events yet.")).toBeVisible();
  });
});

describe("App, opening a file", () => {
  it("starts the new timeline afresh: the last one's search, selection and filters are cleared, the view kept", async () => {
    window.history.replaceState(null, "", "/?view=list&q=Altman&event=x&group=Politics");
    serveResponses({ [URL_]: () => jsonResponse(dataset) });
    const { container } = renderWithClient(<App datasetUrl={URL_} />);
    await screen.findByRole("heading", { level: 1, name: dataset.title });
    const sheet = new File(
      ["Year,Headline,Text,Type\n,A sheet,Its text,title\n2020,First,One,\n2021,Second,Two,\n"],
      "t.csv",
      { type: "text/csv" },
    );
    await userEvent.upload(
      container.querySelector('input[type="file"]') as HTMLInputElement,
      sheet,
    );
    await screen.findByRole("heading", { level: 1, name: "A sheet" });
    expect(window.location.search).toBe("?view=list");
    expect(screen.getAllByRole("article")).toHaveLength(2);
  });
});
