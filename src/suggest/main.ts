/**
 * `npm run suggest -- <article.txt>`: proposes the events an article reports and writes them,
 * as `proposed`, into the annotations file beside it (creating a draft for a new article, adding
 * only new candidates to a curated one), then prints a summary.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { parse as parseYaml } from "yaml";
import { formatEventDate } from "../dates/formatEventDate.ts";
import { shortText } from "../lib/shortText.ts";
import { slugify } from "../lib/slugify.ts";
import { draftAnnotations } from "./draftAnnotations.ts";
import { type Suggestion, suggestEvents } from "./suggestEvents.ts";

const args = process.argv.slice(2);
const dryRun = args.includes("--dry-run");
const file = args.find((a) => !a.startsWith("--"));
if (!file) {
  console.error("Usage: npm run suggest -- <article.txt> [--dry-run] [--people <people.yaml>]");
  process.exit(2);
}
if (!existsSync(file)) {
  console.error(`${file}: no such file`);
  process.exit(2);
}
if (!file.endsWith(".txt")) {
  console.error(
    `${file}: expected an article in the corpus format, a .txt file (its draft goes beside it as .yaml)`,
  );
  process.exit(2);
}
const peopleFlag = args.indexOf("--people");
const peoplePath =
  peopleFlag >= 0 ? (args[peopleFlag + 1] as string) : join(dirname(file), "..", "people.yaml");
const people = existsSync(peoplePath)
  ? ((parseYaml(readFileSync(peoplePath, "utf8")) as { people?: { id: string; name: string }[] })
      .people ?? [])
  : [];

const text = readFileSync(file, "utf8");
const started = performance.now();
const suggested = suggestEvents(text, { people });
if (!suggested.ok) {
  console.error(`${file}: ${suggested.reason}`);
  process.exit(1);
}
const suggestions = suggested.data;
const draftPath = file.replace(/\.txt$/, ".yaml");
const existing = existsSync(draftPath) ? readFileSync(draftPath, "utf8") : null;
const body = text
  .split(/\r?\n\r?\n/)
  .slice(1)
  .join("\n\n")
  .trim();
const draft = draftAnnotations(existing, suggestions, {
  sourceId: slugify(basename(file, ".txt")) || "new-article",
  firstSentence: shortText(body.split(/(?<=[.!?])\s/)[0] ?? "Untitled", 120),
  articleText: text,
});
const ms = performance.now() - started;

const line = (s: Suggestion) => {
  const flags = s.flags.length > 0 ? ` [${s.flags.join(", ")}]` : "";
  const who = s.people.map((p) => (p.known ? p.name : `${p.name} (new)`)).join(", ") || "—";
  const quote = s.excerpt.exact.length > 90 ? `${s.excerpt.exact.slice(0, 89)}…` : s.excerpt.exact;
  return `  ${s.type.padEnd(11)} ${formatEventDate(s.date.edtf, "en").padEnd(30)} ${who}${flags}\n              “${quote}” (${s.excerpt.start}–${s.excerpt.end})`;
};
console.log(`${file}: ${suggestions.length} candidate event(s) in ${ms.toFixed(0)} ms`);
for (const s of suggestions) console.log(line(s));
console.log(
  `${draft.added.length} added as proposed, ${draft.kept.length} already in ${basename(draftPath)} (the curator's decision stands).`,
);
if (dryRun) console.log("Dry run: nothing written.");
else {
  writeFileSync(draftPath, draft.yaml);
  console.log(
    `Wrote ${draftPath}. Set each proposed event's status to accepted or rejected; npm run dataset builds the accepted ones.`,
  );
}
