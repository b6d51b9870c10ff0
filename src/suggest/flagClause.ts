import { DENIAL, NEGATION, SPECULATION } from "./eventLexicon.ts";

/** Why a candidate is not a plain fact: the text negates, denies or only speculates it. */
export type SuggestionFlag = "negation" | "denial" | "speculation";

/** What keeps a clause from being a plain fact: a denial or else a negation, and speculation. */
export function flagClause(clause: string): SuggestionFlag[] {
  const flags: SuggestionFlag[] = [];
  if (DENIAL.test(clause)) flags.push("denial");
  else if (NEGATION.test(clause)) flags.push("negation");
  if (SPECULATION.test(clause)) flags.push("speculation");
  return flags;
}
