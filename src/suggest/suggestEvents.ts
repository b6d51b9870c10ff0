import nlp from "compromise";
import type { EventType } from "../data/vocabulary.ts";
import { slugify } from "../lib/slugify.ts";
import { parseArticle } from "../pipeline/parseArticle.ts";
import {
  DENIAL,
  NEGATION,
  NOUN_TYPES,
  PHRASE_TYPES,
  SPECULATION,
  TYPE_RANK,
  VERB_TYPES,
} from "./eventLexicon.ts";
import { matchPerson, type PersonRef } from "./matchPerson.ts";
import { resolveEventDate, type SuggestedDate } from "./resolveEventDate.ts";

/** Why a candidate is not a plain fact: the text negates, denies or only speculates it. */
export type SuggestionFlag = "negation" | "denial" | "speculation";

/** A candidate event proposed from an article, for a curator to accept or correct. */
export interface Suggestion {
  type: Exclude<EventType, "other">;
  title: string;
  people: PersonRef[];
  /** The clause or sentence that reports it, with offsets into the whole file text. */
  excerpt: { start: number; end: number; exact: string };
  date: SuggestedDate;
  flags: SuggestionFlag[];
}

/** A stretch of the text that may report one event: a clause, split where a new subject starts. */
interface Unit {
  start: number;
  end: number;
  text: string;
  /** Follows a semicolon: an item of a list that shares the clause's verb. */
  listItem?: boolean;
}

/** Where a clause splits into two reports: a conjunction followed by a new named subject. */
const SPLIT = new RegExp(
  [
    String.raw`,?\s+(?:while|whereas|but|when)\s+(?=[A-Z])`,
    String.raw`;\s+(?:and\s+)?`,
    String.raw`,\s+and\s+(?=(?:the|its|his|her|[A-Z])[^.;]{0,80}?\b(?:was|were|is|has|had|will|did|said|resigned|quit|left|stepped|joined|announced|told|wrote|denied)\b)`,
    String.raw`\s+and\s+(?=(?:[A-Z][\w’'-]+\s){1,3}(?:was|were|is|has|had|will|did|said|resigned|quit|left|stepped|joined|announced|told|wrote|denied)\b)`,
    String.raw`\s+and\s+(?=(?:is|was|has|had)\s+(?:likely|expected|set|rumou?red|due)\b)`,
    // "X, who left in 2023, might join …": the subject with its clause, then the new predicate.
    String.raw`(?<=,\s+who\s[^,]{1,80}),\s+(?=(?:might|may|will|would|could|is|was|has|had|said|says|told|\w+ed)\b)`,
    String.raw`,?\s+(?=since the (?:departure|resignation|exit|ousting|dismissal) of\b)`,
    String.raw`,?\s+(?:after|following)\s+(?=(?:a|an|the)\s+(?:\w+\s+)?(?:report|review|investigation|audit|study)\b)`,
  ].join("|"),
  "g",
);
const LEADING = /^(?:and|but|while|whereas|as|so|then|also)\s+/i;

/** A sentence cut into units at each conjunction that starts a new subject. */
function unitsOf(sentence: Unit): Unit[] {
  const units: Unit[] = [];
  let from = 0;
  let listItem = false;
  for (const m of sentence.text.matchAll(SPLIT)) {
    units.push({ ...trimUnit(sentence, from, m.index), listItem });
    listItem = m[0].startsWith(";");
    from = m.index + m[0].length;
  }
  units.push({ ...trimUnit(sentence, from, sentence.text.length), listItem });
  return units.filter((u) => u.text.length > 0);
}

/** The part of a sentence from `from` to `to`, without outer space, a leading conjunction or a final comma. */
function trimUnit(sentence: Unit, from: number, to: number): Unit {
  let a = from;
  let b = to;
  const text = sentence.text;
  while (a < b && /\s/.test(text[a] as string)) a++;
  const lead = LEADING.exec(text.slice(a, b));
  if (lead) a += lead[0].length;
  while (b > a && /[\s,;]/.test(text[b - 1] as string)) b--;
  return { start: sentence.start + a, end: sentence.start + b, text: text.slice(a, b) };
}

