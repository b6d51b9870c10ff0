import { readFileSync } from "node:fs";
import { join } from "node:path";
import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, inject, it } from "vitest";
import type { Dataset } from "../../src/data/datasetSchema.ts";
import { sharedBrowser } from "./sharedBrowser.ts";

const dataset = JSON.parse(
  readFileSync(join(process.cwd(), "public/data/timeline.json"), "utf8"),
) as Dataset;
const squash = (text: string) => text.replace(/\s+/g, " ");

describe("printing", () => {
  const browser = sharedBrowser();

  it("gives the title, the active filters and every shown event with its date and excerpts, without controls", async () => {
    const { page, problems } = await browser.newPage();
    await page.goto(`${inject("baseUrl")}?types=departure,appointment&q=&event=leike-resigns`);
    await page.locator("html[data-ready] .timeline-chart").waitFor();
    const pdf = await page.pdf({ format: "A4", printBackground: false });
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), {
      mergePages: true,
    });
    const printed = squash(text);

    expect(printed).toContain(dataset.title);
    expect(printed).toContain("Filters: types Departure, Appointment.");
    const shown = dataset.events.filter((e) => e.type === "departure" || e.type === "appointment");
    for (const event of shown) {
      expect(printed).toContain(squash(event.title));
      for (const excerpt of event.excerpts) expect(printed).toContain(squash(excerpt.exact));
    }
    expect(printed).toContain("November 2023 – 18 May 2024");
    expect(printed).toContain("15 May 2024");
    for (const hidden of dataset.events.filter((e) => !shown.includes(e))) {
      expect(printed).not.toContain(squash(hidden.title));
    }
    for (const control of ["Search events", "Zoom", "Fit", "Theme", "Show in article", "Undated"]) {
      expect(printed).not.toContain(control);
    }
    expect(problems).toEqual([]);
  });
});
