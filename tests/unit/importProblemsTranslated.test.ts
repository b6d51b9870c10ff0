import { afterEach, describe, expect, it } from "vitest";
import { describeLosses } from "../../src/formats/describeLosses.ts";
import { readSpreadsheet } from "../../src/formats/spreadsheet/readSpreadsheet.ts";
import { importTimelineJs } from "../../src/formats/timelineJs/importTimelineJs.ts";
import { loadLocale } from "../../src/i18n/loadLocale.ts";
import type { Locale } from "../../src/i18n/locales.ts";
import { syntheticEvent } from "../fixtures/syntheticEvent.ts";
import { isolated, withoutIsolates } from "../setup/withoutIsolates.ts";

/** A TimelineJS file with a bad scale, a slide that is not an object, a bad month, no date, bad links. */
const badTimelineJs = {
  scale: "big",
  events: [
    "not a slide",
    { start_date: { year: 2020, month: 13 }, text: { headline: "Bad month" } },
    { text: { headline: "No date" } },
    {
      start_date: { year: 2021 },
      text: { headline: "Kept", text: '<a href="javascript:alert(1)">x</a>' },
      media: { url: "ftp://example.org/a.jpg", caption: "A caption" },
    },
  ],
};
/** TimelineJS3's template: a bad time, no year, an end month without its year, an end before its start. */
const badTemplate = [
  "Year,Month,Day,Time,End Year,End Month,Headline",
  "2020,1,1,25:99,,,A",
  ",,,,,,B",
  "2020,2,2,,,3,C",
  "2022,,,,2021,,D",
].join("\n");
/** Sourceline's CSV export with a precision it does not know. */
const badExport = "id,date,title,precision,start,end\nfirst,,One,sometimes,2020-01-01,\n";

const reasons = (problems: { path: string; reason: string }[]) =>
  problems.map((p) => `${p.path}: ${p.reason}`);

afterEach(async () => {
  await loadLocale("en");
});

