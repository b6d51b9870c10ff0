import { t } from "../i18n/i18n.ts";
import type { MessageKey } from "../i18n/messageKey.ts";
import type { SECTION_ITEM } from "./sectionItem.ts";

/** A section of a dataset: `sources`, `people`, `events` or `eras`. */
export type Section = keyof typeof SECTION_ITEM;

const LEFT_OUT: Record<Section, MessageKey> = {
  sources: "data.sourceLeftOut",
  people: "data.personLeftOut",
  events: "data.eventLeftOut",
  eras: "data.eraLeftOut",
};

/** What becomes of one item of `section` a problem leaves out, in the active language. */
export function sectionLeftOut(section: Section): string {
  return t(LEFT_OUT[section]);
}

/** `reason` with what becomes of the item said after it: "…; event left out". */
export function withOutcome(reason: string, outcome: string): string {
  return t("data.outcome", { reason, outcome });
}
