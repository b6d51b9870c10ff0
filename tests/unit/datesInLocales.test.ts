import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { dateCertaintyLabel } from "../../src/dates/dateCertainty.ts";
import { describeKnownDate } from "../../src/dates/describeKnownDate.ts";
import { edtfDisagreement } from "../../src/dates/edtfDisagreement.ts";
import { formatEraDates } from "../../src/dates/formatEraDates.ts";
import { formatEventDate, formatPublished } from "../../src/dates/formatEventDate.ts";
import { formatInstantDay } from "../../src/dates/formatInstantDay.ts";
import { yearOutsideRange } from "../../src/dates/yearRange.ts";
import { loadLocale } from "../../src/i18n/loadLocale.ts";
import { LOCALES, type Locale } from "../../src/i18n/locales.ts";
import { axisLabelLines } from "../../src/timeline/axisLabelLines.ts";
import { computeAxis } from "../../src/timeline/computeAxis.ts";
import { formatWindow } from "../../src/timeline/formatWindow.ts";
import { timeScale } from "../../src/timeline/timeScale.ts";
import { yearTickLabel } from "../../src/timeline/yearTickLabel.ts";
import { isolated, withoutIsolates } from "../setup/withoutIsolates.ts";

beforeAll(async () => {
  // Every catalog loaded once, so that a test can switch language without waiting.
  for (const locale of LOCALES) await loadLocale(locale);
  await loadLocale("en");
});

afterEach(async () => {
  await loadLocale("en");
});

/** The text `write` gives in `locale`, the interface switched to it. */
async function inLocale<T>(locale: Locale, write: () => T): Promise<T> {
  await loadLocale(locale);
  return write();
}

const DATES = {
  day: "2024-05-14",
  month: "2024-04",
  bceYear: "-0500",
  bceDay: "-0044-03-15",
  longBce: "Y-13800000000",
  onOrBefore: "../2024-05-18",
  onOrAfter: "2024-01/..",
  range: "2023-11-17/2023-11-21",
  monthRange: "2023-11/2024-05",
  unknown: null,
} as const;

type Written = Record<keyof typeof DATES, string>;

const WRITTEN: [Locale, Written][] = [
  [
    "en",
    {
      day: "14 May 2024",
      month: "April 2024",
      bceYear: "500 BCE",
      bceDay: "15 March 44 BCE",
      longBce: "13,800,000,000 BCE",
      onOrBefore: "on or before 18 May 2024",
      onOrAfter: "on or after January 2024",
      range: "17 November 2023 – 21 November 2023",
      monthRange: "November 2023 – May 2024",
      unknown: "date unknown",
    },
  ],
  [
    "es",
    {
      day: "14 de mayo de 2024",
      month: "abril de 2024",
      bceYear: "500 a. C.",
      bceDay: "15 de marzo de 44 a. C.",
      longBce: "13.800.000.000 a. C.",
      onOrBefore: "18 de mayo de 2024 o antes",
      onOrAfter: "enero de 2024 o después",
      range: "17 de noviembre de 2023 – 21 de noviembre de 2023",
      monthRange: "noviembre de 2023 – mayo de 2024",
      unknown: "fecha desconocida",
    },
  ],
  [
    "de",
    {
      day: "14. Mai 2024",
      month: "April 2024",
      bceYear: "500 v. Chr.",
      bceDay: "15. März 44 v. Chr.",
      longBce: "13.800.000.000 v. Chr.",
      onOrBefore: "spätestens 18. Mai 2024",
      onOrAfter: "frühestens Januar 2024",
      range: "17. November 2023 – 21. November 2023",
      monthRange: "November 2023 – Mai 2024",
      unknown: "Datum unbekannt",
    },
  ],
  [
    "ja",
    {
      day: "2024年5月14日",
      month: "2024年4月",
      bceYear: "紀元前500年",
      bceDay: "紀元前44年3月15日",
      longBce: "紀元前13,800,000,000年",
      onOrBefore: "2024年5月18日以前",
      onOrAfter: "2024年1月以降",
      range: "2023年11月17日～2023年11月21日",
      monthRange: "2023年11月～2024年5月",
      unknown: "日付不明",
    },
  ],
  [
    "ar",
    {
      day: "14 مايو 2024",
      month: "أبريل 2024",
      bceYear: "500 ق.م",
      bceDay: "15 مارس 44 ق.م",
      longBce: "13,800,000,000 ق.م",
      onOrBefore: "18 مايو 2024 أو قبله",
      onOrAfter: "يناير 2024 أو بعده",
      range: "17 نوفمبر 2023 – 21 نوفمبر 2023",
      monthRange: "نوفمبر 2023 – مايو 2024",
      unknown: "تاريخ غير معروف",
    },
  ],
];

