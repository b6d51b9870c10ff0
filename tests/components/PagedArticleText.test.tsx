import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { ArticleSource } from "../../src/data/datasetSchema.ts";
import { SourceReader } from "../../src/features/reader/SourceReader.tsx";
import { DEEP_EXCERPT, longArticle } from "../fixtures/sizeAttacks.ts";
import { renderWithClient } from "./renderWithClient.tsx";
import { serveResponses } from "./serveResponses.ts";

const DATA_URL = "http://test.local/data/long.json";
const { article, dataset } = longArticle(5000);
const source = dataset.sources[0] as ArticleSource;

async function open() {
  serveResponses({ [new URL(source.text.path, DATA_URL).href]: () => new Response(article) });
  renderWithClient(
    <SourceReader
      source={source}
      datasetUrl={DATA_URL}
      events={dataset.events}
      sources={new Map([[source.id, source]])}
      chosen={{ eventId: "deep-event", index: 0 }}
      onSelectExcerpt={() => {}}
      onOpenEvent={() => {}}
      excerptHref={() => "?event=deep-event&reader=0"}
      onBack={() => {}}
      onClose={() => {}}
    />,
  );
  const reader = screen.getByRole("region", { name: source.title });
  const chosen = await within(reader).findByRole("link", { current: true });
  return { reader, chosen };
}

/** The article's paragraphs drawn (not the reader's own notes and buttons). */
const drawn = (reader: HTMLElement) =>
  [...reader.querySelectorAll(".reader__text > p")].filter(
    (p) => !p.matches(".reader__more, .reader__marker, .reader__warning"),
  );

describe("a long article is drawn a page at a time around the chosen excerpt", () => {
  it("draws the page holding the chosen excerpt, and says how many paragraphs are on each side", async () => {
    const { reader, chosen } = await open();
    expect(chosen).toHaveTextContent(DEEP_EXCERPT);
    expect(drawn(reader)).toHaveLength(200);
    expect(drawn(reader)[0]).toHaveTextContent(/^Paragraph 2401\.$/);
    expect(reader).toHaveTextContent("Show 200 earlier paragraphs (2,400 before these)");
    expect(reader).toHaveTextContent("Show 200 later paragraphs (2,400 after these)");
  });

  it("shows the paragraphs before and after when asked, the chosen excerpt still drawn", async () => {
    const { reader } = await open();
    await userEvent.click(
      within(reader).getByRole("button", { name: "Show 200 earlier paragraphs" }),
    );
    expect(drawn(reader)).toHaveLength(400);
    expect(drawn(reader)[0]).toHaveTextContent(/^Paragraph 2201\.$/);
    await userEvent.click(
      within(reader).getByRole("button", { name: "Show 200 later paragraphs" }),
    );
    expect(drawn(reader)).toHaveLength(600);
    expect(reader).toHaveTextContent("Show 200 earlier paragraphs (2,200 before these)");
    expect(within(reader).getByRole("link", { current: true })).toHaveTextContent(DEEP_EXCERPT);
  });
});
