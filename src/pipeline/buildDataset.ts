import { compareEvents } from "../data/compareEvents.ts";
import {
  type ArticleSource,
  type Dataset,
  datasetSchema,
  type Era,
  type Excerpt,
  type Person,
  type Source,
  type TimelineEvent,
} from "../data/datasetSchema.ts";
import { describeIssues } from "../data/describeIssues.ts";
import { type ResolvedDate, resolveEdtf } from "../dates/edtf.ts";
import { repeatedIds } from "../lib/repeatedIds.ts";
import { anchorQuote } from "./anchorQuote.ts";
import {
  type ArticleAnnotations,
  articleAnnotationsSchema,
  type EventAnnotation,
  peopleFileSchema,
  referencesFileSchema,
  timelineFileSchema,
} from "./articleAnnotationsSchema.ts";
import { type DatedEvent, dateOutrunsArticle } from "./dateOutrunsArticle.ts";
import { type LoadedArticle, loadArticle } from "./loadArticle.ts";
import { parseDataFile, type TextFile } from "./parseDataFile.ts";
import type { Checked, PipelineError } from "./pipelineError.ts";

/** One article of the corpus: its text file and the annotations file beside it. */
export interface ArticleInput {
  /** The file name without extension; the published copy is `articles/<name>.txt`. */
  name: string;
  /** The text file's path as messages show it, and its bytes (null when it is missing). */
  textPath: string;
  bytes: Uint8Array | null;
  /** The annotations file (null when it is missing). */
  annotations: TextFile | null;
}

/** Everything the pipeline reads, already off the disk. */
export interface CorpusInput {
  timeline: TextFile;
  people: TextFile;
  references: TextFile;
  articles: ArticleInput[];
}

/** The dataset and the article texts to publish beside it (paths relative to the dataset). */
export interface BuildOutput {
  dataset: Dataset;
  articleTexts: { path: string; bytes: Uint8Array }[];
}

interface AnnotatedArticle {
  input: ArticleInput;
  annotationsPath: string;
  article: LoadedArticle;
  annotations: ArticleAnnotations;
  source: ArticleSource;
}

function loadArticles(inputs: ArticleInput[], errors: PipelineError[]): AnnotatedArticle[] {
  const loaded: AnnotatedArticle[] = [];
  for (const input of inputs) {
    if (input.bytes === null) {
      const file = input.annotations?.path ?? input.textPath;
      errors.push({ file, message: `has no article text beside it (expected ${input.textPath})` });
      continue;
    }
    if (input.annotations === null) {
      errors.push({
        file: input.textPath,
        message: `has no annotations file beside it (add ${input.name}.yaml with its source metadata and events)`,
      });
      continue;
    }
    const article = loadArticle(input.bytes);
    if (!article.ok) errors.push({ file: input.textPath, message: article.reason });
    const annotations = parseDataFile(input.annotations, articleAnnotationsSchema);
    if (!annotations.ok) errors.push(...annotations.errors);
    if (!article.ok || !annotations.ok) continue;
    const meta = annotations.data.source;
    loaded.push({
      input,
      annotationsPath: input.annotations.path,
      article: article.data,
      annotations: annotations.data,
      source: {
        id: meta.id,
        kind: "article",
        publisher: meta.publisher,
        title: meta.title,
        url: meta.url,
        published: meta.published ?? article.data.published,
        ...(meta.language === undefined ? {} : { language: meta.language }),
        text: {
          path: `articles/${input.name}.txt`,
          sha256: article.data.sha256,
          length: article.data.length,
        },
      },
    });
  }
  return loaded;
}

/** Reports every id used again, naming where its first use is. */
function findDuplicates(
  entries: { id: string; file: string; where: string }[],
  what: string,
  errors: PipelineError[],
): void {
  for (const { at, first } of repeatedIds(entries, (entry) => entry.id)) {
    const entry = entries[at] as (typeof entries)[number];
    const earlier = entries[first] as (typeof entries)[number];
    errors.push({
      file: entry.file,
      where: entry.where,
      message: `repeats the ${what} id "${entry.id}", already used in ${earlier.file} (${earlier.where})`,
    });
  }
}

