import { OCCASION } from "./isColourQuote.ts";
import { maskQuotes } from "./maskQuotes.ts";
import { sharePerson } from "./matchPerson.ts";

/**
 * Whether a candidate tells again an event already proposed: news stories give one occasion over
 * several sentences ("She said the decision was hers alone.", "He added that the plaque should
 * stay covered.", "Vandamme, 52, announced his decision … and left the chamber."), and a curator
 * lists it once. A candidate whose words give no date is a restatement when an earlier unflagged
 * candidate of its type already has one of its people, and, for a statement, when its speaker is
 * a pronoun, came before it, or "added", and it names no occasion of its own ("In an interview,
 * he said …"), or when it announces an act of theirs ("announced his decision"), which is the
 * event already proposed, of whatever type. A denial before it is another event, not the same one.
 */
export function isRestatement<P extends { id: string }>(
  clause: string,
  candidate: { type: string; people: readonly P[]; date: { phrase: string | null } },
  earlier: readonly { type: string; people: readonly P[]; flags: readonly string[] }[],
): boolean {
  if (candidate.date.phrase !== null || candidate.people.length === 0) return false;
  // "Vandamme announced his decision …": the act announced is the one already proposed.
  const announcesAct = candidate.type === "statement" && ANNOUNCED_ACT.test(clause);
  if (candidate.type === "statement" && !announcesAct) {
    const attribution = maskQuotes(clause);
    if (!CONTINUED.test(attribution) || OCCASION.test(attribution)) return false;
  }
  return earlier.some(
    (told) =>
      (announcesAct || told.type === candidate.type) &&
      told.flags.length === 0 &&
      sharePerson(told.people, candidate.people),
  );
}

/**
 * "She said", "the company, he said,", "X added", or a predicate whose speaker came before ("…,
 * said the team had grown"): a speaker already introduced, speaking on.
 */
const CONTINUED =
  /\b(?:(?:he|she|they)\s+(?:\w+ly\s+)?(?:said|says|wrote|writes|added|adds)|added|adds)\b|^\s*(?:said|says|wrote|writes)\b/i;

/** Announcing one's own act, named by a noun: "announced his decision", "confirmed her resignation". */
const ANNOUNCED_ACT =
  /\b(?:announced|announces|confirmed|confirms)\s+(?:his|her|their)\s+(?:decision|resignation|departure|exit|retirement)\b/i;

/**
 * Whether a report candidate tells what a report already proposed found: "The report said …",
 * "It found that …", "The 38-page report, prepared with a forensics firm, found …". Its subject
 * points back (the report, the review, it) and the words before its finding verb give no date
 * (`described` is the date those words give); a report the story dates as it names it ("The
 * report, published last week by …, found …") is the event of its publication, told once.
 */
export function retellsFinding(
  clause: string,
  described: { phrase: string | null },
  earlier: readonly { type: string; flags: readonly string[] }[],
): boolean {
  return (
    described.phrase === null &&
    POINTS_BACK.test(clause) &&
    earlier.some((told) => told.type === "report" && told.flags.length === 0)
  );
}

/** A subject that points back to a document already named: "The report", "The 14-page audit", "It". */
const POINTS_BACK =
  /^\s*(?:it\s|(?:the|its|this)\s+(?:[\w-]+\s+){0,2}(?:report|review|audit|study|survey|findings)\b)/i;
