import type { Excerpt, Person, Source, TimelineEvent } from "../../data/datasetSchema.ts";
import { EVENT_TYPE_LABELS, eventTypeLabel } from "../../data/eventTypeLabels.ts";
import type { LoadProblem } from "../../data/loadProblem.ts";
import { EVENT_TYPES, type EventType, ID_PATTERN } from "../../data/vocabulary.ts";
import { t } from "../../i18n/i18n.ts";
import { safeHref } from "../../lib/safeHref.ts";
import { slugify } from "../../lib/slugify.ts";
import { claimUniqueId, idRegistry } from "../timelineJs/claimUniqueId.ts";
import type { SheetImport } from "./importTemplateRows.ts";
import { readExportDate } from "./readExportDate.ts";
import { sheetColumns } from "./sheetColumns.ts";
import { fieldOf, sheetProblemPlacer } from "./sheetProblemPlacer.ts";
import { type SheetTable, sheetPlace } from "./sheetTable.ts";

/** The columns of Sourceline's CSV export (`CSV_COLUMNS` in exportCsv.ts), by what they hold. */
export const EXPORT_COLUMNS = {
  id: "id",
  date: "date",
  start: "start",
  end: "end",
  precision: "precision",
  type: "type",
  group: "group",
  title: "title",
  summary: "summary",
  people: "people",
  excerpt: "excerpt",
  publisher: "source publisher",
  sourceTitle: "source title",
  url: "source url",
  excerptStart: "excerpt start",
  excerptEnd: "excerpt end",
  basis: "date basis",
  published: "source published",
} as const;

type Column = keyof typeof EXPORT_COLUMNS;

/** Where the later checks' paths point, by column. */
const EVENT_FIELDS: Record<string, Column> = {
  id: "id",
  title: "title",
  summary: "summary",
  type: "type",
  group: "group",
  displayDate: "date",
  date: "start",
  "date.start": "start",
  "date.end": "end",
  "date.edtf": "precision",
  "date.basis": "basis",
  people: "people",
  excerpts: "excerpt",
};
const SOURCE_FIELDS: Record<string, Column> = {
  "": "sourceTitle",
  url: "url",
  title: "sourceTitle",
  publisher: "publisher",
  published: "published",
};

/** A publication date as the schema has it: a calendar day or an ISO 8601 instant. */
const PUBLISHED = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2}))?$/;

/** A cell the export guarded with an apostrophe so a spreadsheet shows it, not runs it. */
const unguard = (text: string) => (/^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text);

/** True when a header row is Sourceline's CSV export (it has id, title and precision columns). */
export function isExportHeader(header: readonly string[]): boolean {
  const columns = sheetColumns(header, EXPORT_COLUMNS);
  return (["id", "title", "precision"] as const).every((key) => columns.index(key) >= 0);
}

const typeOf = (label: string): EventType | undefined => {
  const folded = label.toLowerCase();
  if (folded === "") return "other";
  return EVENT_TYPES.find((t) => t === folded || EVENT_TYPE_LABELS[t].toLowerCase() === folded);
};

/**
 * Reads Sourceline's own CSV export back: one event per id (its first row gives its fields),
 * each row with an excerpt adding that excerpt, quoting a source made from its publisher, title,
 * link and publication date (a reference: the article's text is not in the file). People come
 * back by name. Guarded cells ('=…) lose their apostrophe. Each bad row or cell is listed with its
 * row and column; a row whose date cannot be read leaves its event out.
 */