/** What the publication rule reads of an event annotation and its resolved date. */
function datedEvent(annotation: EventAnnotation, date: ResolvedDate): DatedEvent {
  return {
    edtf: annotation.date.edtf,
    start: date.start,
    end: date.end,
    ...(annotation.note ? { noteKind: annotation.note.kind } : {}),
    ...(annotation.flags ? { flags: annotation.flags } : {}),
  };
}

function buildEvent(
  annotation: EventAnnotation,
  article: AnnotatedArticle,
  known: { people: Set<string>; sources: Set<string> },
  errors: PipelineError[],
): TimelineEvent | null {
  const file = article.annotationsPath;
  const where = `event "${annotation.id}"`;
  const before = errors.length;
  const date = resolveEdtf(annotation.date.edtf);
  if (!date.ok) errors.push({ file, where: `${where} date.edtf`, message: date.reason });
  const outruns =
    date.ok && dateOutrunsArticle(datedEvent(annotation, date.data), article.source.published);
  if (outruns) errors.push({ file, where: `${where} date.edtf`, message: outruns });
  for (const ref of annotation.date.references) {
    if (!known.sources.has(ref)) {
      errors.push({
        file,
        where: `${where} date.references`,
        message: `names unknown source "${ref}"`,
      });
    }
  }
  for (const person of annotation.people) {
    if (!known.people.has(person)) {
      errors.push({ file, where: `${where} people`, message: `names unknown person "${person}"` });
    }
  }
  const excerpts: Excerpt[] = [];
  annotation.excerpts.forEach((quote, i) => {
    const anchor = anchorQuote(article.article.text, quote, article.article.bodyStart);
    if (anchor.ok) excerpts.push({ source: article.source.id, ...anchor.data });
    else errors.push({ file, where: `${where} excerpt ${i + 1}`, message: anchor.reason });
  });
  const note = annotation.note;
  note?.quotes?.forEach((n, i) => {
    if (n > annotation.excerpts.length)
      errors.push({
        file,
        where: `${where} note.quotes[${i}]`,
        message: `names quote ${n}, but the event has ${annotation.excerpts.length}`,
      });
  });
  if (errors.length > before || !date.ok) return null;
  return {
    id: annotation.id,
    type: annotation.type,
    title: annotation.title,
    summary: annotation.summary,
    people: annotation.people,
    date: {
      edtf: annotation.date.edtf,
      ...date.data,
      basis: annotation.date.basis,
      references: annotation.date.references,
    },
    excerpts,
    ...(note === undefined
      ? {}
      : {
          note: {
            kind: note.kind,
            text: note.text,
            ...(note.quotes === undefined ? {} : { excerpts: note.quotes.map((n) => n - 1) }),
          },
        }),
  };
}

/** The eras of timeline.yaml as calendar days with their EDTF, in time order; each bad one is an error. */
function resolveEras(
  eras: readonly { id: string; title: string; edtf: string }[],
  file: string,
  errors: PipelineError[],
): Era[] {
  findDuplicates(
    eras.map((e, i) => ({ id: e.id, file, where: `eras[${i}]` })),
    "era",
    errors,
  );
  const resolved: Era[] = [];
  eras.forEach((era, i) => {
    const date = resolveEdtf(era.edtf);
    const where = `era "${era.id}" (eras[${i}])`;
    if (!date.ok) errors.push({ file, where, message: date.reason });
    else if (date.data.start === null || date.data.end === null)
      errors.push({ file, where, message: `"${era.edtf}" must have both a start and an end` });
    else
      resolved.push({
        id: era.id,
        title: era.title,
        start: date.data.start,
        end: date.data.end,
        edtf: era.edtf,
      });
  });
  return resolved.sort((a, b) => compareEvents({ id: a.id, date: a }, { id: b.id, date: b }));
}

/**
 * The pipeline's pure core: checks the corpus, anchors every quote in its article, resolves every
 * date and returns the dataset (sorted by date then id), or every problem found, each naming its
 * file and annotation.
 */
