import { readFileSync } from "node:fs";
import { join } from "node:path";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { ArticleSource, Dataset } from "../../src/data/datasetSchema.ts";
import { SourceReader } from "../../src/features/reader/SourceReader.tsx";
import { renderWithClient } from "./renderWithClient.tsx";
import { serveResponses } from "./serveResponses.ts";

const dataset = JSON.parse(
  readFileSync(join(process.cwd(), "public/data/timeline.json"), "utf8"),
) as Dataset;
const found = dataset.sources.find((s): s is ArticleSource => s.kind === "article");
if (!found) throw new Error("The bundled dataset quotes no article");
const article: ArticleSource = found;
const sources = new Map(dataset.sources.map((s) => [s.id, s]));

function openWithPath(path: string) {
  const fetchMock = serveResponses({});
  const source = { ...article, text: { ...article.text, path } };
  renderWithClient(
    <SourceReader
      source={source}
      datasetUrl="https://news.example/data/timeline.json"
      events={dataset.events}
      sources={sources}
      chosen={{ eventId: "pachocki-named-chief-scientist", index: 1 }}
      onSelectExcerpt={() => {}}
      onOpenEvent={() => {}}
      excerptHref={() => "?"}
      onBack={() => {}}
      onClose={() => {}}
    />,
  );
  return fetchMock;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("the reader of an article whose text path could leave the dataset's site", () => {
  it.each([
    ["http://evil.example/a.txt", /reads as a scheme/],
    ["https:evil.example/a.txt", /reads as a scheme/],
    ["//evil.example/a.txt", /names another host/],
    ["\\\\evil.example\\a.txt", /backslash/],
    ["\t//evil.example/a.txt", /control character or white space \(U\+0009\)/],
  ])(
    "%j: says the text is unavailable and why, fetches nothing, still lists the excerpts",
    async (path, why) => {
      const fetchMock = openWithPath(path);
      const reader = screen.getByRole("region", { name: article.title });
      const alert = within(reader).getByRole("alert");
      expect(alert).toHaveTextContent(/full text is not available/);
      expect(alert).toHaveTextContent(why);
      expect(within(reader).queryByText("Loading the article…")).toBeNull();
      await userEvent.click(screen.getByText("Claim ledger"));
      expect(
        within(screen.getByRole("list", { name: "Claims in article order" })).getAllByRole(
          "listitem",
        ),
      ).toHaveLength(20);
      expect(fetchMock).not.toHaveBeenCalled();
    },
  );
});
