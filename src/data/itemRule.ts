import { t } from "../i18n/i18n.ts";
import type { MessageKey } from "../i18n/messageKey.ts";
import type { LoadProblem } from "./loadProblem.ts";
import { problemIn } from "./problemItem.ts";
import { withOutcome } from "./sectionLeftOut.ts";

/**
 * A rule a dataset's items keep that the schema cannot say, written once: the fast pass asks
 * whether an item breaks it, the reporting pass lists where and mends or leaves the item out.
 */
export interface ItemRule<T, C> {
  /** How many values of the item the rule reads: the people it names, its links (0 for none). */
  count(item: T): number;
  /**
   * What is wrong with value `i` in the active language, or null (allocating nothing) when it
   * keeps the rule.
   */
  fault(item: T, i: number, context: C): string | null;
  /** Where value `i` stands, after the item's own path: `.people[1]`. */
  path(i: number): string;
  /**
   * What becomes of a value that breaks the rule, said after its fault: the key of
   * "reference left out", said in the active language when a problem is listed (a text that is
   * no key is said as it is).
   */
  outcome: MessageKey | (string & {});
  /** Set when breaking the rule loses nothing a reader sees: its problems are warnings. */
  warning?: true;
  /**
   * The item with the values at `faulty` (in order) taken out or unlinked; absent when a value
   * that breaks the rule leaves the whole item out.
   */
  mend?(item: T, faulty: readonly number[]): T;
}

/** True when the item keeps every rule. Allocates nothing: it runs for every item of every load. */
function keepsRules<T, C>(item: T, rules: readonly ItemRule<T, C>[], context: C): boolean {
  for (let r = 0; r < rules.length; r++) {
    const rule = rules[r] as ItemRule<T, C>;
    const count = rule.count(item);
    for (let i = 0; i < count; i++) {
      if (rule.fault(item, i, context) !== null) return false;
    }
  }
  return true;
}

/**
 * The item as is when it keeps every rule; else mended, or null when a rule leaves it out. Each
 * value that breaks a rule is listed, naming the item, at a path from `section[at]` (`events[3]`).
 */
export function applyRules<T, C>(
  item: T,
  rules: readonly ItemRule<T, C>[],
  context: C,
  section: string,
  at: number,
  problems: LoadProblem[],
): T | null {
  if (keepsRules(item, rules, context)) return item;
  const path = `${section}[${at}]`;
  let out = item;
  for (const { count, fault, path: pathOf, outcome, mend, warning } of rules) {
    const faulty: number[] = [];
    for (let i = 0; i < count(item); i++) {
      const reason = fault(item, i, context);
      if (reason === null) continue;
      const problem = problemIn(
        item,
        `${path}${pathOf(i)}`,
        withOutcome(reason, t(outcome as MessageKey)),
      );
      // A rule that cannot mend the item leaves all of it out.
      if (warning) problems.push({ ...problem, warning });
      else problems.push(mend ? problem : { ...problem, leftOut: true });
      if (!mend) return null;
      faulty.push(i);
    }
    if (mend && faulty.length > 0) out = mend(out, faulty);
  }
  return out;
}
