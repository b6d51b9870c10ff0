import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { App } from "../../src/app/App.tsx";
import {
  ARTICLE,
  ARTICLE_URL,
  BundledReader,
  DATA_URL,
  dataset,
  source,
} from "./bundledReader.tsx";
import { renderWithClient } from "./renderWithClient.tsx";
import { jsonResponse, serveResponses } from "./serveResponses.ts";

/** The article changed outside its excerpts: every excerpt still holds its words. */
const CHANGED = `${ARTICLE}\nA paragraph added after the excerpts were checked.\n`;

function openReader(text: string) {
  serveResponses({ [ARTICLE_URL]: () => new Response(text) });
  renderWithClient(<BundledReader chosen={{ eventId: "leike-resigns", index: 0 }} />);
  return screen.getByRole("region", { name: source.title });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("the reader checks the article against the SHA-256 the timeline pins it to", () => {
  it("shows an unchanged article's excerpts as verified highlights, with no warning", async () => {
    const reader = openReader(ARTICLE);
    const chosen = await within(reader).findByRole("link", { current: true });
    expect(chosen).toHaveAccessibleName(/^The departures of Sutskever and Leike/);
    expect(chosen.closest("mark")).toHaveClass("is-chosen");
    expect(chosen.closest("mark")).not.toHaveClass("is-unverified");
    expect(within(reader).queryByRole("alert")).toBeNull();
    expect(within(reader).queryAllByRole("link", { name: /^Unverified excerpt: ?\S/ })).toEqual([]);
  });

  it("says above the text that a changed article has changed, and names every excerpt unverified", async () => {
    const reader = openReader(CHANGED);
    const chosen = await within(reader).findByRole("link", { current: true });
    const warning = within(reader).getByRole("alert");
    expect(warning).toHaveTextContent(
      "This article has changed since its excerpts were checked: its text is not the one this timeline recorded (their SHA-256 fingerprints differ). Its excerpts are shown as unverified, and may no longer say what the timeline quotes.",
    );
    // Above the text: before its first paragraph.
    const firstParagraph = within(reader)
      .getByText(/^The departures of Sutskever and Leike/, { selector: "a" })
      .closest("p");
    expect(
      warning.compareDocumentPosition(firstParagraph as Node) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    // Every excerpt is still there to read, each named unverified, none drawn as verified.
    expect(chosen).toHaveAccessibleName(
      /^Unverified excerpt: ?The departures of Sutskever and Leike/,
    );
    const excerpts = within(reader)
      .getAllByRole("link")
      .filter((link) => link.closest("mark"));
    expect(excerpts).toHaveLength(20);
    for (const link of excerpts) {
      expect(link).toHaveAccessibleName(/^Unverified excerpt: ?\S/);
      expect(link.closest("mark")).toHaveClass("is-unverified");
    }
    // The chosen one's marker says so in words.
    expect(within(reader).getByText("Unverified ·")).toBeVisible();
    // Still usable: choosing another excerpt chooses it.
    await userEvent.click(
      within(reader).getByRole("link", { name: /^Unverified excerpt: ?OpenAI appointed Jakub/ }),
    );
    expect(within(reader).getByRole("link", { current: true })).toHaveAccessibleName(
      /^Unverified excerpt: ?OpenAI appointed Jakub/,
    );
  });

  it("shows the excerpts as unverified, saying why, where the page cannot compute a digest", async () => {
    vi.stubGlobal("crypto", {});
    const reader = openReader(ARTICLE);
    const chosen = await within(reader).findByRole("link", { current: true });
    expect(chosen).toHaveAccessibleName(
      /^Unverified excerpt: ?The departures of Sutskever and Leike/,
    );
    expect(
      within(reader).getByText(/^This page cannot check that the article is the one/),
    ).toBeVisible();
    expect(within(reader).queryByRole("alert")).toBeNull();
  });
});

describe("a changed article is listed with the timeline's problems", () => {
  it("adds it to the problems list once the reader has loaded it", async () => {
    window.history.replaceState(null, "", "/?event=leike-resigns&reader=0");
    serveResponses({
      [DATA_URL]: () => jsonResponse(dataset),
      [ARTICLE_URL]: () => new Response(CHANGED),
    });
    renderWithClient(<App datasetUrl={DATA_URL} />);
    const reader = await screen.findByRole("region", { name: source.title });
    await within(reader).findByRole("alert");
    await userEvent.click(await screen.findByText("1 problem in this file"));
    const problems = screen.getByRole("list", { name: "Problems" });
    expect(within(problems).getAllByRole("listitem")).toHaveLength(1);
    expect(problems).toHaveTextContent(
      `(${source.id}) · sources[${dataset.sources.indexOf(source)}].text.sha256: the article's text has changed since its excerpts were checked (its SHA-256 is `,
    );
    expect(problems).toHaveTextContent(
      /, not the one recorded\); its excerpts are shown as unverified$/,
    );
  });

  it("lists nothing for an unchanged article", async () => {
    window.history.replaceState(null, "", "/?event=leike-resigns&reader=0");
    serveResponses({
      [DATA_URL]: () => jsonResponse(dataset),
      [ARTICLE_URL]: () => new Response(ARTICLE),
    });
    renderWithClient(<App datasetUrl={DATA_URL} />);
    const reader = await screen.findByRole("region", { name: source.title });
    await within(reader).findByRole("link", { current: true });
    expect(screen.queryByText(/problems? in this file/)).toBeNull();
  });
});
