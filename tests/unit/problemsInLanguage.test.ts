import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { ArticleLoadError } from "../../src/data/articleTextQuery.ts";
import { checkInvariants } from "../../src/data/checkInvariants.ts";
import { DatasetLoadError } from "../../src/data/datasetLoadError.ts";
import type { Dataset } from "../../src/data/datasetSchema.ts";
import { datasetUrlFromSearch } from "../../src/data/datasetUrlFromSearch.ts";
import { describeFound } from "../../src/data/describeFound.ts";
import { describeIssues } from "../../src/data/describeIssues.ts";
import { describeLoadError } from "../../src/data/describeLoadError.ts";
import { megabytes } from "../../src/data/fetchBody.ts";
import { ProblemLog } from "../../src/data/problemLog.ts";
import { problemsSummary } from "../../src/data/problemsSummary.ts";
import { readDatasetJson } from "../../src/data/readDatasetJson.ts";
import { tallyProblems } from "../../src/data/tallyProblems.ts";
import { loadLocale } from "../../src/i18n/loadLocale.ts";
import { isolated } from "../setup/withoutIsolates.ts";

const published: Dataset = JSON.parse(readFileSync("public/data/timeline.json", "utf8"));
const [first, second] = published.events as [Dataset["events"][0], Dataset["events"][0]];

/** The published dataset with its second event given `change`. */
const withSecond = (change: Partial<Dataset["events"][0]>): Dataset => ({
  ...published,
  events: [first, { ...second, ...change }, ...published.events.slice(2)],
});

const reasons = (dataset: Dataset) => checkInvariants(dataset).problems.map((p) => p.reason);

afterEach(async () => {
  await loadLocale("en");
});

describe("the dataset checks speak the interface language", () => {
  it.each([
    ["en", 'no person "nobody" in this dataset; reference left out'],
    ["es", "no hay ninguna persona «nobody» en este conjunto de datos; referencia omitida"],
    // In a right-to-left language `t` isolates (U+2068 … U+2069) every text value: the id, so it
    // keeps its own order, and the problem and its consequence the reason is composed of.
    [
      "ar",
      `${isolated(`لا يوجد شخص «${isolated("nobody")}» في مجموعة البيانات هذه`)}؛ ${isolated("استُبعد المرجع")}`,
    ],
  ] as const)("%s: a person no one defined", async (locale, reason) => {
    await loadLocale(locale);
    expect(reasons(withSecond({ people: ["nobody"] }))).toEqual([reason]);
  });

  it.each([
    ["en", "ends (2020-01-01) before it starts (2024-05-01); event left out"],
    ["es", "termina (2020-01-01) antes de empezar (2024-05-01); evento omitido"],
    ["de", "endet (2020-01-01) vor seinem Beginn (2024-05-01); Ereignis ausgelassen"],
  ] as const)("%s: a date that ends before it starts", async (locale, reason) => {
    await loadLocale(locale);
    const date = {
      ...second.date,
      precision: "range" as const,
      start: "2024-05-01",
      end: "2020-01-01",
      edtf: "2024-05-01/2020-01-01",
    };
    expect(reasons(withSecond({ date }))).toContain(reason);
  });

  it("names an untitled timeline in the reader's language", async () => {
    await loadLocale("es");
    const checked = checkInvariants({ ...published, title: "\u200b" });
    expect(checked.dataset.title).toBe("Cronología sin título");
    expect(checked.problems[0]?.reason).toBe(
      "title no tiene ningún carácter visible (solo U+200B); se muestra como «Cronología sin título»",
    );
  });

  it("counts and summarises problems in Spanish, items left out included", async () => {
    await loadLocale("es");
    const problems = checkInvariants(withSecond({ title: "\u200b", people: ["nobody"] })).problems;
    expect(tallyProblems(problems)).toEqual({ problems: 1, warnings: 0, leftOut: 1 });
    expect(problemsSummary(problems)).toBe("1 problema en este archivo (1 elemento omitido)");
  });

  it("counts the items a 'more like these' line leaves out, in Spanish", async () => {
    await loadLocale("es");
    const log = new ProblemLog();
    for (let i = 0; i < 1002; i++)
      log.push({ path: `events[${i}].title`, reason: "x; evento omitido", leftOut: true });
    const lines = log.lines();
    expect(lines.at(-1)?.reason).toBe("y 2 más como estos: eventos omitidos");
    expect(tallyProblems(lines).leftOut).toBe(1002);
  });

  it("says where a schema issue is, in Japanese", async () => {
    await loadLocale("ja");
    expect(describeIssues([{ path: [], message: "x" }], 0)).toEqual(["…ほか 1 件"]);
    expect(describeIssues([{ path: [], message: "x" }])).toEqual(["（最上位）: x"]);
  });

  it.each([
    [
      "en",
      'events[1].type: Invalid option: expected one of "departure"|"board"|"appointment"|"statement"|"report"|"policy"|"other"; event left out',
    ],
    [
      "es",
      'events[1].type: Opción inválida: se esperaba una de "departure"|"board"|"appointment"|"statement"|"report"|"policy"|"other"; evento omitido',
    ],
  ] as const)(
    "%s: the schema's own message, from zod's messages for the language",
    async (locale, line) => {
      await loadLocale(locale);
      const json = JSON.parse(JSON.stringify(withSecond({ type: "rumour" as never })));
      const { problems } = await readDatasetJson(json, "f.json");
      expect(problems.map((p) => `${p.path}: ${p.reason}`)).toEqual([line]);
    },
  );

  it("says the schema's own rules in the language: an id not in lower case", async () => {
    await loadLocale("fr");
    const json = JSON.parse(JSON.stringify(withSecond({ id: "Not-An-Id" })));
    const { problems } = await readDatasetJson(json, "f.json");
    expect(problems.map((p) => p.reason)).toEqual([
      "doit être des mots en minuscules reliés par des tirets\u00a0; événement omis",
    ]);
  });
});

