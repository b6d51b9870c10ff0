/**
 * A credit that already says it is one ("Credit: AP", "Photo credit – AP", "Credits: …"); a
 * name that only starts with the word ("Credit Suisse") does not.
 */
const SAYS_CREDIT = /^\s*(?:\p{L}+\s+)?credits?\s*[:\-–—]/iu;

/** The words put before a credit: "Credit: ", or nothing when the credit already says so. */
export function creditPrefix(credit: string): string {
  return SAYS_CREDIT.test(credit) ? "" : "Credit: ";
}

/** A credit as a line to show: "Credit: AP", never "Credit: Credit: AP". */
export function creditLine(credit: string): string {
  return `${creditPrefix(credit)}${credit.trim()}`;
}
