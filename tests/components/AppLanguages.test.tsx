import { readFileSync } from "node:fs";
import { join } from "node:path";
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { App } from "../../src/app/App.tsx";
import type { Dataset } from "../../src/data/datasetSchema.ts";
import { applyLocaleToPage, loadLocale } from "../../src/i18n/loadLocale.ts";
import { LOCALE_STORAGE_KEY } from "../../src/i18n/readLocaleSources.ts";
import { renderWithClient } from "./renderWithClient.tsx";
import { jsonResponse, serveResponses } from "./serveResponses.ts";

const DATA_URL = "http://test.local/data/timeline.json";
const dataset = JSON.parse(
  readFileSync(join(process.cwd(), "public/data/timeline.json"), "utf8"),
) as Dataset;

afterEach(async () => {
  await loadLocale("en");
  applyLocaleToPage("en");
  window.localStorage.removeItem(LOCALE_STORAGE_KEY);
});

/** The list view of the bundled story (14 events). */
async function openList() {
  window.history.replaceState(null, "", "/?view=list");
  serveResponses({ [DATA_URL]: () => jsonResponse(dataset) });
  renderWithClient(<App datasetUrl={DATA_URL} />);
  await screen.findByRole("heading", { level: 1, name: dataset.title });
}

describe("the page speaks the language chosen from its menu, at once", () => {
  it("English, then Hebrew, then Arabic: controls, the event count's plural and the page's direction", async () => {
    await openList();
    expect(screen.getByText("14 events")).toBeVisible();
    expect(screen.getByRole("button", { name: "List", pressed: true })).toBeVisible();

    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Language" }), "he");
    expect(await screen.findByText("14 אירועים")).toBeVisible();
    expect(screen.getByRole("button", { name: "רשימה", pressed: true })).toBeVisible();
    expect(screen.getByRole("button", { name: "ציר זמן", pressed: false })).toBeVisible();
    expect(screen.getByRole("button", { name: "פתיחת קובץ…" })).toBeVisible();
    expect(screen.getByRole("link", { name: "דילוג לציר הזמן" })).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute("dir", "rtl");

    // Arabic counts 11 to 99 in the singular accusative: "14 حدثًا", not the 3–10 plural.
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "שפה" }), "ar");
    expect(await screen.findByText("14 حدثًا")).toBeVisible();
    expect(screen.getByRole("button", { name: "القائمة", pressed: true })).toBeVisible();
    expect(screen.getByRole("button", { name: "فتح ملف…" })).toBeVisible();
    expect(document.documentElement).toHaveAttribute("lang", "ar");
  });

  it("filters and counts in Spanish: “Coincidencias: … de 14 eventos”, with Clear filters", async () => {
    await loadLocale("es");
    window.history.replaceState(null, "", "/?view=list&q=leike");
    serveResponses({ [DATA_URL]: () => jsonResponse(dataset) });
    renderWithClient(<App datasetUrl={DATA_URL} />);
    await screen.findByRole("heading", { level: 1, name: dataset.title });
    expect(await screen.findByText(/^Coincidencias: \d+ de 14 eventos$/)).toBeVisible();
    expect(screen.getAllByRole("button", { name: "Borrar filtros" }).length).toBeGreaterThan(0);
  });
});
