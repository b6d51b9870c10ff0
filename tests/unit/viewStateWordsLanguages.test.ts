import { afterEach, describe, expect, it } from "vitest";
import { NO_GROUP } from "../../src/data/eventGroup.ts";
import type { IndexedDataset } from "../../src/data/indexDataset.ts";
import { loadLocale } from "../../src/i18n/loadLocale.ts";
import type { Locale } from "../../src/i18n/locales.ts";
import type { EventFilters } from "../../src/search/eventFilters.ts";
import { checkGroupFilter, groupLabel } from "../../src/state/checkGroupFilter.ts";
import { describeFilters } from "../../src/state/describeFilters.ts";
import { readViewState } from "../../src/state/parseViewState.ts";
import { isolated } from "../setup/withoutIsolates.ts";

const data = {
  people: new Map([["jan-leike", { id: "jan-leike", name: "Jan Leike", description: "" }]]),
} as unknown as IndexedDataset;
const none: EventFilters = { types: null, person: null, query: "" };

afterEach(() => loadLocale("en"));

describe("the view's words follow the interface language", () => {
  it.each<[Locale, string]>([
    ["en", "Filters: person Jan Leike; search “trust”."],
    ["es", "Filtros: persona Jan Leike; búsqueda «trust»."],
    ["de", "Filter: Person Jan Leike; Suche „trust“."],
    ["ja", "フィルター：人物：Jan Leike／検索「trust」。"],
    // The parts are values of the sentence too, so each list of them is isolated as a whole.
    [
      "ar",
      `عوامل التصفية: ${isolated(`الشخص ${isolated("Jan Leike")}؛ البحث «${isolated("trust")}»`)}.`,
    ],
    ["he", `מסננים: ${isolated(`אדם ${isolated("Jan Leike")}; חיפוש “${isolated("trust")}”`)}.`],
  ])("describeFilters in %s: %s", async (locale, sentence) => {
    await loadLocale(locale);
    expect(describeFilters({ ...none, person: "jan-leike", query: "trust" }, data)).toBe(sentence);
  });

  it.each<[Locale, string]>([
    ["en", "Filters: none (all events)."],
    ["fr", "Filtres : aucun (tous les événements)."],
    ["pt-BR", "Filtros: nenhum (todos os eventos)."],
  ])("describeFilters with no filter in %s: %s", async (locale, sentence) => {
    await loadLocale(locale);
    expect(describeFilters(none, data)).toBe(sentence);
  });

  it.each<[Locale, string]>([
    ["en", "The link's event “bad id!” is not an event's id, so no event is opened."],
    [
      "es",
      "El evento del enlace «bad id!» no es un identificador de evento, así que no se abre ningún evento.",
    ],
    ["ar", `الحدث «${isolated("bad id!")}» في الرابط ليس معرّف حدث، لذا لا يُفتح أي حدث.`],
  ])("a link's notice in %s: %s", async (locale, notice) => {
    await loadLocale(locale);
    expect(readViewState("?event=bad%20id!").notices).toEqual([notice]);
  });

  it.each<[Locale, string, string]>([
    [
      "en",
      "No group",
      "The link's filter by group names “Board”, which this timeline does not have; left out.",
    ],
    [
      "ja",
      "グループなし",
      "リンクのグループフィルターにある「Board」はこのタイムラインにないため、除外しました。",
    ],
    [
      "he",
      "ללא קבוצה",
      `המסנן לפי קבוצה שבקישור מציין את “${isolated("Board")}”, שאינן בציר הזמן הזה; הושמטו.`,
    ],
  ])("groups in %s: “%s”", async (locale, noGroup, notice) => {
    await loadLocale(locale);
    expect(groupLabel(NO_GROUP)).toBe(noGroup);
    expect(checkGroupFilter(["Staff", "Board"], ["Staff"]).notice).toBe(notice);
  });
});
