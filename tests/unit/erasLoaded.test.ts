import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Dataset, Era } from "../../src/data/datasetSchema.ts";
import { readDatasetJson } from "../../src/data/readDatasetJson.ts";
import { formatEraDates } from "../../src/dates/formatEraDates.ts";
import { exportTimelineJs } from "../../src/formats/timelineJs/exportTimelineJs.ts";

const published = JSON.parse(readFileSync("public/data/timeline.json", "utf8")) as Dataset;
const withEras = (eras: unknown[]) => ({ ...structuredClone(published), eras });
const era = (title: string, start: string, end: string, edtf?: string) => ({
  id: title.toLowerCase().replaceAll(" ", "-"),
  title,
  start,
  end,
  ...(edtf === undefined ? {} : { edtf }),
});

describe("a loaded dataset's eras are in time order, whatever the file's order", () => {
  it("sorts a Sourceline file's eras by start, then end, then title", async () => {
    const { dataset, problems } = await readDatasetJson(
      withEras([
        era("Late", "2023-11-20", "2023-11-21"),
        era("Early long", "2023-11-17", "2023-11-30"),
        era("Early short", "2023-11-17", "2023-11-18"),
      ]),
      "t.json",
    );
    expect(dataset.eras?.map((e) => e.title)).toEqual(["Early short", "Early long", "Late"]);
    expect(problems).toEqual([]);
  });

  // TimelineJS3's own eras template lists 650–700 before 600–650 (src/template/eras.json).
  it("sorts a TimelineJS file's eras, each ending as the next begins, with its dates as written", async () => {
    const tl = (from: number, to: number) => ({
      start_date: { year: String(from) },
      end_date: { year: String(to) },
      text: { headline: `Era Test ${from}-${to}` },
    });
    const { dataset, problems } = await readDatasetJson(
      {
        events: [{ start_date: { year: 660 }, text: { headline: "An event" } }],
        eras: [tl(650, 700), tl(600, 650), tl(700, 720)],
      },
      "eras.json",
    );
    expect(problems).toEqual([]);
    expect(dataset.eras?.map((e) => [e.title, e.start, e.end, formatEraDates(e)])).toEqual([
      ["Era Test 600-650", "0600-01-01", "0649-12-31", "600 – 650"],
      ["Era Test 650-700", "0650-01-01", "0699-12-31", "650 – 700"],
      ["Era Test 700-720", "0700-01-01", "0719-12-31", "700 – 720"],
    ]);
    // …and exported, they are written back as the file wrote them.
    expect(exportTimelineJs(dataset).eras?.map((e) => [e.start_date, e.end_date])).toEqual([
      [{ year: 600 }, { year: 650 }],
      [{ year: 650 }, { year: 700 }],
      [{ year: 700 }, { year: 720 }],
    ]);
  });
});

describe("an era's edtf that does not say its days is a warning; the era is kept at its days", () => {
  it.each<[string, Era, string]>([
    [
      "another year",
      era("Era", "1800-01-01", "1899-12-31", "1700/1900") as Era,
      'edtf "1700/1900" means 1700-01-01 to 1899-12-31, but start and end say 1800-01-01 to 1899-12-31; the era is shown at its days',
    ],
    [
      "not EDTF",
      era("Era", "1800-01-01", "1899-12-31", "1800s") as Era,
      'edtf cannot be read: "1800s" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD; the era is shown at its days',
    ],
  ])("%s", async (_, bad, reason) => {
    const { dataset, problems } = await readDatasetJson(withEras([bad]), "t.json");
    const { edtf: _edtf, ...kept } = bad;
    expect(dataset.eras).toEqual([kept]);
    expect(problems).toEqual([
      { path: "eras[0].edtf", reason, item: { title: "Era", id: "era" }, warning: true },
    ]);
  });

  it("keeps an edtf that says its days", async () => {
    const good = era("Era", "1933-03-01", "1944-12-31", "1933-03/1945");
    const { dataset, problems } = await readDatasetJson(withEras([good]), "t.json");
    expect(dataset.eras).toEqual([good]);
    expect(problems).toEqual([]);
  });
});