export function importSourcelineCsv(table: SheetTable, name: string): SheetImport {
  const columns = sheetColumns(table.header, EXPORT_COLUMNS);
  const problems: LoadProblem[] = [...table.problems];
  const events = new Map<string, TimelineEvent>();
  const eventRow = new Map<string, number>();
  const excerptRows = new Map<number, number[]>();
  const failed = new Set<string>();
  const sources = new Map<string, { source: Source; row: number }>();
  const people = new Map<string, { person: Person; row: number }>();
  const [eventIds, sourceIds, personIds] = [idRegistry(), idRegistry(), idRegistry()];
  const hasPublished = columns.index("published") >= 0;
  let unpublished = 0;
  for (const row of table.rows) {
    const cell = (key: Column) => unguard(row.cells[columns.index(key)] ?? "");
    const at = (key: Column) => sheetPlace(row.number, columns.name(key));
    const itemOf = (id: string) => (cell("title") === "" ? { id } : { title: cell("title"), id });
    const given = cell("id");
    let id = given;
    if (!ID_PATTERN.test(id)) {
      id = slugify(given) || slugify(cell("title")) || `row-${row.number}`;
      if (given !== "") {
        problems.push({
          path: at("id"),
          reason: t("import.idNotWords", { given, id }),
        });
      }
    }
    if (failed.has(id)) continue;
    let event = events.get(id);
    if (!event) {
      const dated = readExportDate({
        date: cell("date"),
        start: cell("start"),
        end: cell("end"),
        precision: cell("precision"),
        basis: cell("basis"),
      });
      if (!dated.ok) {
        const { cell: key, reason } = dated;
        // A row whose date cannot be read leaves its whole event out.
        problems.push({ path: at(key), reason, item: itemOf(id), leftOut: true });
        failed.add(id);
        continue;
      }
      let type = typeOf(cell("type"));
      if (type === undefined) {
        problems.push({
          path: at("type"),
          reason: t("import.notType", {
            type: cell("type"),
            types: EVENT_TYPES.map((type) => EVENT_TYPE_LABELS[type]).join(", "),
            other: eventTypeLabel("other"),
          }),
          item: itemOf(id),
        });
        type = "other";
      }
      const title = cell("title") || cell("summary") || "Untitled event";
      if (cell("title") === "") {
        problems.push({ path: at("title"), reason: t("import.noTitle", { title }) });
      }
      const personIdsOfRow = cell("people")
        .split(";")
        .map((part) => part.trim())
        .filter((part) => part !== "")
        .map((personName) => {
          const known = people.get(personName);
          if (known) return known.person.id;
          const person: Person = {
            id: claimUniqueId(slugify(personName) || "person", personIds),
            name: personName,
            description: "Named in the CSV file.",
          };
          people.set(personName, { person, row: row.number });
          return person.id;
        });
      const group = cell("group");
      event = {
        id: claimUniqueId(id, eventIds),
        type,
        title,
        summary: cell("summary") || title,
        people: personIdsOfRow,
        date: dated.date,
        excerpts: [],
        ...(group ? { group } : {}),
        ...(dated.displayDate ? { displayDate: dated.displayDate } : {}),
      };
      events.set(id, event);
      eventRow.set(id, row.number);
    }
    const exact = cell("excerpt");
    if (exact === "") continue;
    const leftOut = (key: Column, reason: string) =>
      problems.push({
        path: at(key),
        reason: t("import.excerptLeftOut", { reason }),
        item: itemOf(id),
      });
    const [start, end] = [cell("excerptStart"), cell("excerptEnd")];
    if (!/^\d+$/.test(start) || !/^\d+$/.test(end)) {
      const key = /^\d+$/.test(start) ? "excerptEnd" : "excerptStart";
      leftOut(key, t("import.notPosition", { value: cell(key) }));
      continue;
    }
    const [publisher, title, published] = [
      cell("publisher"),
      cell("sourceTitle"),
      cell("published"),
    ];
    if (publisher === "" || title === "") {
      leftOut(publisher === "" ? "publisher" : "sourceTitle", t("import.sourceUnnamed"));
      continue;
    }
    if (!hasPublished) {
      unpublished++;
      continue;
    }
    if (!PUBLISHED.test(published)) {
      leftOut("published", t("import.notPublished", { value: published }));
      continue;
    }
    const url = cell("url");
    const key = [publisher, title, url, published].join("\u0000");
    let source = sources.get(key)?.source;
    if (!source) {
      const link = safeHref(url);
      if (url !== "" && link === null) {
        problems.push({
          path: at("url"),
          reason: t("import.sourceLinkNotWeb", { url }),
        });
      }
      source = {
        id: claimUniqueId(slugify(title) || "source", sourceIds),
        kind: "reference",
        publisher,
        title,
        url: link,
        published,
      };
      sources.set(key, { source, row: row.number });
    }
    const excerpt: Excerpt = {
      source: source.id,
      exact,
      prefix: "",
      suffix: "",
      start: Number(start),
      end: Number(end),
    };
    event.excerpts.push(excerpt);
    const first = eventRow.get(id) as number;
    excerptRows.set(first, [...(excerptRows.get(first) ?? []), row.number]);
  }
  if (unpublished > 0) {
    problems.push({
      path: sheetPlace(1),
      reason: t("import.noPublishedColumn", {
        column: EXPORT_COLUMNS.published,
        count: unpublished,
      }),
    });
  }
  const place = sheetProblemPlacer({
    row: (_section, i, rest) => {
      const excerpt = /^\.excerpts\[(\d+)\]/.exec(rest);
      return excerpt ? (excerptRows.get(i)?.[Number(excerpt[1])] ?? i) : i;
    },
    column: (section, rest) => {
      const fields =
        section === "events"
          ? EVENT_FIELDS
          : section === "sources"
            ? SOURCE_FIELDS
            : { "": "people" as Column };
      const key = fieldOf(fields, rest) ?? fieldOf(fields, "");
      return key === undefined ? undefined : columns.name(key);
    },
  });
  const eventList = [...events.values()];
  return {
    dataset: {
      version: 1,
      title: name,
      description: "Read from a CSV file exported by Sourceline.",
      sources: [...sources.values()].map((s) => s.source),
      people: [...people.values()].map((p) => p.person),
      events: eventList,
    },
    problems,
    positions: {
      events: eventList.map((e) => eventRow.get(e.id) ?? -1),
      sources: [...sources.values()].map((s) => s.row),
      people: [...people.values()].map((p) => p.row),
    },
    place,
  };
}