describe("formatEventDate(edtf) writes a date in the interface language, at its precision", () => {
  const table = WRITTEN.flatMap(([locale, written]) =>
    Object.entries(DATES).map(
      ([kind, edtf]) => [locale, kind, edtf, written[kind as keyof Written]] as const,
    ),
  );
  it.each(table)("%s, %s: %j → %s", async (locale, _, edtf, text) => {
    expect(withoutIsolates(await inLocale(locale, () => formatEventDate(edtf)))).toBe(text);
  });

  it.each([
    ["ar", "17 نوفمبر 2023", "21 نوفمبر 2023"],
    ["he", "17 בנובמבר 2023", "21 בנובמבר 2023"],
    ["en", "17 November 2023", "21 November 2023"],
  ] as const)(
    "in %s, a range isolates each date only in right-to-left",
    async (locale, start, end) => {
      const rtl = locale !== "en";
      expect(await inLocale(locale, () => formatEventDate("2023-11-17/2023-11-21"))).toBe(
        rtl ? `${isolated(start)} – ${isolated(end)}` : `${start} – ${end}`,
      );
    },
  );

  it.each(LOCALES)(
    "in %s, still writes files' dates in English when asked for en",
    async (locale) => {
      expect(await inLocale(locale, () => formatEventDate("../2024-05-18", "en"))).toBe(
        "on or before 18 May 2024",
      );
    },
  );

  it.each(LOCALES)("in %s, names every month of the year differently", async (locale) => {
    const months = await inLocale(locale, () =>
      Array.from({ length: 12 }, (_, i) =>
        formatEventDate(`2024-${String(i + 1).padStart(2, "0")}`),
      ),
    );
    expect(new Set(months).size).toBe(12);
  });
});

describe("a day date is the same calendar day in every language and time zone", () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = originalTz;
  });

  // The first and last day of a year, where a shifted day would change the year too.
  const edges = ["2023-12-31", "2024-01-01", "2024-02-29", "../2024-12-31"];
  const expected: Record<Locale, string[]> = {
    en: ["31 December 2023", "1 January 2024", "29 February 2024", "on or before 31 December 2024"],
    es: [
      "31 de diciembre de 2023",
      "1 de enero de 2024",
      "29 de febrero de 2024",
      "31 de diciembre de 2024 o antes",
    ],
    fr: ["31 décembre 2023", "1 janvier 2024", "29 février 2024", "31 décembre 2024 ou avant"],
    de: ["31. Dezember 2023", "1. Januar 2024", "29. Februar 2024", "spätestens 31. Dezember 2024"],
    "pt-BR": [
      "31 de dezembro de 2023",
      "1 de janeiro de 2024",
      "29 de fevereiro de 2024",
      "31 de dezembro de 2024 ou antes",
    ],
    ja: ["2023年12月31日", "2024年1月1日", "2024年2月29日", "2024年12月31日以前"],
    ar: ["31 ديسمبر 2023", "1 يناير 2024", "29 فبراير 2024", "31 ديسمبر 2024 أو قبله"],
    he: ["31 בדצמבר 2023", "1 בינואר 2024", "29 בפברואר 2024", "לא יאוחר מ־31 בדצמבר 2024"],
  };

  it.each(
    LOCALES.flatMap((locale) =>
      ["UTC", "Pacific/Kiritimati", "America/Los_Angeles"].map((zone) => [locale, zone] as const),
    ),
  )("%s in %s", async (locale, zone) => {
    process.env.TZ = zone;
    if (zone !== "UTC") expect(new Date(2024, 0, 1).getTimezoneOffset()).not.toBe(0);
    const written = (
      await inLocale(locale, () => [
        ...edges.map((edtf) => formatEventDate(edtf)),
        formatPublished("2024-01-01T00:30:00Z"),
        formatInstantDay(Date.UTC(2024, 0, 1)),
        formatInstantDay(Date.UTC(2023, 11, 31, 23, 59, 59, 999)),
      ])
    ).map(withoutIsolates);
    const [, firstOfYear, , , published, start, end] = written;
    expect(written.slice(0, 4)).toEqual(expected[locale]);
    expect([published, start]).toEqual([firstOfYear, firstOfYear]);
    expect(end).toBe(expected[locale][0]);
  });
});

