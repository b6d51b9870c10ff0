import { z } from "zod/mini";
import en from "zod/v4/locales/en.js";
import { i18n, t } from "../i18n/i18n.ts";
import { isLocale, type Locale } from "../i18n/locales.ts";
import type { MessageKey } from "../i18n/messageKey.ts";
import { EVENT_TYPES, ID_PATTERN, NOTE_KINDS, PRECISIONS } from "./vocabulary.ts";

// zod/mini ships without messages; English ones make every failure say what was expected.
z.config(en());
// No code generation: a strict Content Security Policy forbids it (and zod would probe for it).
z.config({ jitless: true });

type ZodMessages = typeof en;

/** zod's own messages in each other interface language, fetched only when that language is used. */
const ZOD_MESSAGES: Record<Exclude<Locale, "en">, () => Promise<{ default: ZodMessages }>> = {
  es: () => import("zod/v4/locales/es.js"),
  fr: () => import("zod/v4/locales/fr.js"),
  de: () => import("zod/v4/locales/de.js"),
  "pt-BR": () => import("zod/v4/locales/pt.js"),
  ja: () => import("zod/v4/locales/ja.js"),
  ar: () => import("zod/v4/locales/ar.js"),
  he: () => import("zod/v4/locales/he.js"),
};

let schemaLocale: Locale = "en";

/**
 * Makes the schema's failures speak the interface language (by default the active one), before
 * a check whose issues a reader sees: zod's messages for it are fetched the first time. The
 * command-line tools never call it, so they speak English.
 */
export async function speakSchemaLanguage(
  locale: Locale = isLocale(i18n.locale) ? i18n.locale : "en",
): Promise<void> {
  if (locale === schemaLocale) return;
  const messages = locale === "en" ? en : (await ZOD_MESSAGES[locale]()).default;
  z.config(messages());
  schemaLocale = locale;
}

/** A message of the schema's own, said in the active language when an issue is found. */
const say = (key: MessageKey) => ({ error: () => t(key) });

// The closed vocabularies travel with the schema: its readers import both from here.
export {
  EVENT_TYPES,
  type EventType,
  ID_PATTERN,
  NOTE_KINDS,
  type NoteKind,
  PRECISIONS,
  type Precision,
} from "./vocabulary.ts";

/** A stable id: lower-case words joined by hyphens. */
export const idSchema = z.string().check(z.regex(ID_PATTERN, say("data.schemaId")));

/** Text that must say something: not empty, not only white space. */
export const textSchema = z.string().check(z.regex(/\S/, say("data.schemaText")));

/**
 * Text a reader can do without (a person's description, an event's summary): empty or missing
 * reads as "", which the dataset checks list as a warning, keeping the item (`datasetRules`).
 */
export const optionalTextSchema = z._default(z.string(), "");

/**
 * A calendar day, `YYYY-MM-DD` (a day, never an instant); years before 1 are negative (`-0500`)
 * and may have more digits (`-13800000000-01-01`). Its year must also be one a timeline can draw
 * (`YEAR_RANGE`: eleven digits either side of 0), which the dataset checks (`datasetRules`) say
 * of each date beyond it, naming the year.
 */
export const calendarDaySchema = z
  .string()
  .check(
    z.regex(/^-?\d{4,}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, say("data.schemaCalendarDay")),
  );

/** An ISO 8601 instant with its offset, or a calendar day. */
export const publishedSchema = z
  .string()
  .check(
    z.regex(
      /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2}))?$/,
      say("data.schemaPublished"),
    ),
  );

/** A link a reader may follow: only http and https. */
export const webUrlSchema = z
  .url({ protocol: /^https?$/, ...say("data.schemaWebUrl") })
  .check(z.regex(/^https?:\/\/\S+$/, say("data.schemaWebUrl")));

/** The language a source is written in, as a BCP 47 tag: `en`, `es`, `pt-BR`, `zh-Hant`. */
export const languageTagSchema = z
  .string()
  .check(
    z.regex(
      /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/,
      "must be a BCP 47 language tag such as en or pt-BR",
    ),
  );

const sourceFields = {
  publisher: optionalTextSchema,
  title: textSchema,
  url: z.nullable(webUrlSchema),
  published: publishedSchema,
  /** Optional: the page marks its excerpts with it where it is not the interface's language. */
  language: z.optional(languageTagSchema),
};

/**
 * Where the full text of an article is, relative to the dataset file. A path that could lead off
 * the dataset's site is a listed problem of the checks (`articlePathFault`), not of the schema:
 * the article stays, with its excerpts, and only its text is not fetched.
 */
export const articleTextSchema = z.object({
  path: z.string().check(z.regex(/\.txt$/, say("data.schemaTextPath"))),
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/, say("data.schemaSha256"))),
  length: z.int().check(z.minimum(0)),
});

/** An article the dataset quotes, with its full text. */
export const articleSourceSchema = z.object({
  id: idSchema,
  kind: z.literal("article"),
  ...sourceFields,
  text: articleTextSchema,
});

/** A public report that fixes a date; quoted by title and URL only. */
export const referenceSourceSchema = z.object({
  id: idSchema,
  kind: z.literal("reference"),
  ...sourceFields,
});

