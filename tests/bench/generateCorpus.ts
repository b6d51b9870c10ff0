import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { EVENT_TYPES } from "../../src/data/datasetSchema.ts";
import { seededRandom } from "../fixtures/seededRandom.ts";

const WORDS =
  "board chief resigns safety team report policy statement appointed director trust leadership vote agreement equity sources announced departure investors research".split(
    " ",
  );
const DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Writes a seeded corpus of `articles` articles with `perArticle` annotated events each. */
export function generateCorpus(dir: string, articles: number, perArticle: number, seed = 7): void {
  const rand = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)] as T;
  mkdirSync(join(dir, "articles"), { recursive: true });
  writeFileSync(
    join(dir, "timeline.yaml"),
    "title: Generated corpus\ndescription: For the pipeline benchmark.\n",
  );
  const people = Array.from(
    { length: 50 },
    (_, i) => `  - {id: person-${i}, name: Person ${i}, description: Generated.}`,
  );
  writeFileSync(join(dir, "people.yaml"), `people:\n${people.join("\n")}\n`);
  writeFileSync(
    join(dir, "references.yaml"),
    'references:\n  - {id: ref-0, publisher: Wire, title: A report, url: "https://example.com/r", published: "2024-01-01"}\n',
  );
  for (let a = 0; a < articles; a++) {
    const date = new Date(Date.UTC(2020, 0, 1) + a * 86_400_000);
    const header = `${DAYS[(date.getUTCDay() + 6) % 7]}, ${String(date.getUTCDate()).padStart(2, "0")} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()} 12:00:00 GMT`;
    const sentences = Array.from(
      { length: 40 },
      (_, s) =>
        `Sentence ${s} of article ${a} says the ${Array.from({ length: 12 }, () => pick(WORDS)).join(" ")}.`,
    );
    const paragraphs = Array.from({ length: 10 }, (_, p) =>
      sentences.slice(p * 4, p * 4 + 4).join(" "),
    );
    const name = `a${String(a).padStart(4, "0")}`;
    writeFileSync(
      join(dir, "articles", `${name}.txt`),
      `${header}\n\n${paragraphs.join("\n\n")}\n`,
    );
    const events = Array.from({ length: perArticle }, (_, e) => {
      const quote = (sentences[e * 3] as string).replace(/"/g, "");
      return [
        `  - id: ${name}-event-${e}`,
        `    type: ${pick(EVENT_TYPES)}`,
        `    title: Event ${e} of article ${a}`,
        "    summary: Generated.",
        `    people: [person-${Math.floor(rand() * 50)}]`,
        "    date:",
        `      edtf: "${date.toISOString().slice(0, 10)}"`,
        "      basis: The article's date.",
        "      references: [ref-0]",
        "    excerpts:",
        `      - quote: "${quote}"`,
      ].join("\n");
    });
    writeFileSync(
      join(dir, "articles", `${name}.yaml`),
      `source:\n  id: source-${name}\n  publisher: Generated\n  title: Article ${a}\n  url: null\nevents:\n${events.join("\n")}\n`,
    );
  }
}