describe("the time axis and window speak the interface language", () => {
  const byLocale: [Locale, string, string, string, string, string][] = [
    // locale, years ago, in the future, present, a long year, a window of days
    [
      "en",
      "13.8 billion years ago",
      "in 2 million years",
      "present",
      "315,000 BCE",
      "14 May 2024 – 2 June 2024",
    ],
    [
      "de",
      "vor 13,8 Milliarden Jahren",
      "in 2 Millionen Jahren",
      "Gegenwart",
      "315.000 v. Chr.",
      "14. Mai 2024 – 2. Juni 2024",
    ],
    [
      "fr",
      "il y a 13,8 milliards d’années",
      "dans 2 millions d’années",
      "présent",
      "315\u202f000 av. J.-C.",
      "14 mai 2024 – 2 juin 2024",
    ],
    ["ja", "138億年前", "200万年後", "現在", "紀元前315,000年", "2024年5月14日～2024年6月2日"],
    [
      "he",
      "לפני ‏13.8 מיליארד שנה",
      "בעוד ‏2 מיליון שנה",
      "ההווה",
      "315,000 לפנה״ס",
      "14 במאי 2024 – 2 ביוני 2024",
    ],
  ];
  it.each(byLocale)(
    "in %s: %s, %s, %s, %s, %s",
    async (locale, ago, future, present, year, window) => {
      const written = await inLocale(locale, () => [
        yearTickLabel(-13_800_000_000),
        yearTickLabel(2_000_000),
        yearTickLabel(0, 1_000_000),
        yearTickLabel(-315_000),
        formatWindow({ start: Date.UTC(2024, 4, 14), end: Date.UTC(2024, 5, 3) }),
      ]);
      expect(written.map(withoutIsolates)).toEqual([ago, future, present, year, window]);
    },
  );

  it.each([
    ["en", ["1", "2", "3"], ["May 2024"]],
    ["de", ["1", "2", "3"], ["Mai 2024"]],
    ["ja", ["1日", "2日", "3日"], ["2024年5月"]],
  ] as const)("in %s, day ticks are %j under a context of %j", async (locale, days, context) => {
    const window = { start: Date.UTC(2024, 4, 1), end: Date.UTC(2024, 4, 3, 12) };
    const axis = await inLocale(locale, () =>
      computeAxis(timeScale(window, 600), (text) => text.length * 7),
    );
    expect(axis.unit).toBe("day");
    expect(axis.ticks.map((tick) => tick.label)).toEqual(days);
    expect(axis.context.map((tick) => tick.label)).toEqual(context);
  });

  it.each([
    ["de", "13.799.629.990 v. Chr.", ["13.799.", "629.990", "v. Chr."]],
    [
      "fr",
      "13\u202f799\u202f629\u202f990 av. J.-C.",
      ["13\u202f799\u202f", "629\u202f990", "av. J.-C."],
    ],
  ])("in %s, a long year down a phone wraps after a thousands separator", (_, label, lines) => {
    expect(axisLabelLines(label)).toEqual(lines);
  });
});

