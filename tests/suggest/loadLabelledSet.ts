import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { z } from "zod";
import { REPORTED_TYPES } from "../../src/data/vocabulary.ts";
import { SUGGESTION_FLAGS } from "../../src/pipeline/articleAnnotationsSchema.ts";

/** The folder holding the labelled articles (`NN_slug.txt`) and their `NN_slug.expected.yaml`. */
export const LABELLED_DIR = fileURLToPath(new URL("./labelled/", import.meta.url));

/** The dev half's folders (SPLIT.md): the first 8 articles and the 40 later ones rules may be read from. */
export const DEV_DIRS = [LABELLED_DIR, fileURLToPath(new URL("./dev/", import.meta.url))];

/** The test half's folder (SPLIT.md): scored by the eval only, never read to write a rule. */
export const HELDOUT_DIR = fileURLToPath(new URL("./heldout/", import.meta.url));

const expectedEventSchema = z.strictObject({
  type: z.enum(REPORTED_TYPES),
  people: z.array(z.string().min(1)),
  quote: z.string().min(1),
  edtf: z.string().min(1),
  flags: z.array(z.enum(SUGGESTION_FLAGS)),
});

const expectedFileSchema = z.strictObject({
  events: z.array(expectedEventSchema).min(1),
  /**
   * Places and organisations named in the text that a careless reader might take for people
   * (cities, company names, "Marlowe & Finch"), each as the text spells it; the eval counts
   * suggested people that are one of them.
   */
  notPeople: z.array(z.string().min(1)).optional(),
});

/** One event a curator would extract from a labelled article. */
export type ExpectedEvent = z.infer<typeof expectedEventSchema>;

/** A labelled article: the whole file text (date line included) and the events expected from it. */
export interface LabelledArticle {
  /** The file name without `.txt`, e.g. `01_harborline_chief_resigns`. */
  name: string;
  text: string;
  expected: ExpectedEvent[];
  /** The places and organisations of the text that are not people (`notPeople`, else none). */
  notPeople: string[];
}

/** Reads every `*.txt` article in `dir` with the events of its `*.expected.yaml`, in name order. */
export function loadLabelledSet(dir = LABELLED_DIR): LabelledArticle[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith(".txt"))
    .sort()
    .map((file) => {
      const name = file.slice(0, -".txt".length);
      const text = readFileSync(join(dir, file), "utf8");
      const raw: unknown = parse(readFileSync(join(dir, `${name}.expected.yaml`), "utf8"));
      const parsed = expectedFileSchema.safeParse(raw);
      if (!parsed.success) {
        throw new Error(`${name}.expected.yaml: ${parsed.error.message}`);
      }
      return {
        name,
        text,
        expected: parsed.data.events,
        notPeople: parsed.data.notPeople ?? [],
      };
    });
}

/** The articles of several folders, folder by folder, each in name order. */
export function loadLabelledSets(dirs: readonly string[]): LabelledArticle[] {
  return dirs.flatMap((dir) => loadLabelledSet(dir));
}

/** How many times `needle` occurs in `haystack` (overlapping occurrences counted). */
export function countOccurrences(haystack: string, needle: string): number {
  let count = 0;
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) count++;
  return count;
}
