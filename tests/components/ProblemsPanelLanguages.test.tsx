import { readFileSync } from "node:fs";
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { App } from "../../src/app/App.tsx";
import { readDatasetJson } from "../../src/data/readDatasetJson.ts";
import { ProblemsPanel } from "../../src/features/problems/ProblemsPanel.tsx";
import { loadLocale } from "../../src/i18n/loadLocale.ts";
import type { Locale } from "../../src/i18n/locales.ts";
import { isolated } from "../setup/withoutIsolates.ts";
import { renderWithClient } from "./renderWithClient.tsx";
import { jsonResponse, serveResponses } from "./serveResponses.ts";

const published = JSON.parse(readFileSync("public/data/timeline.json", "utf8"));

/** The published dataset with one bad event (a person no one defined) and one blank summary. */
const broken = () => ({
  ...published,
  events: published.events.map((e: { id: string; people: string[] }, i: number) =>
    i === 1 ? { ...e, people: [...e.people, "nobody"] } : i === 2 ? { ...e, summary: " " } : e,
  ),
});

afterEach(async () => {
  vi.unstubAllGlobals();
  await act(() => loadLocale("en"));
});

/** Opens the broken dataset in `locale` and shows its problems panel, opened. */
async function openProblems(locale: Locale, summary: string) {
  await act(() => loadLocale(locale));
  const { problems } = await readDatasetJson(broken(), "broken.json");
  render(<ProblemsPanel problems={problems} />);
  await userEvent.click(screen.getByText(summary));
}

const lines = (label: string) =>
  within(screen.getByRole("list", { name: label }))
    .getAllByRole("listitem")
    .map((li) => li.textContent);

describe("ProblemsPanel speaks the interface language", () => {
  it("in English", async () => {
    await openProblems("en", "1 problem and 1 warning in this file");
    const [bad, blank] = lines("Problems");
    expect(bad).toMatch(
      /· events\[1\]\.people\[\d\]: no person "nobody" in this dataset; reference left out$/,
    );
    expect(blank).toMatch(
      /^Warning: .* · events\[2\]\.summary: summary has no visible character \(only U\+0020\); shown without a summary$/,
    );
  });

  it("in Spanish", async () => {
    await openProblems("es", "1 problema y 1 aviso en este archivo");
    const [bad, blank] = lines("Problemas");
    expect(bad).toMatch(
      /· events\[1\]\.people\[\d\]: no hay ninguna persona «nobody» en este conjunto de datos; referencia omitida$/,
    );
    expect(blank).toMatch(
      /^Aviso: .* · events\[2\]\.summary: summary no tiene ningún carácter visible \(solo U\+0020\); se muestra sin resumen$/,
    );
  });

  it("in Hebrew", async () => {
    // Right to left, `t` isolates every text value (U+2068 … U+2069): the counts the summary is
    // composed of, and the id, a left-to-right word, and the parts of the reason.
    await openProblems(
      "he",
      `${isolated(`${isolated("בעיה אחת")} ו־${isolated("אזהרה אחת")}`)} בקובץ הזה`,
    );
    const [bad, blank] = lines("בעיות");
    expect(bad).toMatch(
      /· events\[1\]\.people\[\d\]: \u2068אין אדם "\u2068nobody\u2069" במערך הנתונים הזה\u2069; \u2068ההפניה הושמטה\u2069$/,
    );
    expect(blank).toMatch(/^אזהרה: .* · events\[2\]\.summary: /);
    // A JSON path reads left to right on a right-to-left page.
    expect(screen.getAllByRole("listitem")[0]?.querySelector("code")).toHaveAttribute("dir", "ltr");
  });

  it("says a count of items left out in Arabic, with the plural Arabic needs", async () => {
    await act(() => loadLocale("ar"));
    const problems = Array.from({ length: 3 }, (_, i) => ({
      path: `events[${i}].title`,
      reason: "x; event left out",
      leftOut: true as const,
    }));
    render(<ProblemsPanel problems={problems} />);
    expect(
      screen.getByText(`${isolated("3 مشكلات")} في هذا الملف (استُبعدت 3 عناصر)`),
    ).toBeInTheDocument();
  });

  it("is said again in the new language when the reader switches", async () => {
    await openProblems("en", "1 problem and 1 warning in this file");
    await act(() => loadLocale("es"));
    expect(screen.getByText("1 problema y 1 aviso en este archivo")).toBeInTheDocument();
    expect(screen.getByRole("list", { name: "Problemas" })).toBeInTheDocument();
  });
});

describe("a dataset with a bad event, opened in the app", () => {
  it.each([
    ["en", "1 problem and 1 warning in this file", "Problems", "reference left out"],
    ["es", "1 problema y 1 aviso en este archivo", "Problemas", "referencia omitida"],
    [
      "ar",
      `${isolated(`${isolated("مشكلة واحدة")} و${isolated("تحذير واحد")}`)} في هذا الملف`,
      "المشكلات",
      isolated("استُبعد المرجع"),
    ],
  ] as const)(
    "%s: lists its problem in the reader's language",
    async (locale, summary, label, end) => {
      await act(() => loadLocale(locale));
      const url = "http://test.local/data/broken.json";
      serveResponses({ [url]: () => jsonResponse(broken()) });
      renderWithClient(<App datasetUrl={url} />);
      await userEvent.click(await screen.findByText(summary, {}, { timeout: 10_000 }));
      expect(lines(label)[0]).toMatch(new RegExp(`${end}$`));
    },
  );
});

describe("a timeline's problems, when the reader chooses another language", () => {
  it("are worded again in it, for a timeline loaded from its address", async () => {
    const url = "http://test.local/data/broken.json";
    serveResponses({ [url]: () => jsonResponse(broken()) });
    renderWithClient(<App datasetUrl={url} />);
    await userEvent.click(
      await screen.findByText("1 problem and 1 warning in this file", {}, { timeout: 10_000 }),
    );
    expect(lines("Problems")[0]).toMatch(/reference left out$/);
    await act(() => loadLocale("es"));
    await screen.findByText(/referencia omitida$/, {}, { timeout: 10_000 });
    expect(lines("Problemas")[0]).toMatch(/referencia omitida$/);
  });

  it("are worded again in it, for a file opened from the device", async () => {
    const url = "http://test.local/data/timeline.json";
    serveResponses({ [url]: () => jsonResponse(published) });
    const { container } = renderWithClient(<App datasetUrl={url} />);
    await screen.findByRole("heading", { level: 1, name: published.title });
    const file = new File([JSON.stringify(broken())], "broken.json", { type: "application/json" });
    await userEvent.upload(container.querySelector('input[type="file"]') as HTMLInputElement, file);
    await userEvent.click(
      await screen.findByText("1 problem and 1 warning in this file", {}, { timeout: 10_000 }),
    );
    expect(lines("Problems")[0]).toMatch(/reference left out$/);
    await act(() => loadLocale("de"));
    await screen.findByText(/Verweis ausgelassen$/, {}, { timeout: 10_000 });
  });
});
