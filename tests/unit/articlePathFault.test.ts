import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { articlePathFault, resolveArticlePath } from "../../src/data/articlePathFault.ts";
import { articleTextUrl } from "../../src/data/articleTextQuery.ts";
import { checkInvariants } from "../../src/data/checkInvariants.ts";
import type { Dataset } from "../../src/data/datasetSchema.ts";
import { datasetSchema } from "../../src/data/datasetSchema.ts";

const DATASET = "https://news.example/stories/2024/timeline.json";
const published = JSON.parse(readFileSync("public/data/timeline.json", "utf8")) as Dataset;

/** Every form of path the adversarial pass (and its neighbours) tried to send elsewhere. */
const ATTACKS: [string, string, RegExp][] = [
  ["an http address", "http://evil.example/a.txt", /colon before its first "\/"/],
  ["an https address", "https://evil.example/a.txt", /scheme/],
  ["a scheme with no slashes", "https:evil.example/a.txt", /scheme/],
  ["an upper-case scheme", "HTTPS://evil.example/a.txt", /scheme/],
  ["a javascript: path", "javascript:alert(1)//.txt", /scheme/],
  ["a data: path", "data:text/plain,hi.txt", /scheme/],
  ["a drive letter", "C:/articles/a.txt", /scheme/],
  [
    "a host-relative address",
    "//evil.example/a.txt",
    /starts with "\/\/", which names another host/,
  ],
  ["a root path", "/articles/a.txt", /not relative to the dataset/],
  ["a UNC path", "\\\\evil.example\\a.txt", /backslash/],
  ["a backslash after a dot", ".\\\\evil.example/a.txt", /backslash/],
  ["mixed slashes", "/\\evil.example/a.txt", /backslash/],
  ["a tab before //", "\t//evil.example/a.txt", /U\+0009/],
  ["a tab inside //", "/\t/evil.example/a.txt", /U\+0009/],
  ["a line break inside a scheme", "ht\ntp://evil.example/a.txt", /U\+000A/],
  ["a leading space", " //evil.example/a.txt", /U\+0020/],
  ["a NUL", "articles/\u0000a.txt", /U\+0000/],
  ["a C1 control", "\u0085//evil.example/a.txt", /U\+0085/],
  ["a no-break space", "\u00a0//evil.example/a.txt", /U\+00A0/],
  ["a query", "articles/a.txt?to=evil.example", /"\?" or "#"/],
  ["a fragment", "a#.txt", /"\?" or "#"/],
];

/** Paths that stay on the dataset's site, and where they lead. */
const GOOD: [string, string][] = [
  ["articles/a.txt", "https://news.example/stories/2024/articles/a.txt"],
  ["./articles/a.txt", "https://news.example/stories/2024/articles/a.txt"],
  ["../articles/a.txt", "https://news.example/stories/articles/a.txt"],
  ["../../../../../../a.txt", "https://news.example/a.txt"],
  ["%2e%2e/%2e%2e/a.txt", "https://news.example/a.txt"],
  ["articles/caf\u00e9.txt", "https://news.example/stories/2024/articles/caf%C3%A9.txt"],
  ["articles/12:30.txt", "https://news.example/stories/2024/articles/12:30.txt"],
  ["articles//a.txt", "https://news.example/stories/2024/articles//a.txt"],
];

describe("articlePathFault(path): an article's text path stays on the dataset's site", () => {
  it.each(ATTACKS)("%s (%j) is refused, saying why", (_, path, reason) => {
    expect(articlePathFault(path)).toMatch(reason);
    expect(articlePathFault(path)).toContain(JSON.stringify(path).slice(0, 20));
  });

  it.each(GOOD)("%j is kept", (path) => {
    expect(articlePathFault(path)).toBeNull();
  });
});

describe("resolveArticlePath(datasetUrl, path) never builds an address on another origin", () => {
  it.each(ATTACKS)("%s: no address", (_, path) => {
    const resolved = resolveArticlePath(DATASET, path);
    expect(resolved.ok).toBe(false);
    expect(articleTextUrl(DATASET, path)).toEqual(resolved);
  });

  it.each(GOOD)("%j → %s", (path, url) => {
    expect(resolveArticlePath(DATASET, path)).toEqual({ ok: true, data: url });
  });

  it.each([
    ["a blob: dataset", "blob:https://news.example/5d0c"],
    ["a data: dataset", "data:application/json,{}"],
    ["no address at all", "timeline.json"],
  ])("%s gives its articles no address", (_, datasetUrl) => {
    expect(resolveArticlePath(datasetUrl, "articles/a.txt").ok).toBe(false);
  });

  it.each([
    [
      "http://news.example/data/timeline.json",
      { ok: true, data: "http://news.example/data/articles/a.txt" },
    ],
    [
      "https://news.example/data/timeline.json",
      { ok: true, data: "https://news.example/data/articles/a.txt" },
    ],
    [
      "ftp://news.example/data/timeline.json",
      { ok: false, reason: `its path "articles/a.txt" leads off the dataset's own site.` },
    ],
    [
      "timeline.json",
      { ok: false, reason: "its path cannot be resolved against the dataset's address." },
    ],
  ])("a dataset at %s: its article's address, or why none", (datasetUrl, result) => {
    expect(resolveArticlePath(datasetUrl, "articles/a.txt")).toEqual(result);
  });

  it("says which rule a refused path breaks", () => {
    expect(resolveArticlePath(DATASET, "//evil.example/a.txt")).toEqual({
      ok: false,
      reason: `its path "//evil.example/a.txt" starts with "//", which names another host.`,
    });
  });

  it("a standalone page's file: dataset finds its articles beside it", () => {
    expect(resolveArticlePath("file:///home/me/data/timeline.json", "articles/a.txt")).toEqual({
      ok: true,
      data: "file:///home/me/data/articles/a.txt",
    });
    expect(
      resolveArticlePath("file:///home/me/data/timeline.json", "//evil.example/a.txt").ok,
    ).toBe(false);
  });
});

describe("the dataset checks list a path that could leave the site, and keep its article", () => {
  /** The published dataset with article 3's path replaced. */
  function withPath(path: string): Dataset {
    const copy = structuredClone(published);
    const source = copy.sources.find((s) => s.kind === "article");
    if (source?.kind === "article") source.text.path = path;
    return copy;
  }
  const at = published.sources.findIndex((s) => s.kind === "article");

  it.each(ATTACKS.filter(([, path]) => path.endsWith(".txt")))(
    "%s passes the schema, then is a listed problem",
    (_, path, reason) => {
      const dataset = withPath(path);
      expect(datasetSchema.safeParse(dataset).success).toBe(true);
      const { problems, dataset: kept } = checkInvariants(dataset);
      expect(problems).toHaveLength(1);
      expect(problems[0]?.path).toBe(`sources[${at}].text.path`);
      expect(problems[0]?.reason).toMatch(reason);
      expect(problems[0]?.reason).toMatch(/; its text is not fetched$/);
      // The article and every excerpt quoting it stay.
      expect(kept.sources).toHaveLength(published.sources.length);
      expect(kept.events.flatMap((e) => e.excerpts)).toHaveLength(
        published.events.flatMap((e) => e.excerpts).length,
      );
    },
  );

  it("lists nothing for the published dataset's paths", () => {
    expect(checkInvariants(published).problems).toEqual([]);
  });
});
