import type { SuggestedType } from "./classifyClause.ts";
import type { SuggestionFlag } from "./flagClause.ts";
import type { PersonRef } from "./matchPerson.ts";

const VERB_TITLE: Record<SuggestedType, string> = {
  departure: "leaves",
  appointment: "is appointed",
  board: "board action",
  statement: "speaks",
  report: "report",
  policy: "policy",
};

/** A draft title a curator can keep or retitle: who does what, marked when flagged ("Denied: …"). */
export function titleSuggestion(
  type: SuggestedType,
  people: readonly PersonRef[],
  flags: readonly SuggestionFlag[],
): string {
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
