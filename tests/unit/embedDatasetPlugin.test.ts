import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { embedDatasetPlugin } from "../../src/build/embedDatasetPlugin.ts";

/** A data folder beside a secret file, its dataset naming one article by `path`. */
function dataFolder(path: string): string {
  const root = mkdtempSync(join(tmpdir(), "embed-"));
  const dataDir = join(root, "data");
  mkdirSync(join(dataDir, "articles"), { recursive: true });
  writeFileSync(join(root, "secret.txt"), "not for the page");
  writeFileSync(join(dataDir, "articles", "a.txt"), "Sat, 18 May 2024 12:00:00 GMT\n\nBody.");
  writeFileSync(join(dataDir, "timeline.json"), JSON.stringify({ sources: [{ text: { path } }] }));
  return dataDir;
}

/** The HTML tags the plugin adds for the standalone page. */
const embed = (dataDir: string) =>
  (embedDatasetPlugin(dataDir).transformIndexHtml as unknown as () => { children: string }[])();

describe("the standalone build embeds only articles inside the dataset's folder", () => {
  it("embeds an article beside the dataset", () => {
    const [tag] = embed(dataFolder("articles/a.txt"));
    expect(JSON.parse(tag?.children ?? "").texts).toEqual({
      "articles/a.txt": "Sat, 18 May 2024 12:00:00 GMT\n\nBody.",
    });
  });

  it.each([
    ["../secret.txt", /leaves/],
    ["articles/../../secret.txt", /leaves/],
    ["/etc/hostname", /starts with "\/"/],
    ["file:../secret.txt", /scheme/],
  ])("stops the build on %s, naming the path", (path, reason) => {
    expect(() => embed(dataFolder(path))).toThrow(reason);
  });
});
