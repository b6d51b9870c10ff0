import { readFileSync } from "node:fs";
import { validate } from "virtual:sourceline/dataset-validator";
import { describe, expect, it } from "vitest";
import { datasetSchema } from "../../src/data/datasetSchema.ts";
import { generateDataset } from "../bench/generateDataset.ts";

const published = JSON.parse(readFileSync("public/data/timeline.json", "utf8"));

/** A deep copy of the published dataset with one change. */
// biome-ignore lint/suspicious/noExplicitAny: the changes write invalid values on purpose.
function changed(edit: (d: any) => void): unknown {
  const copy = structuredClone(published);
  edit(copy);
  return copy;
}

describe("the compiled dataset check (Ajv, from the zod schema's JSON Schema)", () => {
  it.each([
    ["the published dataset", true, published],
    ["a generated dataset of 2,000 events", true, generateDataset(2000, 7)],
    ["not an object", false, []],
    ["version 2", false, changed((d) => (d.version = 2))],
    ["no title", false, changed((d) => delete d.title)],
    ["a blank event title", false, changed((d) => (d.events[0].title = "  "))],
    ["an unknown event type", false, changed((d) => (d.events[0].type = "rumour"))],
    ["an id with capitals", false, changed((d) => (d.events[0].id = "Leike"))],
    [
      "an event with no excerpt (as imported ones)",
      true,
      changed((d) => (d.events[0].excerpts = [])),
    ],
    ["a negative offset", false, changed((d) => (d.events[0].excerpts[0].start = -1))],
    ["a fractional offset", false, changed((d) => (d.events[0].excerpts[0].end = 1.5))],
    ["a month as a day", false, changed((d) => (d.events[0].date.start = "2024-13-01"))],
    ["an unknown precision", false, changed((d) => (d.events[0].date.precision = "week"))],
    ["a javascript: link", false, changed((d) => (d.sources[3].url = "javascript:alert(1)"))],
    ["an article without its text", false, changed((d) => delete d.sources[3].text)],
  ])("%s: %s, as the zod schema says", (_, expected, data) => {
    expect(validate(data)).toBe(expected);
    expect(datasetSchema.safeParse(data).success).toBe(expected);
  });

  it("rejects extra fields that zod would drop (the app then asks zod, which accepts)", () => {
    const data = changed((d) => (d.events[0].colour = "red"));
    expect(validate(data)).toBe(false);
    expect(datasetSchema.safeParse(data).success).toBe(true);
  });
});
