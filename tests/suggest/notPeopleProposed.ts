/** A name's words, lower-cased, without possessive `'s`, split at anything but letters, digits and `&`. */
function wordsOf(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/['’]s(?![\p{L}])/gu, "")
    .split(/[^\p{L}\p{N}&]+/u)
    .filter(Boolean);
}

/** Whether `part`'s words occur, in order and next to each other, among `whole`'s words. */
function containsWords(whole: readonly string[], part: readonly string[]): boolean {
  if (part.length === 0 || part.length > whole.length) return false;
  for (let i = 0; i + part.length <= whole.length; i++) {
    if (part.every((word, j) => whole[i + j] === word)) return true;
  }
  return false;
}

/**
 * The suggested people's names that are places or organisations, once each, in first-seen order.
 * A name counts when
 *   1. it is or contains (as whole words, case aside) an entry of `notPeople` ("Marlowe & Finch",
 *      "Marlowe & Finch Ltd"), or
 *   2. it is no expected person of the article and is part of an entry ("Palo" of "Palo Alto",
 *      "Finch" of "Marlowe & Finch"). The exception keeps a person a company is named after
 *      ("Sable Finch" of "Sable Finch Mills") from counting when the labels name her.
 */
export function notPeopleProposed(
  suggestedNames: readonly string[],
  expectedPeople: readonly string[],
  notPeople: readonly string[],
): string[] {
  const entries = notPeople.map(wordsOf);
  const expected = new Set(expectedPeople);
  const found: string[] = [];
  for (const name of suggestedNames) {
    if (found.includes(name)) continue;
    const words = wordsOf(name);
    const counts = entries.some(
      (entry) =>
        containsWords(words, entry) || (!expected.has(name) && containsWords(entry, words)),
    );
    if (counts) found.push(name);
  }
  return found;
}
