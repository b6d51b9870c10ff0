import { z } from "zod/mini";
import {
  EVENT_TYPES,
  idSchema,
  personSchema,
  publishedSchema,
  textSchema,
  webUrlSchema,
} from "../data/schema.ts";

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
  note: z.optional(textSchema),
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
  }),
  events: z.array(eventAnnotationSchema),
  citations: z._default(z.array(citationAnnotationSchema), []),
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