describe("date words in the interface language", () => {
  it.each([
    ["en", "Known only as a latest date", "Known to the month", "Open-ended"],
    ["es", "Solo se conoce la fecha más tardía", "Se conoce el mes", "Abierto"],
    ["ja", "最も遅い日付のみ判明", "月まで判明", "片側のみ"],
  ] as const)("in %s: %s, %s, %s", async (locale, latest, month, open) => {
    const written = await inLocale(locale, () => [
      describeKnownDate({
        edtf: "../2024-05-18",
        precision: "range",
        start: null,
        end: "2024-05-18",
      }).lead,
      describeKnownDate({
        edtf: "2024-04",
        precision: "month",
        start: "2024-04-01",
        end: "2024-04-30",
      }).lead,
      dateCertaintyLabel("open"),
    ]);
    expect(written).toEqual([latest, month, open]);
  });

  it.each([
    ["en", "1800 – 1899"],
    ["ja", "1800年～1899年"],
    ["de", "1800 – 1899"],
  ] as const)("in %s an era of whole years reads %s", async (locale, text) => {
    const era = { start: "1800-01-01", end: "1899-12-31" };
    expect(await inLocale(locale, () => formatEraDates(era))).toBe(text);
  });
});

describe("edtfDisagreement(date) says why in the interface language, never a language it cached", () => {
  const unreadable = {
    edtf: "2024-13",
    start: "2024-01-01",
    end: "2024-01-31",
    precision: "month",
  };
  const disagreeing = {
    edtf: "2024-05",
    start: "2024-05-01",
    end: "2024-05-14",
    precision: "month",
  };
  it.each([
    [
      "en",
      'edtf cannot be read: "2024-13" has no month 13',
      'edtf "2024-05" means 2024-05-01 to 2024-05-31 (month), but start, end and precision say 2024-05-01 to 2024-05-14 (month)',
    ],
    [
      "de",
      "edtf ist nicht lesbar: „2024-13“ hat keinen Monat 13",
      'edtf "2024-05" bedeutet 2024-05-01 bis 2024-05-31 (month), aber start, end und precision sagen 2024-05-01 bis 2024-05-14 (month)',
    ],
    ["en", 'edtf cannot be read: "2024-13" has no month 13', null],
  ] as const)("in %s: %s", async (locale, unread, disagree) => {
    const written = await inLocale(locale, () => [
      edtfDisagreement(unreadable),
      edtfDisagreement(disagreeing),
    ]);
    expect(written[0]).toBe(unread);
    if (disagree !== null) expect(written[1]).toBe(disagree);
  });

  it("names a year no timeline can draw, in Japanese", async () => {
    expect(await inLocale("ja", () => yearOutsideRange(100_000_000_000))).toBe(
      "100000000000年はタイムラインで表示できる範囲（-99999999999～99999999999年）の外です",
    );
  });
});

describe("formatInstantDay(ms, true) and formatWindow(window, true) cut the month as the language does", () => {
  it.each([
    ["en", "23 Oct 2023", "23 Oct 2023 – 2 Nov 2023"],
    ["de", "23. Okt. 2023", "23. Okt. 2023 – 2. Nov. 2023"],
    ["fr", "23 oct. 2023", "23 oct. 2023 – 2 nov. 2023"],
    ["ja", "2023年10月23日", "2023年10月23日～2023年11月2日"],
  ] as const)("in %s: %s, %s", async (locale, day, window) => {
    const written = await inLocale(locale, () => [
      formatInstantDay(Date.UTC(2023, 9, 23), true),
      formatWindow({ start: Date.UTC(2023, 9, 23), end: Date.UTC(2023, 10, 3) }, true),
    ]);
    expect(written).toEqual([day, window]);
  });
});
