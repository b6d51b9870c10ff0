import { describe, expect, it } from "vitest";
import type { Dataset } from "../../src/data/datasetSchema.ts";
import { indexDataset } from "../../src/data/indexDataset.ts";
import { repairLinks } from "../../src/data/repairLinks.ts";
import { syntheticEvent } from "../fixtures/syntheticEvent.ts";

const dataset = (events: Dataset["events"]) =>
  ({
    version: 1,
    title: "t",
    description: "",
    sources: [
      {
        id: "s",
        kind: "reference",
        publisher: "P",
        title: "T",
        url: null,
        published: "2024-05-18",
      },
    ],
    people: [{ id: "ann", name: "Ann", description: "d" }],
    events,
  }) as Dataset;

describe("indexDataset reads the days itself when none are handed over", () => {
  const events = [syntheticEvent("b", "../2024-05-18"), syntheticEvent("a", "2024-05-20/..")];
  const may = (d: number) => Date.UTC(2024, 4, d) / 86_400_000;
  it.each<[string, Float64Array | undefined]>([
    ["no days", undefined],
    ["days for another number of events", new Float64Array([1, 2])],
  ])("%s: an open side is NaN", (_, days) => {
    const indexed = indexDataset({
      dataset: dataset(events),
      problems: [],
      format: "sourceline",
      days,
    });
    expect(indexed.ordered.map((e) => e.id)).toEqual(["b", "a"]);
    expect([...indexed.days]).toEqual([Number.NaN, may(18), may(20), Number.NaN]);
  });

  it("looks up people and sources by id", () => {
    const indexed = indexDataset({ dataset: dataset(events), problems: [], format: "sourceline" });
    expect(indexed.people.get("ann")?.name).toBe("Ann");
    expect(indexed.sources.get("s")?.publisher).toBe("P");
  });
});

describe("repairLinks takes out only the links that are not http(s)", () => {
  it("keeps a good link in the same body as a bad one", () => {
    const body = [
      { text: "good", href: "https://example.com/" },
      { text: "bad", href: "javascript:alert(1)" },
    ];
    const out = repairLinks({ events: [{ id: "e", body }] }, []);
    expect((out.events as { body: unknown[] }[])[0]?.body).toEqual([
      { text: "good", href: "https://example.com/" },
      { text: "bad" },
    ]);
  });
});
