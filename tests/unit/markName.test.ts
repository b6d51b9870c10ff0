import { afterEach, describe, expect, it } from "vitest";
import type { Excerpt, TimelineEvent } from "../../src/data/datasetSchema.ts";
import { loadLocale } from "../../src/i18n/loadLocale.ts";
import type { Locale } from "../../src/i18n/locales.ts";
import { markName, spokenDate } from "../../src/timeline/markName.ts";
import { syntheticEvent } from "../fixtures/syntheticEvent.ts";
import { isolated, withoutIsolates } from "../setup/withoutIsolates.ts";

const excerpt = (start: number): Excerpt =>
  ({ source: "s", start, end: start + 5, exact: "words" }) as Excerpt;

describe("spokenDate", () => {
  it.each([
    ["a day as written", "2024-05-14", "14 May 2024"],
    ["a month with its precision", "2024-04", "known to the month: April 2024"],
    ["a year with its precision", "2024", "known to the year: 2024"],
    [
      "a range with its precision",
      "2023-11/2024-05",
      "known only as a range: November 2023 – May 2024",
    ],
    ["an open range", "../2024-05-18", "known only as a range: on or before 18 May 2024"],
    ["no date", null, "date unknown"],
  ])("%s", (_, edtf, expected) => {
    expect(spokenDate(syntheticEvent("e", edtf).date)).toBe(expected);
  });
});

describe("markName", () => {
  const named = (extra: Partial<TimelineEvent>) =>
    markName(
      syntheticEvent("pachocki", "2024-05-14", {
        title: "Pachocki named",
        type: "appointment",
        ...extra,
      }),
    );

  it.each<[string, Partial<TimelineEvent>, string]>([
    [
      "title, date, type and excerpts",
      { excerpts: [excerpt(0), excerpt(9)] },
      "Pachocki named, 14 May 2024, Appointment, 2 excerpts",
    ],
    [
      "one excerpt, in the singular",
      { excerpts: [excerpt(0)] },
      "Pachocki named, 14 May 2024, Appointment, 1 excerpt",
    ],
    [
      "an imported event without excerpts",
      {},
      "Pachocki named, 14 May 2024, Appointment, no verified excerpt",
    ],
    [
      "a correction",
      { excerpts: [excerpt(0)], note: { kind: "wrong", text: "Misattributed." } },
      "Pachocki named, 14 May 2024, Appointment, 1 excerpt, has a correction",
    ],
    [
      "a vague note",
      { excerpts: [excerpt(0)], note: { kind: "vague", text: "No date." } },
      "Pachocki named, 14 May 2024, Appointment, 1 excerpt, marked vague",
    ],
    [
      "a plain-string note, read as unverified",
      { excerpts: [excerpt(0)], note: "Unchecked." },
      "Pachocki named, 14 May 2024, Appointment, 1 excerpt, marked unverified",
    ],
    [
      "an imported event's group, in place of Other",
      { type: "other", group: "Satellites" },
      "Pachocki named, 14 May 2024, group Satellites, no verified excerpt",
    ],
    [
      "a group beside a type of its own",
      { group: " Science " },
      "Pachocki named, 14 May 2024, Appointment, group Science, no verified excerpt",
    ],
    [
      "a group that only names the type, as the type",
      { group: "Appointment" },
      "Pachocki named, 14 May 2024, Appointment, no verified excerpt",
    ],
  ])("says %s", (_, extra, expected) => {
    expect(named(extra)).toBe(expected);
  });
});

describe("markName and spokenDate in the reader's language", () => {
  afterEach(async () => {
    await loadLocale("en");
  });

  const event = (extra: Partial<TimelineEvent>) =>
    syntheticEvent("pachocki", "2024-04", {
      title: "Pachocki named",
      type: "appointment",
      ...extra,
    });

  it.each<[Locale, Partial<TimelineEvent>, RegExp]>([
    // The date itself is the dates' own (written in the language by formatEventDate): matched loosely.
    [
      "de",
      { excerpts: [excerpt(0)] },
      /^Pachocki named, auf den Monat genau bekannt: .+, Ernennung, 1 Auszug$/,
    ],
    [
      "de",
      { group: "Science" },
      /^Pachocki named, .+, Ernennung, Gruppe Science, kein geprüfter Auszug$/,
    ],
    [
      "de",
      { excerpts: [excerpt(0), excerpt(9)], note: { kind: "vague", text: "No date." } },
      /^Pachocki named, .+, Ernennung, 2 Auszüge, markiert als vage$/,
    ],
    [
      "he",
      { excerpts: [excerpt(0), excerpt(9)] },
      /^Pachocki named, ידוע ברמת החודש: .+, מינוי, שני קטעים$/,
    ],
    [
      "ar",
      { excerpts: [excerpt(0), excerpt(1), excerpt(2)], note: { kind: "wrong", text: "No." } },
      /^Pachocki named، معروف حتى الشهر: .+، تعيين، [3٣] مقتطفات، عليه تصحيح$/,
    ],
    [
      "ja",
      { type: "other", group: "Satellites" },
      /^Pachocki named、月まで判明：.+、グループ Satellites、検証済みの抜粋なし$/,
    ],
  ])("in %s: %o → %s", async (locale, extra, expected) => {
    await loadLocale(locale);
    expect(withoutIsolates(markName(event(extra)))).toMatch(expected);
  });

  it.each([
    ["he", true],
    ["ar", true],
    ["de", false],
  ] as const)("in %s, the title is isolated: %s", async (locale, isIsolated) => {
    await loadLocale(locale);
    const title = "Pachocki named";
    expect(markName(event({})).startsWith(isIsolated ? isolated(title) : `${title},`)).toBe(true);
  });
});