export function buildDataset(input: CorpusInput): Checked<BuildOutput> {
  const errors: PipelineError[] = [];
  const timeline = parseDataFile(input.timeline, timelineFileSchema);
  const peopleFile = parseDataFile(input.people, peopleFileSchema);
  const referencesFile = parseDataFile(input.references, referencesFileSchema);
  for (const parsed of [timeline, peopleFile, referencesFile]) {
    if (!parsed.ok) errors.push(...parsed.errors);
  }
  const articles = loadArticles(
    [...input.articles].sort((a, b) => (a.name < b.name ? -1 : 1)),
    errors,
  );
  if (!timeline.ok || !peopleFile.ok || !referencesFile.ok) return { ok: false, errors };

  const eras = resolveEras(timeline.data.eras, input.timeline.path, errors);
  const people: Person[] = peopleFile.data.people;
  const sources: Source[] = [
    ...referencesFile.data.references.map((r): Source => ({ ...r, kind: "reference" })),
    ...articles.map((a) => a.source),
  ];
  findDuplicates(
    people.map((p, i) => ({ id: p.id, file: input.people.path, where: `people[${i}]` })),
    "person",
    errors,
  );
  findDuplicates(
    [
      ...referencesFile.data.references.map((r, i) => ({
        id: r.id,
        file: input.references.path,
        where: `references[${i}]`,
      })),
      ...articles.map((a) => ({ id: a.source.id, file: a.annotationsPath, where: "source" })),
    ],
    "source",
    errors,
  );
  findDuplicates(
    articles.flatMap((a) =>
      a.annotations.events.map((e, i) => ({
        id: e.id,
        file: a.annotationsPath,
        where: `events[${i}]`,
      })),
    ),
    "event",
    errors,
  );

  const known = {
    people: new Set(people.map((p) => p.id)),
    sources: new Set(sources.map((s) => s.id)),
  };
  const events = new Map<string, TimelineEvent>();
  for (const article of articles) {
    for (const annotation of article.annotations.events) {
      // Proposed (not yet reviewed) and rejected suggestions stay in the file, out of the dataset.
      if (annotation.status !== "accepted") continue;
      const event = buildEvent(annotation, article, known, errors);
      if (event && !events.has(event.id)) events.set(event.id, event);
    }
  }
  for (const article of articles) {
    article.annotations.citations.forEach((citation, i) => {
      const where = `citation ${i + 1} of event "${citation.event}"`;
      const event = events.get(citation.event);
      const declared = articles
        .flatMap((a) => a.annotations.events)
        .find((e) => e.id === citation.event && e.status === "accepted");
      if (!declared) {
        errors.push({ file: article.annotationsPath, where, message: "names an unknown event" });
        return;
      }
      const outruns =
        event && dateOutrunsArticle(datedEvent(declared, event.date), article.source.published);
      if (outruns) errors.push({ file: article.annotationsPath, where, message: outruns });
      const anchor = anchorQuote(article.article.text, citation, article.article.bodyStart);
      if (!anchor.ok) errors.push({ file: article.annotationsPath, where, message: anchor.reason });
      else event?.excerpts.push({ source: article.source.id, ...anchor.data });
    });
  }
  if (errors.length > 0) return { ok: false, errors };

  const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const candidate: Dataset = {
    version: 1,
    title: timeline.data.title,
    description: timeline.data.description,
    sources: [...sources].sort(byId),
    people: [...people].sort(byId),
    events: [...events.values()].sort(compareEvents),
    eras,
  };
  // The built dataset must meet the contract the app reads; parsing also fixes the key order.
  const checked = datasetSchema.safeParse(candidate);
  if (!checked.success) {
    return {
      ok: false,
      errors: describeIssues(checked.error.issues).map((message) => ({
        file: "(built dataset)",
        message,
      })),
    };
  }
  return {
    ok: true,
    data: {
      dataset: checked.data,
      articleTexts: articles.map((a) => ({
        path: a.source.text.path,
        bytes: a.input.bytes as Uint8Array,
      })),
    },
  };
}
