import { readFileSync } from "node:fs";
import { join } from "node:path";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { App } from "../../src/app/App.tsx";
import type { Dataset } from "../../src/data/datasetSchema.ts";
import { renderWithClient } from "./renderWithClient.tsx";
import { jsonResponse, serveResponses } from "./serveResponses.ts";

const DATA_URL = "http://test.local/data/timeline.json";
const dataset = JSON.parse(
  readFileSync(join(process.cwd(), "public/data/timeline.json"), "utf8"),
) as Dataset;

async function open(search: string) {
  window.history.replaceState(null, "", `/${search}`);
  serveResponses({ [DATA_URL]: () => jsonResponse(dataset) });
  renderWithClient(<App datasetUrl={DATA_URL} />);
  await screen.findByRole("heading", { level: 1, name: dataset.title });
}

afterEach(() => {
  vi.unstubAllGlobals();
  window.history.replaceState(null, "", "/");
});

describe("a link whose values were not understood", () => {
  it("a time window that holds none of the timeline shows the whole of it, with a notice", async () => {
    await open("?view=timeline&from=1990-01-01&to=1991-01-01");
    const notice = screen.getByRole("status", { name: "Parts of this link were not understood" });
    expect(notice).toHaveTextContent(
      "The link's time window (1 January 1990 – 1 January 1991) holds none of this timeline's dates, so the whole timeline is shown.",
    );
    await userEvent.click(within(notice).getByRole("button", { name: "Dismiss" }));
    expect(screen.queryByRole("status", { name: /not understood/ })).toBeNull();
  });

  it("a time window inside the timeline needs no notice", async () => {
    await open("?view=timeline&from=2024-05-01&to=2024-05-31");
    expect(screen.queryByRole("status", { name: /not understood/ })).toBeNull();
  });

  it("?types=evil,__proto__ shows every event, with a notice that the type filter was not understood", async () => {
    await open("?view=list&types=evil,__proto__");
    expect(screen.getAllByRole("article")).toHaveLength(dataset.events.length);
    const notice = screen.getByRole("status", { name: "Parts of this link were not understood" });
    expect(notice).toHaveTextContent(
      "The link's filter by type (“evil, __proto__”) was not understood, so events of every type are shown.",
    );
    await userEvent.click(within(notice).getByRole("button", { name: "Dismiss" }));
    expect(screen.queryByRole("status", { name: /not understood/ })).toBeNull();
    expect(screen.getAllByRole("article")).toHaveLength(dataset.events.length);
  });

  it("says nothing for a link it understands", async () => {
    await open("?view=list&types=departure");
    expect(screen.queryByRole("status", { name: /not understood/ })).toBeNull();
    expect(screen.getAllByRole("article").length).toBeLessThan(dataset.events.length);
  });
});