describe("describeLoadError(error) tells a reader in their language", () => {
  const url = "https://example.org/t.json";
  it.each([
    [
      "es",
      new DatasetLoadError("x", [], { kind: "http", url, status: 404 }),
      "No hay ninguna cronología en esta dirección: el servidor al que apunta no la tiene.",
    ],
    [
      "es",
      new ArticleLoadError("x", { kind: "http", url, status: 404 }),
      "No hay ningún artículo en esta dirección: el servidor al que apunta no lo tiene.",
    ],
    [
      "ar",
      new DatasetLoadError("x", [], { kind: "timeout", url }),
      "لم يُجب الخادم الذي يستضيف هذا الخط الزمني في الوقت المحدد.",
    ],
  ] as const)("%s: %s", async (locale, error, what) => {
    await loadLocale(locale);
    expect(describeLoadError(error).what).toBe(what);
  });

  it("labels the technical details in Spanish", async () => {
    await loadLocale("es");
    const error = new DatasetLoadError("x", [], {
      kind: "http",
      url,
      status: 503,
      statusText: "Busy",
    });
    expect(describeLoadError(error).technical).toEqual([
      `Dirección: ${url}`,
      "Respuesta del servidor: 503 Busy",
    ]);
  });
});

describe("the loader's messages speak the interface language", () => {
  it.each([
    ["en", [1, 2], "a list of 2 items"],
    ["es", [1], "una lista de 1 elemento"],
    ["es", { a: 1 }, 'un objeto con los campos "a"'],
    ["de", "x", "der Text „x“"],
  ] as const)("%s: describeFound(%j)", async (locale, value, said) => {
    await loadLocale(locale);
    expect(describeFound(value)).toBe(said);
  });

  it.each([
    ["en", "12.3 MB"],
    ["de", "12,3 MB"],
    ["fr", "12,3\u00a0Mo"],
  ] as const)("%s: a size in megabytes", async (locale, said) => {
    await loadLocale(locale);
    expect(megabytes(12.3 * 1024 * 1024)).toBe(said);
  });

  it("says why an address's dataset cannot be loaded, in Spanish", async () => {
    await loadLocale("es");
    expect(datasetUrlFromSearch("?data=ftp://x/t.json", "https://a.example/", "t.json")).toEqual({
      ok: false,
      reason:
        "La dirección pide el conjunto de datos «ftp://x/t.json», pero solo se pueden cargar conjuntos de datos http y https.",
    });
  });

  it("says a dataset of another version is one, in Hebrew", async () => {
    await loadLocale("he");
    await expect(readDatasetJson({ version: 2, events: [] }, "t.json")).rejects.toThrow(
      "\u2068t.json\u2069 הוא מערך נתונים של Sourceline בגרסה \u20682\u2069; הגרסה הזו של Sourceline קוראת גרסה 1.",
    );
  });
});
