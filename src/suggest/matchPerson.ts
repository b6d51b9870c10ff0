import { slugify } from "../lib/slugify.ts";

/** A person a suggestion names: an existing one (`known`) or a new one proposed with an id. */
export interface PersonRef {
  name: string;
  id: string;
  known: boolean;
}

/**
 * Matches a name in the text to the known people: the same full name (any case), or a surname
 * that only one of them has ("Leike" → Jan Leike); otherwise a new person with an id from the name.
 */
export function matchPerson(
  name: string,
  people: readonly { id: string; name: string }[],
): PersonRef {
  const lower = name.toLowerCase();
  const exact = people.find((p) => p.name.toLowerCase() === lower);
  if (exact) return { name: exact.name, id: exact.id, known: true };
  const bySurname = people.filter(
    (p) => p.name.toLowerCase().split(/\s+/).at(-1) === lower.split(/\s+/).at(-1),
  );
  if (bySurname.length === 1 && bySurname[0]) {
    return { name: bySurname[0].name, id: bySurname[0].id, known: true };
  }
  return { name, id: slugify(name), known: false };
}

/** Whether two lists of people name someone in common, by id. */
export function sharePerson(a: readonly { id: string }[], b: readonly { id: string }[]): boolean {
  return a.some((p) => b.some((q) => q.id === p.id));
}
