import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { ArticleInput, CorpusInput } from "./buildDataset.ts";
import type { TextFile } from "./parseDataFile.ts";

/** Reads the corpus folder: timeline.yaml, people.yaml, references.yaml and articles/. */
export function readCorpus(corpusDir: string, root: string): CorpusInput {
  const show = (path: string) => relative(root, path);
  const readText = (path: string): TextFile => ({
    path: show(path),
    text: readFileSync(path, "utf8"),
  });
  const articlesDir = join(corpusDir, "articles");
  const names = new Set(
    readdirSync(articlesDir)
      .filter((f) => f.endsWith(".txt") || f.endsWith(".yaml"))
      .map((f) => f.replace(/\.(txt|yaml)$/, "")),
  );
  const articles: ArticleInput[] = [...names].sort().map((name) => {
    const textPath = join(articlesDir, `${name}.txt`);
    const annotationsPath = join(articlesDir, `${name}.yaml`);
    return {
      name,
      textPath: show(textPath),
      bytes: existsSync(textPath) ? new Uint8Array(readFileSync(textPath)) : null,
      annotations: existsSync(annotationsPath) ? readText(annotationsPath) : null,
    };
  });
  return {
    timeline: readText(join(corpusDir, "timeline.yaml")),
    people: readText(join(corpusDir, "people.yaml")),
    references: readText(join(corpusDir, "references.yaml")),
    articles,
  };
}
