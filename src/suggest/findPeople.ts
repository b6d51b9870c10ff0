import { slugify } from "../lib/slugify.ts";
import { isHeadline } from "./isHeadline.ts";
import { matchPerson, type PersonRef } from "./matchPerson.ts";
import { namesTreatedAsPeople } from "./namesTreatedAsPeople.ts";
import type { TextSpan } from "./splitSentences.ts";
import { type Tagged, within } from "./tagSentences.ts";

/** A person by id and full name, as people.yaml lists them. */
export interface NamedPerson {
  id: string;
  name: string;
}

/** Capitalised function words that start sentences and headlines, never a given name. */
const FUNCTION_WORDS = new Set(
  "According After Before Since When While As With Over From For By Of To And But Who Likely Months".split(
    " ",
  ),
);

/**
 * Everyone the article names in full, after the people `given`, so that a later "Kessler" is
 * Marta Kessler: the names the text treats as people's (see `namesTreatedAsPeople`), never a
 * place or an organisation.
 */
export function listPeople(
  sentences: readonly TextSpan[],
  taggedPeople: readonly Tagged[],
  given: readonly NamedPerson[],
  taggedOthers: readonly Tagged[] = [],
): NamedPerson[] {
  const known = [...given];
  for (const name of namesTreatedAsPeople(sentences, taggedPeople, taggedOthers)) {
    // "Following Sutskever" is Ilya Sutskever again, not a new person (but Clara Haldane is not
    // her father Victor): a first word that is no given name gives way to a known surname.
    const [givenName] = name.split(" ");
    const surname = name.split(" ").at(-1);
    if (
      (/(ing|ed)$/.test(givenName ?? "") || FUNCTION_WORDS.has(givenName ?? "")) &&
      known.some((k) => k.name.split(/\s+/).at(-1) === surname)
    )
      continue;
    if (!known.some((k) => k.name === name)) known.push({ id: slugify(name), name });
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
  // A name the tagger found is someone's only when the article treats it as a person's.
  return dedupe([
    ...names.map((n) => matchPerson(n, known)).filter((p) => p.known),
    ...mentionedPeople(clause.text, known),
  ])
    .map((p) => ({ ...p, known: givenIds.has(p.id) }))
    .sort((a, b) => firstMention(clause.text, a) - firstMention(clause.text, b));
}

/** Each known person with the words that name them: full name, or a surname no one else has. */
const namings = new WeakMap<readonly NamedPerson[], { person: NamedPerson; words: RegExp }[]>();

/** The patterns for `known`, made once per article rather than once per clause. */
function namingsOf(known: readonly NamedPerson[]): { person: NamedPerson; words: RegExp }[] {
  const cached = namings.get(known);
  if (cached) return cached;
  const made = known.map((person) => {
    const surname = person.name.split(/\s+/).at(-1) ?? person.name;
    const unique = known.filter((p) => p.name.split(/\s+/).at(-1) === surname).length === 1;
    // Not \b, which sees no word end after a last letter such as the "ø" of "Sørbø".
    const words = new RegExp(
      `(?<![\\p{L}\\p{M}])${escapeRegExp(unique ? surname : person.name)}(?![\\p{L}\\p{M}])`,
      "u",
    );
    return { person, words };
  });
  namings.set(known, made);
  return made;
}

/** Known people a clause names by full name or by a surname no one else has. */
function mentionedPeople(clause: string, known: readonly NamedPerson[]): PersonRef[] {
  return namingsOf(known).flatMap(({ person, words }) =>
    words.test(clause) ? [{ name: person.name, id: person.id, known: true }] : [],
  );
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
