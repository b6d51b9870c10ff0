import { isRecord } from "../lib/isRecord.ts";
import { applyRules } from "./itemRule.ts";
import { linkRules } from "./linkRules.ts";
import type { LoadProblem } from "./loadProblem.ts";

/**
 * A copy of raw dataset JSON in which every link that is not http(s) — a source's `url`, an
 * event's `media.url`, a link in its `body` — is taken out (the text stays), each listed as a
 * problem. Links are the only strings a reader could follow, so only web addresses remain.
 * The input is not changed.
 */
export function repairLinks(
  json: Record<string, unknown>,
  problems: LoadProblem[],
): Record<string, unknown> {
  let out = json;
  for (const section of ["sources", "events"] as const) {
    const items = json[section];
    if (!Array.isArray(items)) continue;
    const fixed = items.map((item: unknown, i) =>
      isRecord(item) ? applyRules(item, linkRules[section], null, section, i, problems) : item,
    );
    out = { ...out, [section]: fixed };
  }
  return out;
}