/** Inflections of the lexicon's verbs, for words the tagger does not see as verbs (headlines). */
const VERB_WORD = new RegExp(
  `\\b(${[...VERB_TYPES.keys()].join("|")})(s|es|ed|d|ing|ped|ted)?\\b`,
  "gi",
);

/** The event type a unit reports: by its verbs first, then by event nouns; null if none. */
function typeOf(clause: string, verbs: readonly Tagged[]): Exclude<EventType, "other"> | null {
  // What a relative clause says ("Kessler, who joined in 2014, told …") is not the clause's
  // event, unless the clause has none of its own ("Ekdahl, who is rumoured to be in talks").
  const main = mainClause(clause);
  return (main !== clause ? typeOfText(main, verbs) : null) ?? typeOfText(clause, verbs);
}

function typeOfText(unit: string, verbs: readonly Tagged[]): Exclude<EventType, "other"> | null {
  let best: Exclude<EventType, "other"> | null = null;
  const consider = (type: EventType | undefined) => {
    if (!type || type === "other") return;
    if (best === null || TYPE_RANK[type] > TYPE_RANK[best]) best = type;
  };
  const infinitives = verbs
    .filter((v) => unit.includes(v.text))
    // A lone "-ing" word is an adjective ("departing staff") unless a form of "be" leads it.
    .filter(
      (v) =>
        !/^\w+ing$/i.test(v.text) ||
        new RegExp(`\\b(is|was|are|were|be|been)\\s+${v.text}\\b`, "i").test(unit),
    )
    .flatMap((v) => v.infinitive?.toLowerCase() ?? []);
  // Title-case headlines ("Who Quit … Likely To Join") are not tagged as verbs: read the words.
  if (isHeadline(unit))
    for (const m of unit.matchAll(VERB_WORD)) infinitives.push((m[1] as string).toLowerCase());
  for (const infinitive of infinitives) {
    if (infinitive === "step" && !/\bstep\w*\s+(down|aside)\b/i.test(unit)) continue;
    if (infinitive === "name" && !/\b(was|were|is|been|be)\s+named\b|\bnamed\s+[A-Z]/.test(unit))
      continue;
    if (infinitive === "leave" && /\bleaves?\s+(of|for)\s+absence\b/i.test(unit)) continue;
    consider(VERB_TYPES.get(infinitive));
  }
  for (const [pattern, type] of PHRASE_TYPES) if (pattern.test(unit)) consider(type);
  // Nouns name an event only where no verb did ("the departures of …", "a new policy").
  if (best === null)
    for (const [pattern, type] of NOUN_TYPES) if (pattern.test(unit)) consider(type);
  // A board acting is a board event, unless the clause reports on it or names a person's exit.
  if (
    best !== "report" &&
    /\b(the|its|company's|company’s)\s+board\b/i.test(unit) &&
    /\bboard\s+(\w+\s+)?(oust|dismiss|remov|fire|vot|attempt|reinstat)/i.test(unit)
  )
    best = "board";
  return best;
}

/** A word or phrase the tagger found, with where it stands in the whole text. */
interface Tagged {
  text: string;
  start: number;
  end: number;
  infinitive?: string | undefined;
}

/** The clause without its non-restrictive relative clauses and asides (", who …," ", now …,"). */
export function mainClause(unit: string): string {
  return unit.replace(/,\s+(?:who|which|whose|now|previously|formerly|then)\b[^,]*,/gi, ",");
}

/** The verbs and people of the article, tagged a few sentences at a time, with offsets into the whole text. */
function tagSentences(text: string, sentences: readonly Unit[]) {
  type Json = {
    text: string;
    offset: { start: number; length: number };
    verb?: { infinitive?: string };
  };
  const verbs: Tagged[] = [];
  const people: Tagged[] = [];
  // The tagger's cost grows faster than the text: tag a few sentences at a time.
  for (let i = 0; i < sentences.length; ) {
    const first = sentences[i] as Unit;
    let last = first;
    while (i + 1 < sentences.length && (sentences[i + 1] as Unit).end - first.start < CHUNK) {
      i++;
      last = sentences[i] as Unit;
    }
    i++;
    const doc = nlp(text.slice(first.start, last.end));
    const place = (j: Json): Tagged => ({
      text: j.text.trim(),
      start: first.start + j.offset.start,
      end: first.start + j.offset.start + j.offset.length,
      infinitive: j.verb?.infinitive,
    });
    verbs.push(...(doc.verbs().json({ offset: true }) as Json[]).map(place));
    people.push(...(doc.people().json({ offset: true }) as Json[]).map(place));
  }
  return { verbs, people };
}

/** About how many characters the tagger reads at a time. */
const CHUNK = 1500;

/** What of `tagged` lies inside `unit`. */
const within = (tagged: readonly Tagged[], unit: { start: number; end: number }) =>
  tagged.filter((t) => t.start >= unit.start && t.end <= unit.end);

/** Last words of company and institution names ("Stavro Energy", "Halden Partners"). */
const ORGANISATION =
  /^(Media|Energy|Therapeutics|Partners|Labs?|Group|Inc|Corp|Council|Association|Governance|Holdings|Capital|Bank|Systems|Technologies|Foundation|Institute|University|Trust|Fund|Ventures|Pharma|Motors|Airlines|Networks|Software|Analytics|Times|Post|News|Press|Agency|Ministry|Commission|Authority|Committee|Publishers)$/;

/** Capitalised words that begin titles and places, not names. */
const NOT_NAMES = new Set(
  "The A An In On At Chief Executive Officer President Chairman Chair Director Board Company Former Acting Interim New Read See Also What Why It Matters Mr Ms Mrs Dr Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December".split(
    " ",
  ),
);

/** Capitalised function words that start sentences and headlines, never a given name. */
const FUNCTION_WORDS = new Set(
  "According After Before Since When While As With Over From For By Of To And But Who Likely Months".split(
    " ",
  ),
);

/** Two or three capitalised words in a row that are not a title or a date: likely a name. */
const NAME_LIKE = /\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b/g;

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATION =
  /\b(Mr|Ms|Mrs|Dr|Prof|Sr|Jr|St|Inc|Corp|Co|Ltd|Gen|Gov|Sen|Rep|vs|etc|U\.S|U\.K|No)\.$/;

/**
 * The body's sentences with offsets into the whole text: split after . ! ? (and a closing quote)
 * before a capital, an opening quote or a new paragraph, but not after an abbreviation. Cheaper
 * than a tagger's split, which the timing of 1,000 articles could not afford.
 */
function splitSentences(text: string, bodyStart: number): Unit[] {
  const sentences: Unit[] = [];
  const end = /[.!?]["”’')]*(?=\s+["“‘(]?[A-Z0-9])|\n\s*\n/g;
  end.lastIndex = bodyStart;
  let from = bodyStart;
  const push = (to: number) => {
    const raw = text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const piece = raw.trim();
    if (piece) sentences.push({ start: from + lead, end: from + lead + piece.length, text: piece });
  };
  for (const m of text.matchAll(end)) {
    if (m.index < bodyStart) continue;
    const to = m.index + (m[0].startsWith("\n") ? 0 : m[0].length);
    if (!m[0].startsWith("\n") && ABBREVIATION.test(text.slice(Math.max(from, to - 6), to)))
      continue;
    push(to);
    from = to;
  }
  push(text.length);
  return sentences;
}

/** Whether most words are capitalised, as in a headline ("Read Next: … Likely To Join …"). */
function isHeadline(unit: string): boolean {
  const words = unit.match(/[A-Za-z][\w’'-]*/g) ?? [];
  const capitalised = words.filter((w) => /^[A-Z]/.test(w)).length;
  return words.length >= 4 && capitalised / words.length > 0.6;
}

/** Lines that are the publisher's, not the story's. */
const BOILERPLATE = /^(disclaimer|subscribe|sign up|check out|photo|image|editor'?s note)\b/i;

function flagsOf(unit: string): SuggestionFlag[] {
  const flags: SuggestionFlag[] = [];
  if (DENIAL.test(unit)) flags.push("denial");
  else if (NEGATION.test(unit)) flags.push("negation");
  if (SPECULATION.test(unit)) flags.push("speculation");
  return flags;
}

const VERB_TITLE: Record<Exclude<EventType, "other">, string> = {
  departure: "leaves",
  appointment: "is appointed",
  board: "board action",
  statement: "speaks",
  report: "report",
  policy: "policy",
};

function titleOf(type: Exclude<EventType, "other">, people: PersonRef[], flags: SuggestionFlag[]) {
  const who = people.map((p) => p.name).join(" and ");
  const what =
    type === "board" || type === "report" || type === "policy"
      ? `${VERB_TITLE[type][0]?.toUpperCase()}${VERB_TITLE[type].slice(1)}${who ? `: ${who}` : ""}`
      : `${who || "Someone"} ${VERB_TITLE[type]}`;
  const mark = flags.includes("denial")
    ? "Denied: "
    : flags.includes("negation")
      ? "Not: "
      : flags.includes("speculation")
        ? "Speculation: "
        : "";
  return `${mark}${what}`;
}

/**
 * Proposes the events an article reports: each clause with an event verb or noun becomes a
 * candidate with its type, the people it names (matched to `people` by name), its exact words
 * and offsets, a date resolved against the publication, and flags for negation, denial and
 * speculation. Two people doing different things in one sentence give two candidates.
 */
export function suggestEvents(
  text: string,
  options: { people?: readonly { id: string; name: string }[]; published?: string } = {},
): Suggestion[] {
  const parsed = parseArticle(text);
  const bodyStart = parsed.ok ? parsed.data.bodyStart : 0;
  const published = options.published ?? (parsed.ok ? parsed.data.published : null);
  if (published === null) {
    // Relative dates mean nothing without the day the article appeared.
    throw new Error(
      `${parsed.ok ? "no publication date" : parsed.reason}: relative dates ("on Tuesday", "last month") cannot be resolved without the day the article appeared`,
    );
  }
  const sentences = splitSentences(text, bodyStart);
  const tags = tagSentences(text, sentences);
  // Everyone the article names in full, so that a later "Kessler" is Marta Kessler.
  const known = [...(options.people ?? [])];
  const addName = (raw: string) => {
    const words = cleanName(raw).split(/\s+/);
    // "Chief risk officer Leonie Marsh" → "Leonie Marsh": the name is the capitalised tail.
    let from = words.length;
    while (
      from > 0 &&
      /^[A-Z]/.test(words[from - 1] as string) &&
      !NOT_NAMES.has(words[from - 1] as string)
    )
      from--;
    const name = words.slice(from).join(" ");
    if (ORGANISATION.test(words.at(-1) ?? "")) return;
    // "Following Sutskever" is Ilya Sutskever again, not a new person (but Clara Haldane is not
    // her father Victor): a first word that is no given name gives way to a known surname.
    const [given] = name.split(" ");
    const surname = words.at(-1);
    if (
      (/(ing|ed)$/.test(given ?? "") || FUNCTION_WORDS.has(given ?? "")) &&
      known.some((k) => k.name.split(/\s+/).at(-1) === surname)
    )
      return;
    if (name.split(" ").length >= 2 && !known.some((k) => k.name === name))
      known.push({ id: slugify(name), name });
  };
  const headlines = sentences.filter((x) => isHeadline(x.text));
  for (const p of tags.people)
    if (!headlines.some((h) => p.start >= h.start && p.end <= h.end)) addName(p.text);
  // Capitalised pairs the tagger missed; not in headlines, where every word is capitalised.
  for (const sentence of sentences) {
    if (isHeadline(sentence.text)) continue;
    for (const m of sentence.text.matchAll(NAME_LIKE)) {
      if (!NOT_NAMES.has(m[1] as string) && !NOT_NAMES.has(m[2] as string)) addName(m[0]);
    }
  }
  const knownIds = new Set((options.people ?? []).map((p) => p.id));
  const suggestions: Suggestion[] = [];
  let lastPeople: PersonRef[] = [];
  for (const sentence of sentences) {
    if (BOILERPLATE.test(sentence.text)) continue;
    let previous: Suggestion | null = null;
    const units = unitsOf(sentence);
    for (let u = 0; u < units.length; u++) {
      const unit = units[u] as Unit;
      // A subject with no verb of its own ("Leike and Maria Gomez resigned") joins what follows.
      if (!unit.listItem && u + 1 < units.length && within(tags.verbs, unit).length === 0) {
        const next = units[u + 1] as Unit;
        units[u + 1] = { ...next, start: unit.start, text: text.slice(unit.start, next.end) };
        continue;
      }
      const verbs = within(tags.verbs, unit);
      // In a headline every word is capitalised and the tagger sees names everywhere.
      const tagged = isHeadline(unit.text) ? [] : within(tags.people, unit);
      const names = tagged.map((p) => cleanName(p.text)).filter((n) => n.length > 0);
      let people = dedupe([
        ...names.map((n) => matchPerson(n, known)),
        ...mentionedPeople(unit.text, known),
      ])
        .map((p) => ({ ...p, known: knownIds.has(p.id) }))
        .sort((a, b) => firstMention(unit.text, a) - firstMention(unit.text, b));
      // "She told …", or a predicate whose subject came before ("… and is likely to …").
      if (people.length === 0 && (/\b(he|she|they)\b/i.test(unit.text) || /^[a-z]/.test(unit.text)))
        people = lastPeople;
      if (people.length > 0) lastPeople = people;
      // An item of a list ("…: A, a banker; B, …") shares the verb of the clause before it.
      const own = typeOf(unit.text, verbs);
      const type = own ?? (unit.listItem && previous ? previous.type : null);
      if (type === null) continue;
      const flags = unit.listItem && previous && !own ? previous.flags : flagsOf(unit.text);
      const suggestion: Suggestion = {
        type,
        title: titleOf(type, people, flags),
        people,
        excerpt: { start: unit.start, end: unit.end, exact: unit.text },
        date: unit.listItem && previous ? previous.date : resolveEventDate(unit.text, published),
        flags,
      };
      // A list's first item shares the clause; keep only the first-named person there.
      if (previous?.type === type && unit.listItem && previous.people.length > 1) {
        const [first] = previous.people;
        previous.people = first ? [first] : [];
        previous.title = titleOf(previous.type, previous.people, previous.flags);
      }
      suggestions.push(suggestion);
      previous = suggestion;
    }
  }
  return suggestions;
}

/** Known people a unit names by full name or by a surname no one else has. */
function mentionedPeople(
  unit: string,
  known: readonly { id: string; name: string }[],
): PersonRef[] {
  return known.flatMap((person) => {
    const surname = person.name.split(/\s+/).at(-1) ?? person.name;
    const unique = known.filter((p) => p.name.split(/\s+/).at(-1) === surname).length === 1;
    const named = new RegExp(`\\b${escapeRegExp(unique ? surname : person.name)}\\b`).test(unit);
    return named ? [{ name: person.name, id: person.id, known: true }] : [];
  });
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A name as the tagger gives it, without a possessive or trailing punctuation. */
const cleanName = (text: string) =>
  text
    .replace(/[’']s$/, "")
    .replace(/[.,;:]+$/, "")
    .trim();

/** Where a person is first named in a unit (full name or surname). */
function firstMention(unit: string, person: PersonRef): number {
  const at = unit.indexOf(person.name.split(/\s+/).at(-1) ?? person.name);
  return at < 0 ? unit.length : at;
}

function dedupe(people: PersonRef[]): PersonRef[] {
  const seen = new Set<string>();
  return people.filter((p) => !seen.has(p.id) && seen.add(p.id) !== undefined);
}
