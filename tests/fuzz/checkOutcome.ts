import { parse as parseYaml } from "yaml";
import { datasetSchema } from "../../src/data/datasetSchema.ts";
import type { BuildOutput, CorpusInput } from "../../src/pipeline/buildDataset.ts";
import { type Checked, formatPipelineError } from "../../src/pipeline/pipelineError.ts";

/** Decodes article bytes the way the pipeline does: strict UTF-8, a leading BOM kept as text. */
const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

function fail(message: string): never {
  throw new Error(message);
}

/** The event ids each annotations file declares and how many excerpts each event should get. */
function declaredEvents(input: CorpusInput): Map<string, number> {
  const excerpts = new Map<string, number>();
  const citations: string[] = [];
  for (const article of input.articles) {
    if (article.annotations === null) continue;
    // Read independently of the pipeline: a built dataset implies this file parsed.
    const raw = parseYaml(article.annotations.text) as {
      events: { id: string; excerpts: unknown[] }[];
      citations?: { event: string }[];
    };
    for (const event of raw.events) excerpts.set(event.id, event.excerpts.length);
    citations.push(...(raw.citations ?? []).map((c) => c.event));
  }
  for (const id of citations) excerpts.set(id, (excerpts.get(id) ?? 0) + 1);
  return excerpts;
}

/**
 * Asserts the pipeline's contract for one input: either a dataset that meets the schema, whose
 * every excerpt is its article's own text at its offsets and which keeps every declared event and
 * excerpt; or a non-empty list of errors, each naming a file of the input and saying something.
 */
export function checkOutcome(input: CorpusInput, result: Checked<BuildOutput>): void {
  if (!result.ok) {
    if (result.errors.length === 0) fail("failed with no error");
    const paths = new Set([
      input.timeline.path,
      input.people.path,
      input.references.path,
      ...input.articles.flatMap((a) => [a.textPath, a.annotations?.path ?? a.textPath]),
    ]);
    for (const error of result.errors) {
      const line = formatPipelineError(error);
      if (!paths.has(error.file) || !line.startsWith(`${error.file}: `))
        fail(`error names no input file: ${line}`);
      if (!error.file.startsWith("corpus/")) fail(`error names no corpus file: ${line}`);
      if (error.message.trim() === "") fail(`error without a message: ${line}`);
      if (error.where !== undefined && error.where.trim() === "") fail(`empty where: ${line}`);
    }
    return;
  }

  const { dataset, articleTexts } = result.data;
  const parsed = datasetSchema.safeParse(dataset);
  if (!parsed.success) fail(`dataset breaks the schema: ${JSON.stringify(parsed.error.issues)}`);

  const texts = new Map<string, string>();
  for (const source of dataset.sources) {
    if (source.kind !== "article") continue;
    const published = articleTexts.find((t) => t.path === source.text.path);
    if (!published) fail(`source "${source.id}" has no published text`);
    const name = source.text.path.replace(/^articles\/|\.txt$/g, "");
    const original = input.articles.find((a) => a.name === name)?.bytes;
    if (!original || !Buffer.from(published.bytes).equals(original))
      fail(`${source.text.path} is not the input's bytes`);
    const text = decoder.decode(published.bytes);
    if (text.length !== source.text.length) fail(`${source.text.path} has the wrong length`);
    texts.set(source.id, text);
  }

  for (const event of dataset.events) {
    for (const x of event.excerpts) {
      const text = texts.get(x.source) ?? fail(`excerpt of unknown article "${x.source}"`);
      if (text.slice(x.start, x.end) !== x.exact)
        fail(
          `event "${event.id}": excerpt ${JSON.stringify(x.exact)} is not at ${x.start}-${x.end}`,
        );
      if (text.slice(Math.max(0, x.start - x.prefix.length), x.start) !== x.prefix)
        fail(`event "${event.id}": prefix of ${JSON.stringify(x.exact)} is not the text before it`);
      if (text.slice(x.end, x.end + x.suffix.length) !== x.suffix)
        fail(`event "${event.id}": suffix of ${JSON.stringify(x.exact)} is not the text after it`);
    }
  }

  // Nothing silently dropped: every declared event, with every one of its excerpts.
  const declared = declaredEvents(input);
  const built = new Map(dataset.events.map((e) => [e.id, e.excerpts.length]));
  const show = (m: Map<string, number>) => JSON.stringify([...m].sort());
  if (show(built) !== show(declared))
    fail(`built events ${show(built)} differ from declared ${show(declared)}`);
}
