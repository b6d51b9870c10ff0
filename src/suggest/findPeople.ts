import { slugify } from "../lib/slugify.ts";
import { isHeadline } from "./isHeadline.ts";
import { matchPerson, type PersonRef } from "./matchPerson.ts";
import type { TextSpan } from "./splitSentences.ts";
import { type Tagged, within } from "./tagSentences.ts";

/** A person by id and full name, as people.yaml lists them. */
export interface NamedPerson {
  id: string;
  name: string;
}

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

/**
 * Everyone the article names in full, after the people `given`, so that a later "Kessler" is
 * Marta Kessler: the names the tagger found outside headlines, then capitalised pairs it missed.
 */
export function listPeople(
  sentences: readonly TextSpan[],
  taggedPeople: readonly Tagged[],
  given: readonly NamedPerson[],
): NamedPerson[] {
  const known = [...given];
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
    const [givenName] = name.split(" ");
    const surname = words.at(-1);
    if (
      (/(ing|ed)$/.test(givenName ?? "") || FUNCTION_WORDS.has(givenName ?? "")) &&
      known.some((k) => k.name.split(/\s+/).at(-1) === surname)
    )
      return;
    if (name.split(" ").length >= 2 && !known.some((k) => k.name === name))
      known.push({ id: slugify(name), name });
  };
  const headlines = sentences.filter((x) => isHeadline(x.text));
  for (const p of taggedPeople)
    if (!headlines.some((h) => p.start >= h.start && p.end <= h.end)) addName(p.text);
  // Capitalised pairs the tagger missed; not in headlines, where every word is capitalised.
  for (const sentence of sentences) {
    if (isHeadline(sentence.text)) continue;
    for (const m of sentence.text.matchAll(NAME_LIKE)) {
      if (!NOT_NAMES.has(m[1] as string) && !NOT_NAMES.has(m[2] as string)) addName(m[0]);
    }
  }
  return known;
}

/**
 * The people a clause names, in the order it names them: those the tagger found in it, matched
 * to `known` by name, and the known people it names by full name or a surname no one else has.
 * A person is `known` when `givenIds` holds their id.
 */
export function findPeople(
  clause: TextSpan,
  taggedPeople: readonly Tagged[],
  known: readonly NamedPerson[],
  givenIds: ReadonlySet<string>,
): PersonRef[] {
  // In a headline every word is capitalised and the tagger sees names everywhere.
  const tagged = isHeadline(clause.text) ? [] : within(taggedPeople, clause);
  const names = tagged.map((p) => cleanName(p.text)).filter((n) => n.length > 0);
  return dedupe([
    ...names.map((n) => matchPerson(n, known)),
    ...mentionedPeople(clause.text, known),
  ])
    .map((p) => ({ ...p, known: givenIds.has(p.id) }))
    .sort((a, b) => firstMention(clause.text, a) - firstMention(clause.text, b));
}

/** Known people a clause names by full name or by a surname no one else has. */
function mentionedPeople(clause: string, known: readonly NamedPerson[]): PersonRef[] {
  return known.flatMap((person) => {
    const surname = person.name.split(/\s+/).at(-1) ?? person.name;
    const unique = known.filter((p) => p.name.split(/\s+/).at(-1) === surname).length === 1;
    const named = new RegExp(`\\b${escapeRegExp(unique ? surname : person.name)}\\b`).test(clause);
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

/** Where a person is first named in a clause (full name or surname). */
function firstMention(clause: string, person: PersonRef): number {
  const at = clause.indexOf(person.name.split(/\s+/).at(-1) ?? person.name);
  return at < 0 ? clause.length : at;
}

function dedupe(people: PersonRef[]): PersonRef[] {
  const seen = new Set<string>();
  return people.filter((p) => !seen.has(p.id) && seen.add(p.id) !== undefined);
}
