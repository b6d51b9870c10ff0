import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { oembedJson } from "../../src/build/oembedJson.ts";
import { shareMeta } from "../../src/build/shareMeta.ts";
import type { Dataset } from "../../src/data/datasetSchema.ts";

const dataset = JSON.parse(
  readFileSync(join(process.cwd(), "public/data/timeline.json"), "utf8"),
) as Dataset;
const card = { width: 1200, height: 630 };

describe("shareMeta(dataset, { base }): the tags of a link preview", () => {
  it.each([
    ["absolute, where the site says where it is served", "https://example.org/news/t/"],
    ["relative to the page, where it does not", ""],
  ])("%s", (_, base) => {
    const html = shareMeta(dataset, { base, alt: "A timeline", card });
    const content = (attr: string) =>
      new RegExp(`<meta (?:property|name)="${attr}" content="([^"]*)"`).exec(html)?.[1];
    expect(content("og:title")).toBe(dataset.title);
    expect(content("og:description")).toBe(dataset.description.replace(/'/g, "'"));
    expect(content("og:image")).toBe(`${base}share.png`);
    expect([content("og:image:width"), content("og:image:height")]).toEqual(["1200", "630"]);
    expect(content("og:image:alt")).toBe("A timeline");
    expect(content("twitter:card")).toBe("summary_large_image");
    expect(content("twitter:image")).toBe(`${base}share.png`);
    expect(content("twitter:image:alt")).toBe("A timeline");
    expect(content("og:url")).toBe(base || undefined);
    expect(html).toContain(
      `<link rel="alternate" type="application/json+oembed" href="${base}oembed.json"`,
    );
  });
});

describe("oembedJson(dataset, base): a rich oEmbed response", () => {
  it("has the embed's code, size, title, provider and thumbnail", () => {
    const json = JSON.parse(oembedJson(dataset, "https://example.org/t/"));
    expect(json).toMatchObject({
      version: "1.0",
      type: "rich",
      provider_name: "Sourceline",
      title: dataset.title,
      width: 800,
      height: 640,
      thumbnail_url: "https://example.org/t/share.png",
      provider_url: "https://example.org/",
    });
    expect(json.html).toMatch(/^<iframe src="https:\/\/example\.org\/t\/\?embed=1" /);
  });

  it("leaves the provider's address out, and the others relative, where the site does not say", () => {
    const json = JSON.parse(oembedJson(dataset, ""));
    expect(json).not.toHaveProperty("provider_url");
    expect(json.thumbnail_url).toBe("share.png");
    expect(json.html).toMatch(/^<iframe src="\.\/\?embed=1" /);
  });
});