/** A source: an article with its text, or a reference. */
export const sourceSchema = z.discriminatedUnion("kind", [
  articleSourceSchema,
  referenceSourceSchema,
]);

/** A person named by events. */
export const personSchema = z.object({
  id: idSchema,
  name: textSchema,
  description: optionalTextSchema,
});

/**
 * A verbatim excerpt of an article, as a W3C TextQuoteSelector (`exact`, `prefix`, `suffix`) and
 * TextPositionSelector (`start`, `end`: string indices into the article's whole text).
 */
export const excerptSchema = z.object({
  source: idSchema,
  exact: textSchema,
  prefix: z.string(),
  suffix: z.string(),
  start: z.int().check(z.minimum(0)),
  end: z.int().check(z.minimum(0)),
});

/** When an event happened, how precisely, how that is known and which reports fix it. */
export const eventDateSchema = z.object({
  edtf: z.nullable(z.string()),
  start: z.nullable(calendarDaySchema),
  end: z.nullable(calendarDaySchema),
  precision: z.enum(PRECISIONS),
  basis: optionalTextSchema,
  references: z.array(idSchema),
});

/** A run of an event's own text: plain text, or the text of an http(s) link. */
export const textRunSchema = z.object({ text: z.string(), href: z.optional(webUrlSchema) });

/**
 * How an event's media is shown: an image inline, a quote as text, anything else (video, audio,
 * maps, posts, pages) as a card linking to its source. Third-party content is never embedded.
 */
export const MEDIA_KINDS = ["image", "quote", "embed"] as const;

/**
 * A picture, quote or clip that came with an imported event. `url` is where it is (a quote may
 * have none); `caption` and `credit` are plain text, and `captionRuns`/`creditRuns` the same text
 * with its links when it had any. `kind` says how it is shown (absent: as a link), `label` what
 * it is ("YouTube video"), `text` a quote's words. Files written before kinds read as links.
 */
export const mediaSchema = z.object({
  url: z.nullable(webUrlSchema),
  caption: z.nullable(z.string()),
  credit: z.nullable(z.string()),
  kind: z.optional(z.enum(MEDIA_KINDS)),
  label: z.optional(textSchema),
  text: z.optional(z.array(textRunSchema)),
  captionRuns: z.optional(z.array(textRunSchema)),
  creditRuns: z.optional(z.array(textRunSchema)),
});

/**
 * A correction or caveat: what kind it is, what it says, and (where it concerns some of the
 * event's excerpts, not the event) which ones, as indexes into the event's `excerpts`.
 */
export const noteSchema = z.object({
  kind: z.enum(NOTE_KINDS),
  text: z.string(),
  excerpts: z.optional(z.array(z.int().check(z.minimum(0)))),
});

/**
 * One thing that happened, with the excerpts that report it. Events imported from other formats
 * (TimelineJS) have no verified excerpt: their own text (`body`), media credit and the date as the
 * file wrote it (`displayDate`) stand in, and `group` names their lane.
 */
export const eventSchema = z.object({
  id: idSchema,
  type: z.enum(EVENT_TYPES),
  title: textSchema,
  summary: optionalTextSchema,
  people: z.array(idSchema),
  date: eventDateSchema,
  excerpts: z.array(excerptSchema),
  /**
   * A note; a plain string (files written before notes had kinds) reads as `unverified`. An
   * empty note, group or display date is a warning of the checks, which drop it (`blankTextRules`).
   */
  note: z.optional(z.union([noteSchema, z.string()])),
  group: z.optional(z.string()),
  displayDate: z.optional(z.string()),
  body: z.optional(z.array(textRunSchema)),
  media: z.optional(mediaSchema),
});

/**
 * A named background period (an era), from its first to its last calendar day. `edtf`, when
 * given, is the period as its source wrote it, at its precision (`1800/1900`, `1933-03/1945`):
 * what the era list shows and a TimelineJS export writes. Its days say the same (`eraDays`; an
 * era from TimelineJS ends as its end begins, so `1800/1900` ends on 1899-12-31).
 */
export const eraSchema = z.object({
  id: idSchema,
  title: textSchema,
  start: calendarDaySchema,
  end: calendarDaySchema,
  edtf: z.optional(z.string()),
});

/** The whole dataset the app draws: the contract between the pipeline and the app. */
export const datasetSchema = z.object({
  version: z.literal(1),
  title: textSchema,
  description: optionalTextSchema,
  sources: z.array(sourceSchema),
  people: z.array(personSchema),
  events: z.array(eventSchema),
  eras: z.optional(z.array(eraSchema)),
});

export type ArticleSource = z.infer<typeof articleSourceSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Person = z.infer<typeof personSchema>;
export type Excerpt = z.infer<typeof excerptSchema>;
export type EventDate = z.infer<typeof eventDateSchema>;
export type Note = z.infer<typeof noteSchema>;
export type TextRun = z.infer<typeof textRunSchema>;
export type Media = z.infer<typeof mediaSchema>;
export type MediaKind = (typeof MEDIA_KINDS)[number];
export type Era = z.infer<typeof eraSchema>;
export type TimelineEvent = z.infer<typeof eventSchema>;
export type Dataset = z.infer<typeof datasetSchema>;
