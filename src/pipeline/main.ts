/**
 * `npm run dataset`: builds public/data from src/corpus. `--check` (the gate) builds in memory and
 * fails if the committed files differ from a fresh run.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { buildDataset } from "./buildDataset.ts";
import { formatPipelineError } from "./pipelineError.ts";
import { publishedFiles } from "./publishedFiles.ts";
import { readCorpus } from "./readCorpus.ts";

const root = fileURLToPath(new URL("../..", import.meta.url));
const argument = (name: string) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
// --corpus and --out point the pipeline elsewhere (the benchmark builds a generated corpus).
const corpusDir = resolve(argument("--corpus") ?? join(root, "src/corpus"));
const outDir = resolve(argument("--out") ?? join(root, "public/data"));
const check = process.argv.includes("--check");

const built = buildDataset(readCorpus(corpusDir, root));
const shown = relative(root, outDir) || ".";
if (!built.ok) {
  console.error(`The corpus has ${built.errors.length} problem(s); nothing was written:`);
  for (const error of built.errors) console.error(`  ${formatPipelineError(error)}`);
  process.exit(1);
}

const files = publishedFiles(built.data);
const expected = new Set(files.map((f) => f.path));
const onDisk = existsSync(outDir)
  ? (readdirSync(outDir, { recursive: true, withFileTypes: true }) as import("node:fs").Dirent[])
      .filter((d) => d.isFile())
      .map((d) => join(d.parentPath, d.name).slice(outDir.length + 1))
  : [];
const stale = onDisk.filter((path) => !expected.has(path));
const changed = files.filter((f) => {
  const path = join(outDir, f.path);
  return !existsSync(path) || !Buffer.from(f.bytes).equals(readFileSync(path));
});

const { events, people, sources } = built.data.dataset;
const summary = `${events.length} events, ${people.length} people, ${sources.length} sources`;
if (check) {
  if (changed.length === 0 && stale.length === 0) {
    console.log(`${shown} is current (${summary}).`);
    process.exit(0);
  }
  for (const f of changed) console.error(`${shown}/${f.path} differs from a fresh build`);
  for (const path of stale) console.error(`${shown}/${path} is not produced by the corpus`);
  console.error("Run `npm run dataset` and commit the result.");
  process.exit(1);
}
for (const f of changed) {
  mkdirSync(dirname(join(outDir, f.path)), { recursive: true });
  writeFileSync(join(outDir, f.path), f.bytes);
}
for (const path of stale) rmSync(join(outDir, path));
console.log(
  `Wrote ${shown} (${summary}): ${changed.length} file(s) updated, ${stale.length} removed.`,
);
