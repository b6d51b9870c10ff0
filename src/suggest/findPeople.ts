import { slugify } from "../lib/slugify.ts";
import { isHeadline } from "./isHeadline.ts";
import { maskQuotes } from "./maskQuotes.ts";
import { matchPerson, type PersonRef } from "./matchPerson.ts";
import { isRole, namesTreatedAsPeople } from "./namesTreatedAsPeople.ts";
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
  const people = dedupe([
    ...names.map((n) => matchPerson(n, known)).filter((p) => p.known),
    ...mentionedPeople(clause.text, known),
  ])
    .map((p) => ({ ...p, known: givenIds.has(p.id) }))
    .sort((a, b) => firstMention(clause.text, a) - firstMention(clause.text, b));
  // "Kirwan's deputy, Esther Mwangi, stepped down": the deputy acts, not the one whose deputy
  // she is; unless no one else is named.
  const actors = people.filter((p) => !onlyPossessor(clause.text, p));
  return actors.length > 0 ? actors : people;
}

/** Words for whom or what a person has, not an act of theirs: "X's deputy", "X's team", "X's lawyers". */
const HELD = /^(?:team|office|cabinet|lawyers?|family|campaign|group|lab)$/;

/** Kin and friends: "Sutskever, Leike's friend," tells of both. */
const PERSONAL =
  /^(?:wife|husband|son|daughter|father|mother|brother|sister|widow|friend|partner|cousin)s?$/;

/** Whether a clause names a person only as the possessor of a role or a team ("Marchetti's co-founder"). */
function onlyPossessor(clause: string, person: PersonRef): boolean {
  const surname = person.name.split(/\s+/).at(-1) ?? person.name;
  const mentions = [
    ...clause.matchAll(
      new RegExp(`(?<![\\p{L}\\p{M}])${escapeRegExp(surname)}(?![\\p{L}\\p{M}])`, "gu"),
    ),
  ];
  return (
    mentions.length > 0 &&
    mentions.every((m) => {
      const held = /^[’']s\s+(?:[\p{Ll}-]+\s+){0,2}?([\p{L}-]+)/u.exec(
        clause.slice((m.index ?? 0) + m[0].length),
      )?.[1];
      return (
        held !== undefined &&
        (isRole(held) || HELD.test(held)) &&
        !PERSONAL.test(held.toLowerCase())
      );
    })
  );
}

/** Each known person with the words that name them: full name, or a surname no one else has. */
const namings = new WeakMap<readonly NamedPerson[], { person: NamedPerson; words: RegExp }[]>();

/** The patterns for `known`, made once per article rather than once per clause. */
function namingsOf(known: readonly NamedPerson[]): { person: NamedPerson; words: RegExp }[] {
  const cached = namings.get(known);
  if (cached) return cached;
  const made = known.map((person) => {
    const surname = person.name.split(/\s+/).at(-1) ?? person.name;
    const namesakes = known.filter((p) => p.name.split(/\s+/).at(-1) === surname);
    // "Harish Varadan … his daughter, Meera Varadan": news calls the first of namesakes
    // introduced by the bare surname and the others by full name, so a bare "Varadan" not after
    // another namesake's given name is the first one's.
    const others = namesakes
      .filter((p) => p !== person)
      .map((p) => escapeRegExp(p.name.split(/\s+/)[0] ?? p.name));
    const naming =
      namesakes.length === 1
        ? escapeRegExp(surname)
        : namesakes[0] === person
          ? `(?:${escapeRegExp(person.name)}|(?<!(?:${others.join("|")})\\s)${escapeRegExp(surname)})`
          : escapeRegExp(person.name);
    // Not \b, which sees no word end after a last letter such as the "ø" of "Sørbø"; and not a
    // part of a hyphenated name ("Hollis" in the company "Brenner-Hollis").
    const words = new RegExp(`(?<![\\p{L}\\p{M}]|\\p{L}-)${naming}(?![\\p{L}\\p{M}]|-\\p{L})`, "u");
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

/** A third-person pronoun's gender as news prose uses it. */
export type Pronoun = "he" | "she";

const PRONOUN = /\b(?:(he|him|his|himself)|(she|her|hers|herself))\b/i;

/** The first he or she of a text outside quotations, if any. */
export function pronounOf(text: string): Pronoun | null {
  const m = PRONOUN.exec(maskQuotes(text));
  if (!m) return null;
  return m[1] ? "he" : "she";
}

/**
 * The pronoun the article itself uses for each person, by id: an honorific ("Mr", "Ms") before
 * their name, or the first he or she outside quotations after their name and before the next
 * person's ("Graham Ellery, who announced that he would step down"). Most mentions decide.
 */
export function pronounsOf(
  sentences: readonly TextSpan[],
  known: readonly NamedPerson[],
): Map<string, Pronoun> {
  const votes = new Map<string, number>();
  const vote = (id: string, pronoun: Pronoun) =>
    votes.set(id, (votes.get(id) ?? 0) + (pronoun === "he" ? 1 : -1));
  for (const sentence of sentences) {
    const text = maskQuotes(sentence.text);
    const mentions = namingsOf(known)
      .flatMap(({ person, words }) => {
        const at = text.search(words);
        return at < 0 ? [] : [{ person, at }];
      })
      .sort((a, b) => a.at - b.at);
    for (const { person, at } of mentions) {
      const surname = person.name.split(/\s+/).at(-1) ?? person.name;
      const before = text
        .slice(0, at + person.name.length)
        .replace(new RegExp(`${escapeRegExp(surname)}.*$`, "u"), "");
      const honorific = /\b(?:(Mr)|Mrs|Ms|Miss)\.?\s+(?:\p{Lu}[\p{L}\p{M}'’-]*\s+)*$/u.exec(before);
      if (honorific) vote(person.id, honorific[1] ? "he" : "she");
    }
    // The first he or she after a name is the subject's, the first person the sentence names,
    // unless a relative clause binds it to the name just before ("Graham Ellery, who announced
    // that he would step down").
    const first = mentions[0];
    if (!first) continue;
    const found = PRONOUN.exec(text.slice(first.at));
    if (!found) continue;
    const pronounAt = first.at + found.index;
    const nearest = mentions.findLast((m) => m.at < pronounAt) ?? first;
    const bound = /^[\p{L}\p{M}'’ -]*,\s+(?:who|whose)\b[^,;]*$/u.test(
      text.slice(nearest.at, pronounAt),
    );
    vote((bound ? nearest : first).person.id, found[1] ? "he" : "she");
  }
  const pronouns = new Map<string, Pronoun>();
  for (const [id, score] of votes) if (score !== 0) pronouns.set(id, score > 0 ? "he" : "she");
  return pronouns;
}

/**
 * Whom a clause's he or she refers to: of the people of the clause before (`last`), those the
 * article may call by that pronoun, the ones it does call so first; if none, the latest person
 * named (`recent`, latest last) whom it calls so; otherwise the people of the clause before.
 */
export function antecedentOf(
  clause: string,
  last: readonly PersonRef[],
  recent: readonly PersonRef[],
  pronouns: ReadonlyMap<string, Pronoun>,
): PersonRef[] {
  const pronoun = pronounOf(clause);
  if (pronoun === null) return [...last];
  const may = last.filter((p) => (pronouns.get(p.id) ?? pronoun) === pronoun);
  const does = may.filter((p) => pronouns.get(p.id) === pronoun);
  if (does.length > 0) return does;
  if (may.length > 0) return may;
  const latest = recent.findLast((p) => pronouns.get(p.id) === pronoun);
  return latest ? [latest] : [...last];
}