describe.each([
  {
    locale: "es",
    timelineJs: [
      'scale: la escala "big" no es "human" ni "cosmological"; se lee como "human"',
      'events[0]: "not a slide" no es un objeto de evento; se omite',
      "events[1].start_date.month: el mes 13 no es un mes válido (1–12); se omite el evento",
      "events[2].start_date: falta start_date; se omite el evento",
      'events[3].text.text: el enlace "javascript:alert(1)" no es http(s); se conserva como texto',
      'events[3].media.url: la URL del medio "ftp://example.org/a.jpg" no es http(s); se omite, pero se conserva su pie',
    ],
    template: [
      "fila 2, Time: «25:99» no es una hora del día (como 14:30, 2:30 PM o 14:30:15.5); se omite la hora",
      "fila 4, End Month: End Month aparece sin End Year; se omite el final",
      "fila 3, Year: falta el año; se omite el evento",
      "fila 5, End Year: la fecha de fin 2021 es anterior a la fecha de inicio 2022; se omite el evento",
    ],
    exported:
      "fila 2, precision: «sometimes» no es una precisión (day, month, year, range, unknown); se omite el evento",
    losses: [
      "Se omiten 4 eventos sin fecha: «Title of a», «Title of b», «Title of c» y 1 más.",
      "No se conserva: correcciones y otras notas (1 evento); las personas mencionadas (4 eventos); las eras (2).",
    ],
  },
  {
    locale: "ar",
    timelineJs: [
      'scale: المقياس "big" ليس "human" ولا "cosmological"؛ قُرئ على أنه "human"',
      'events[0]: "not a slide" ليس كائن حدث؛ حُذف',
      "events[1].start_date.month: الشهر 13 ليس شهرًا صالحًا (1–12)؛ حُذف الحدث",
      "events[2].start_date: لا يوجد start_date؛ حُذف الحدث",
      'events[3].text.text: الرابط "javascript:alert(1)" ليس http(s)؛ أُبقي نصًا',
      'events[3].media.url: عنوان URL للوسيط "ftp://example.org/a.jpg" ليس http(s)؛ حُذف مع الإبقاء على تعليقه',
    ],
    template: [
      "الصف 2، Time: «25:99» ليس وقتًا من اليوم (مثل 14:30 أو 2:30 PM أو 14:30:15.5)؛ حُذف الوقت",
      "الصف 4، End Month: End Month مذكور دون End Year؛ حُذفت النهاية",
      "الصف 3، Year: لا توجد سنة؛ حُذف الحدث",
      "الصف 5، End Year: تاريخ النهاية 2021 يسبق تاريخ البداية 2022؛ حُذف الحدث",
    ],
    exported:
      "الصف 2، precision: «sometimes» ليس دقة (day, month, year, range, unknown)؛ حُذف الحدث",
    losses: [
      "تُحذف 4 أحداث بلا تاريخ: «Title of a» و«Title of b» و«Title of c» وواحد آخر.",
      "لا يُحتفظ بـ: التصحيحات والملاحظات الأخرى (حدث واحد)؛ الأشخاص المذكورون (4 أحداث)؛ الحقب (2).",
    ],
  },
  {
    locale: "ja",
    timelineJs: [
      'scale: scale の "big" は "human" でも "cosmological" でもありません。"human" として読み込みました',
      'events[0]: "not a slide" はイベントのオブジェクトではありません。除外しました',
      "events[1].start_date.month: 月 13 は有効な月（1～12）ではありません。イベントを除外しました",
      "events[2].start_date: start_dateがありません。イベントを除外しました",
      'events[3].text.text: リンク "javascript:alert(1)" は http(s) ではありません。テキストとして残しました',
      'events[3].media.url: メディアの URL "ftp://example.org/a.jpg" は http(s) ではありません。除外しましたが、キャプションは残しました',
    ],
    template: [
      "2 行目、Time: 「25:99」は時刻（14:30、2:30 PM、14:30:15.5 など）ではありません。時刻を除外しました",
      "4 行目、End Month: End Month が End Year なしで指定されています。終了は除外しました",
      "3 行目、Year: 年がありません。イベントを除外しました",
      "5 行目、End Year: 終了日（2021）が開始日（2022）より前です。イベントを除外しました",
    ],
    exported:
      "2 行目、precision: 「sometimes」は精度（day, month, year, range, unknown）ではありません。イベントを除外しました",
    losses: [
      "日付のないイベント 4 件を除外します：「Title of a」、「Title of b」、「Title of c」、ほか 1 件。",
      "保持されないもの：訂正とその他の注記（1 件のイベント）、登場する人物（4 件のイベント）、時代区分（2）。",
    ],
  },
] as {
  locale: Locale;
  timelineJs: string[];
  template: string[];
  exported: string;
  losses: string[];
}[])("with the interface in $locale", ({ locale, timelineJs, template, exported, losses }) => {
  it("a bad TimelineJS file's problems are told in it", async () => {
    await loadLocale(locale);
    expect(reasons(importTimelineJs(badTimelineJs).problems).map(withoutIsolates)).toEqual(
      timelineJs,
    );
  });

  it("a bad template sheet's problems name their row and are told in it", async () => {
    await loadLocale(locale);
    expect(
      reasons((await readSpreadsheet({ text: badTemplate }, "t.csv")).problems).map(
        withoutIsolates,
      ),
    ).toEqual(template);
  });

  it("a bad CSV export's problem is told in it", async () => {
    await loadLocale(locale);
    expect(
      reasons((await readSpreadsheet({ text: badExport }, "e.csv")).problems).map(withoutIsolates),
    ).toEqual([exported]);
  });

  it("what a format loses is told in it, with its plurals and lists", async () => {
    await loadLocale(locale);
    const undated = ["a", "b", "c", "d"].map((id) => syntheticEvent(id, null));
    const sentences = describeLosses({
      leftOut: [{ why: "without a date", events: undated }],
      dropped: [
        { field: "note", events: undated.slice(0, 1) },
        { field: "people", events: undated },
      ],
      eras: 2,
    });
    expect(sentences.map(withoutIsolates)).toEqual(losses);
  });
});

describe("an unreadable sheet", () => {
  it("says so in the interface language, the column names it expects staying as files write them", async () => {
    await loadLocale("es");
    await expect(readSpreadsheet({ text: "foo,bar\n1,2\n" }, "x.csv")).rejects.toMatchObject({
      message: "x.csv es una hoja de cálculo sin las columnas que lee Sourceline.",
    });
  });
});

describe("in a right-to-left language", () => {
  it("isolates the text a problem quotes, and not in a left-to-right one", async () => {
    await loadLocale("ar");
    const [arabic] = reasons(importTimelineJs(badTimelineJs).problems);
    await loadLocale("en");
    const [english] = reasons(importTimelineJs(badTimelineJs).problems);
    expect(arabic).toContain(isolated(`"big"`));
    expect(english).not.toMatch(/[\u2068\u2069]/);
  });
});
