import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { articlePin } from "../../src/data/articlePin.ts";
import { articleProblems } from "../../src/data/articleProblems.ts";
import type { Dataset, Source } from "../../src/data/datasetSchema.ts";

const dataset = JSON.parse(readFileSync("public/data/timeline.json", "utf8")) as Dataset;
const A = "a".repeat(64);
const B = "b".repeat(64);

describe("articlePin(digest, sha256) says how a text stands against its pin", () => {
  it.each([
    [A, A, "verified"],
    [B, A, "changed"],
    [A.toUpperCase(), A, "changed"],
    ["", A, "changed"],
    [null, A, "unchecked"],
  ] as const)("%s against %s is %s", (digest, sha256, pin) => {
    expect(articlePin(digest, sha256)).toBe(pin);
  });
});

describe("articleProblems(sources, digestOf) lists each article that arrived changed", () => {
  const article = dataset.sources.find((s) => s.kind === "article");
  const reference = dataset.sources.find((s) => s.kind === "reference");
  if (!article || !reference) throw new Error("fixture changed");
  const second = { ...article, id: "second", title: "A second article" };
  const sources: Source[] = [reference, article, reference, second];
  const articles = [article, second];
  const at = (source: Source) => sources.indexOf(source);

  it("lists nothing while no text has arrived, or every one matches (or cannot be checked)", () => {
    expect(articleProblems(sources, () => undefined)).toEqual([]);
    expect(articleProblems(sources, (s) => s.text.sha256)).toEqual([]);
    expect(articleProblems(sources, () => null)).toEqual([]);
  });

  it("names the article, the path of its pin and the digest that arrived", () => {
    const problems = articleProblems(sources, (s) => (s.id === second.id ? B : undefined));
    expect(problems).toEqual([
      {
        path: `sources[${at(second)}].text.sha256`,
        reason: `the article's text has changed since its excerpts were checked (its SHA-256 is ${B}, not the one recorded); its excerpts are shown as unverified`,
        item: { title: second.title, id: second.id },
      },
    ]);
  });

  it("lists each changed article in the file's order, and never a reference", () => {
    const problems = articleProblems(sources, () => B);
    expect(problems.map((p) => p.item?.id)).toEqual(articles.map((s) => s.id));
    expect(problems.map((p) => p.path)).toEqual(
      articles.map((s) => `sources[${at(s)}].text.sha256`),
    );
  });
});
