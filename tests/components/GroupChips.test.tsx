import { readFileSync } from "node:fs";
import { join } from "node:path";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { App } from "../../src/app/App.tsx";
import { renderWithClient } from "./renderWithClient.tsx";
import { jsonResponse, serveResponses } from "./serveResponses.ts";

const read = (path: string) => readFileSync(join(process.cwd(), path), "utf8");
/** A TimelineJS file with two groups and two events of none. */
const GROUPED_URL = "http://test.local/data/groups.json";
const grouped = JSON.parse(read("tests/fixtures/timelinejs/groups.json")) as unknown;
const BUNDLED_URL = "http://test.local/data/timeline.json";
const bundled = JSON.parse(read("public/data/timeline.json")) as { title: string };

async function open(url: string, search = "", title = "Space age") {
  window.history.replaceState(null, "", `/${search}`);
  serveResponses({
    [GROUPED_URL]: () => jsonResponse(grouped),
    [BUNDLED_URL]: () => jsonResponse(bundled),
  });
  renderWithClient(<App datasetUrl={url} />);
  await screen.findByRole("heading", { level: 1, name: title });
}

/** A badge (the type's or the group's) read as a screen reader reads it, hidden words and all. */
const badge =
  (text: string | RegExp) =>
  (_: string, element: Element | null): boolean =>
    element?.classList.contains("type-badge") === true &&
    (typeof text === "string"
      ? element.textContent?.trim() === text
      : text.test(element.textContent ?? ""));

const groupToggles = () => within(screen.getByRole("group", { name: "Groups" }));
const listed = () =>
  screen
    .getAllByRole("article")
    .map((a) => within(a).getByRole("heading", { level: 3 }).textContent);

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("the group toggles", () => {
  it("toggle each group of the timeline, with its count, and the list follows", async () => {
    await open(GROUPED_URL, "?view=list");
    const toggles = groupToggles().getAllByRole("button");
    expect(toggles.map((t) => t.textContent)).toEqual([
      "Satellites 2",
      "Crewed flight 2",
      "No group 2",
    ]);
    for (const toggle of toggles) expect(toggle).toHaveAttribute("aria-pressed", "true");
    expect(listed()).toHaveLength(6);

    await userEvent.click(groupToggles().getByRole("button", { name: "Crewed flight 2" }));
    expect(groupToggles().getByRole("button", { name: "Crewed flight 2" })).toHaveAttribute(
      "aria-pressed",
      "false",
    );
    expect(listed()).toEqual(["Sputnik 1", "Explorer 1", "Apollo–Soyuz", "Hubble"]);
    expect(screen.getByText("4 of 6 events match")).toBeInTheDocument();
    await vi.waitFor(() =>
      expect(window.location.search).toBe("?view=list&group=Satellites&ungrouped=1"),
    );

    await userEvent.click(groupToggles().getByRole("button", { name: "Crewed flight 2" }));
    expect(listed()).toHaveLength(6);
    await vi.waitFor(() => expect(window.location.search).toBe("?view=list"));
  });

  it("count what each group would show under the search", async () => {
    await open(GROUPED_URL, "?view=list&q=orbit");
    expect(
      groupToggles()
        .getAllByRole("button")
        .map((t) => t.textContent),
    ).toEqual(["Satellites 0", "Crewed flight 1", "No group 1"]);
  });

  it("open from a link with its groups, and a group the timeline lacks is set aside, with a notice", async () => {
    await open(GROUPED_URL, "?view=list&group=Satellites&group=Sport");
    expect(listed()).toEqual(["Sputnik 1", "Explorer 1"]);
    expect(
      screen.getByText(
        "The link's filter by group names “Sport”, which this timeline does not have; left out.",
      ),
    ).toBeInTheDocument();
    await vi.waitFor(() => expect(window.location.search).toBe("?view=list&group=Satellites"));
  });

  it("are not there at all for a timeline without groups (the bundled one)", async () => {
    await open(BUNDLED_URL, "", bundled.title);
    expect(screen.queryByRole("group", { name: "Groups" })).toBeNull();
    expect(screen.getByRole("group", { name: "Event types" })).toBeInTheDocument();
  });
});

describe("an event's group in the list and the details", () => {
  it("is named in place of the Other its import gave it, and found by the search", async () => {
    await open(GROUPED_URL, "?view=list&q=satellites");
    const cards = screen.getAllByRole("article");
    expect(cards.map((c) => within(c).getByRole("heading", { level: 3 }).textContent)).toEqual([
      "Sputnik 1",
      "Explorer 1",
    ]);
    const first = cards[0] as HTMLElement;
    expect(within(first).getByText(badge("Group: Satellites"))).toBeInTheDocument();
    expect(within(first).queryByText(badge("Other"))).toBeNull();
    // The match is marked in the group's name.
    expect(within(first).getByText("Satellites", { selector: "mark" })).toBeInTheDocument();

    await userEvent.click(within(first).getByRole("button", { name: "Sputnik 1" }));
    const details = await screen.findByRole("region", { name: "Sputnik 1" });
    expect(within(details).getByText(badge("Group: Satellites"))).toBeInTheDocument();
    expect(within(details).queryByText(badge("Other"))).toBeNull();
  });

  it("an event with no group keeps its type", async () => {
    await open(GROUPED_URL, "?view=list&q=handshake");
    const card = screen.getByRole("article");
    expect(within(card).getByText(badge("Other"))).toBeInTheDocument();
    expect(within(card).queryByText(badge(/^Group:/))).toBeNull();
    // The match in the event's own text is marked where the list shows it.
    expect(within(card).getByText("handshake", { selector: "mark" })).toBeInTheDocument();
  });
});

describe("the person filter", () => {
  it.each([
    ["an imported timeline naming nobody has none", GROUPED_URL, "Space age", 0],
    ["the bundled timeline, naming seven people, has one", BUNDLED_URL, bundled.title, 1],
  ])("%s", async (_, url, title, count) => {
    await open(url, "", title);
    expect(screen.queryAllByRole("combobox", { name: "Person" })).toHaveLength(count);
  });
});
