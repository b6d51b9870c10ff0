import type { LoadProblem } from "../../data/loadProblem.ts";
import { t } from "../../i18n/i18n.ts";
import { sheetPlace } from "./sheetTable.ts";

/** A section of a dataset (or the title slide) and an item's index in it, as a JSON path says. */
const ITEM = /^(events|eras|sources|people)\[(\d+)\](.*)$|^(title)()(\..*)?$/;

/** The item paths a reason may name ("repeats the id of events[3]"). */
const ITEM_IN_REASON = /\b(events|eras|sources|people)\[(\d+)\]/g;

/** The field most specific in `fields` that a path's rest (".start_date.month") lies under. */
export function fieldOf<V extends string>(
  fields: Readonly<Record<string, V>>,
  rest: string,
): V | undefined {
  let field = rest.replace(/^\./, "");
  for (;;) {
    if (Object.hasOwn(fields, field)) return fields[field];
    const cut = Math.max(field.lastIndexOf("."), field.lastIndexOf("["));
    if (cut <= 0) return undefined;
    field = field.slice(0, cut);
  }
}

/** Where an item's field is in the sheet: its row (undefined when unknown) and column. */
export interface SheetLocator {
  row(section: string, index: number, rest: string): number | undefined;
  column(section: string, rest: string): string | undefined;
}

/**
 * Turns a problem's JSON path (`events[3].start_date.month`) into its place in the sheet
 * (`row 5, Month`), and item paths in its reason into rows; JSON words a sheet does not show
 * ("start_date") become the reader's. A path it cannot place is kept as it is.
 */
export function sheetProblemPlacer(locate: SheetLocator) {
  const rowIn = (section: string, index: string, rest = "") =>
    locate.row(section, Number(index), rest);
  return (problem: LoadProblem): LoadProblem => {
    const match = ITEM.exec(problem.path);
    if (!match) return problem;
    const section = (match[1] ?? match[4]) as string;
    const rest = match[3] ?? match[6] ?? "";
    const row = rowIn(section, match[2] || "0", rest);
    if (row === undefined) return problem;
    const reason = problem.reason
      .replace(ITEM_IN_REASON, (whole, s: string, i: string) => {
        const at = rowIn(s, i);
        return at === undefined ? whole : sheetPlace(at);
      })
      .replaceAll("start_date", t("import.sheetStart"))
      .replaceAll("end_date", t("import.sheetEnd"));
    return { ...problem, path: sheetPlace(row, locate.column(section, rest)), reason };
  };
}
