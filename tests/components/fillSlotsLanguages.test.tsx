import { render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { fillSlots, slot } from "../../src/components/fillSlots.tsx";
import { t } from "../../src/i18n/i18n.ts";
import { loadLocale } from "../../src/i18n/loadLocale.ts";
import type { Locale } from "../../src/i18n/locales.ts";

afterEach(() => loadLocale("en"));

describe("fillSlots puts an element where each language's sentence needs it", () => {
  it.each<[Locale, string]>([
    ["en", "Showing t.csv, opened from this device (a spreadsheet)."],
    ["ja", "このデバイスから開いた t.csv（スプレッドシート）を表示しています。"],
    ["ar", "يُعرض \u2068t.csv\u2069، وقد فُتح من هذا الجهاز (جدول بيانات)."],
  ])("%s: %s", async (locale, sentence) => {
    await loadLocale(locale);
    render(
      <p data-testid="opened">
        {fillSlots(t("app.openedSpreadsheet", { name: slot("name") }), {
          name: <strong>t.csv</strong>,
        })}
      </p>,
    );
    expect(screen.getByTestId("opened")).toHaveTextContent(sentence, {
      normalizeWhitespace: false,
    });
    expect(screen.getByText("t.csv").tagName).toBe("STRONG");
  });
});
