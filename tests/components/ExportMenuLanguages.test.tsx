import { readFileSync } from "node:fs";
import { join } from "node:path";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import type { Dataset } from "../../src/data/datasetSchema.ts";
import { ExportMenu } from "../../src/features/export/ExportMenu.tsx";
import { loadLocale } from "../../src/i18n/loadLocale.ts";
import type { Locale } from "../../src/i18n/locales.ts";
import { isolated } from "../setup/withoutIsolates.ts";

const dataset = JSON.parse(
  readFileSync(join(process.cwd(), "public/data/timeline.json"), "utf8"),
) as Dataset;

afterEach(() => loadLocale("en"));

/** The export menu opened (by its summary, in the language's word) for the first `count` events. */
async function openMenu(locale: Locale, count: number, summary: string) {
  await loadLocale(locale);
  render(<ExportMenu dataset={dataset} events={dataset.events.slice(0, count)} />);
  await userEvent.click(screen.getByText(summary));
}

describe("the export menu counts the events it saves in the reader's language", () => {
  it.each([
    ["en", "Export", 1, "Save the 1 event shown as:"],
    ["en", "Export", 2, "Save the 2 events shown as:"],
    ["en", "Export", 11, "Save the 11 events shown as:"],
    ["es", "Exportar", 1, "Guardar el evento mostrado como:"],
    ["es", "Exportar", 2, "Guardar los 2 eventos mostrados como:"],
    ["es", "Exportar", 11, "Guardar los 11 eventos mostrados como:"],
    // Arabic has a singular, a dual and plurals for 3–10 and for 11–99 (here one sentence).
    ["ar", "تصدير", 1, "حفظ الحدث المعروض بصيغة:"],
    ["ar", "تصدير", 2, "حفظ الحدثين المعروضين بصيغة:"],
    ["ar", "تصدير", 3, "حفظ الأحداث المعروضة (3) بصيغة:"],
    ["ar", "تصدير", 11, "حفظ الأحداث المعروضة (11) بصيغة:"],
  ] as const)("%s, %s, %i event(s): “%s”", async (locale, summary, count, caption) => {
    await openMenu(locale, count, summary);
    expect(screen.getByRole("list", { name: caption })).toBeVisible();
  });

  it("names the formats and the warning in Arabic", async () => {
    await openMenu("ar", 11, "تصدير");
    await userEvent.click(screen.getByRole("button", { name: "CSV (جدول بيانات)" }));
    expect(
      // The format's name is a value of the sentence: isolated, right to left.
      await screen.findByRole("group", {
        name: `لا تتسع صيغة ${isolated("CSV (جدول بيانات)")} لكل شيء`,
      }),
    ).toHaveFocus();
    expect(screen.getByRole("button", { name: "احفظ على أي حال" })).toBeVisible();
    expect(screen.getByRole("button", { name: "إلغاء" })).toBeVisible();
  });
});
