import { z } from "zod/mini";
import {
  EVENT_TYPES,
  idSchema,
  languageTagSchema,
  NOTE_KINDS,
  personSchema,
  publishedSchema,
  textSchema,
  webUrlSchema,
} from "../data/datasetSchema.ts";

/** A curator's decision on an event of an annotations file. */
export const SUGGESTION_STATUSES = ["accepted", "proposed", "rejected"] as const;

/** What a suggestion saw in the text besides a plain fact. */
export const SUGGESTION_FLAGS = ["negation", "denial", "speculation"] as const;

/** A quote as typed by an annotator, with optional context to pick one of several occurrences. */
export const quoteAnnotationSchema = z.strictObject({
  quote: textSchema,
  prefix: z.optional(z.string()),
  suffix: z.optional(z.string()),
});

/** An event an article reports, as a curator writes it. */
export const eventAnnotationSchema = z.strictObject({
  id: idSchema,
  type: z.enum(EVENT_TYPES),
  title: textSchema,
  summary: textSchema,
  people: z._default(z.array(idSchema), []),
  date: z.strictObject({
    edtf: z.nullable(z.string()),
    basis: textSchema,
    references: z._default(z.array(idSchema), []),
  }),
  excerpts: z.array(quoteAnnotationSchema).check(z.minLength(1, "needs at least one excerpt")),
  /**
   * A correction or caveat: its kind, its text and, where it concerns only some of the quotes
   * above, which ones (1 for the first).
   */
  note: z.optional(
    z.strictObject({
      kind: z.enum(NOTE_KINDS),
      text: textSchema,
      quotes: z.optional(z.array(z.int().check(z.minimum(1)))),
    }),
  ),
  /**
   * A curator's decision: only accepted events (the default, for hand-written ones) are built;
   * `npm run suggest` writes its candidates as proposed.
   */
  status: z._default(z.enum(SUGGESTION_STATUSES), "accepted"),
  /** What `npm run suggest` saw in the text: the event is negated, denied or only speculated. */
  flags: z.optional(z.array(z.enum(SUGGESTION_FLAGS))),
  /** The key of the suggestion this event came from, so a new run does not propose it again. */
  suggestion: z.optional(z.string()),
});

/** A further excerpt, in this article, for an event annotated in another one. */
export const citationAnnotationSchema = z.strictObject({
  event: idSchema,
  quote: textSchema,
  prefix: z.optional(z.string()),
  suffix: z.optional(z.string()),
});

/** The annotations file beside an article: its metadata and the events it reports. */
export const articleAnnotationsSchema = z.strictObject({
  source: z.strictObject({
    id: idSchema,
    publisher: textSchema,
    title: textSchema,
    url: z.nullable(webUrlSchema),
    /** Overrides the article's first line when that is not the publication time. */
    published: z.optional(publishedSchema),
    /** The language the article is written in (BCP 47), for readers of another language. */
    language: z.optional(languageTagSchema),
  }),
  events: z.array(eventAnnotationSchema),
  citations: z._default(z.array(citationAnnotationSchema), []),
  /** People `npm run suggest` found who are not in people.yaml yet (move them there to use them). */
  proposedPeople: z.optional(z.array(z.strictObject({ id: idSchema, name: textSchema }))),
});

/** The people events may name. */
export const peopleFileSchema = z.strictObject({
  people: z.array(z.strictObject(personSchema.shape)),
});

/** Public reports that fix dates, cited by title and URL only. */
export const referencesFileSchema = z.strictObject({
  references: z.array(
    z.strictObject({
      id: idSchema,
      publisher: textSchema,
      title: textSchema,
      url: z.nullable(webUrlSchema),
      published: publishedSchema,
      language: z.optional(languageTagSchema),
    }),
  ),
});

/** The dataset's title and description. */
/** A named background period, as a curator writes it: an EDTF interval of days, months or years. */
export const eraAnnotationSchema = z.strictObject({
  id: idSchema,
  title: textSchema,
  edtf: z.string(),
});

/** timeline.yaml: the dataset's title, description and eras. */
export const timelineFileSchema = z.strictObject({
  title: textSchema,
  description: textSchema,
  eras: z._default(z.array(eraAnnotationSchema), []),
});

export type ArticleAnnotations = z.infer<typeof articleAnnotationsSchema>;
export type EventAnnotation = z.infer<typeof eventAnnotationSchema>;
