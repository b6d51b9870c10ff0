import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { datasetSchema } from "../../src/data/datasetSchema.ts";
import { revealControl } from "./revealControl.ts";
import { sharedBrowser } from "./sharedBrowser.ts";

/** A TimelineJS3 file as newsrooms make them: groups, eras, a year, a month, HTML text, media. */
const TIMELINE_JS = {
  title: { text: { headline: "Election night", text: "<p>How the count went.</p>" } },
  eras: [
    {
      start_date: { year: "2024", month: "11", day: "5" },
      end_date: { year: 2024, month: 11, day: 6 },
      text: { headline: "Polls open" },
    },
  ],
  events: [
    {
      unique_id: "Polls Open",
      start_date: { year: 2024, month: 11, day: 5, hour: 7 },
      text: { headline: "Polls open <b>in the east</b>", text: "<p>First voters queue.</p>" },
      group: "Voting",
      media: { url: "https://example.com/queue.jpg", credit: "Agency photo", caption: "A queue" },
    },
    {
      unique_id: "first-results",
      start_date: { year: 2024, month: 11, day: 5 },
      end_date: { year: 2024, month: 11, day: 6 },
      text: { headline: "First results", text: 'See <a href="https://example.com/r">results</a>' },
      group: "Counting",
    },
    {
      start_date: { year: 2024, month: 11 },
      display_date: "November 2024",
      text: { headline: "A month of recounts" },
      group: "Counting",
    },
    {
      start_date: { year: "2024" },
      text: { headline: "<script>alert(1)</script>Election year" },
    },
  ],
};

async function dropFile(page: Page, name: string, text: string) {
  const dataTransfer = await page.evaluateHandle(
    ([n, t]) => {
      const dt = new DataTransfer();
      dt.items.add(new File([t as string], n as string, { type: "application/json" }));
      return dt;
    },
    [name, text],
  );
  for (const type of ["dragenter", "dragover", "drop"]) {
    await page.dispatchEvent("main", type, { dataTransfer });
  }
}

describe("opening files and exporting the view", () => {
  const browser = sharedBrowser();

  it("draws a TimelineJS file dropped on the page, with its groups as lanes, its era and no upload", async () => {
    const { page, problems } = await browser.newPage();
    const requests: string[] = [];
    await page.goto(inject("baseUrl"));
    await page.locator("html[data-ready] .timeline-chart").waitFor();
    page.on("request", (r) => requests.push(r.url()));
    // The file's image, shown in its event's details, from where the file says it is.
    const image = "https://example.com/queue.jpg";
    await page.route(image, (route) => route.fulfill({ body: "", contentType: "image/jpeg" }));
    const dialogs: string[] = [];
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });

    await dropFile(page, "election.json", JSON.stringify(TIMELINE_JS));
    await page.getByRole("heading", { level: 1, name: "Election night" }).waitFor();
    expect(await page.locator(".masthead__opened").textContent()).toContain(
      "Showing election.json, opened from this device (a TimelineJS file).",
    );
    const marks = page.locator(".timeline-chart [data-event-id]");
    expect(await marks.count()).toBe(4);
    const lanes = await page.locator(".lane__name text").allTextContents();
    // Type lanes first, then groups in the order their first events come.
    expect(lanes).toEqual(["No group · 1", "Counting · 2", "Voting · 1"]);
    // Two days of a year-long view: the band is drawn, too narrow for its title, which the list gives.
    expect(await page.locator(".era__band").count()).toBe(1);
    expect(await page.getByRole("list", { name: "Eras" }).textContent()).toContain("Polls open");

    await page.getByRole("button", { name: /^Show the era Polls open/ }).click();
    await page.locator(".era__title", { hasText: "Polls open" }).waitFor();
    await page.getByRole("button", { name: /^Polls open in the east, 5 November 2024/ }).click();
    const details = page.getByRole("region", { name: "Polls open in the east" });
    await details.waitFor();
    expect(await details.textContent()).toContain("No verified excerpt.");
    expect(await details.textContent()).toContain("First voters queue.");
    expect(await details.textContent()).toContain("Credit: Agency photo");
    // The script tag in a title is text, never run.
    await page.getByRole("button", { name: /^Election year, known to the year: 2024/ }).click();
    await page.getByRole("region", { name: "Election year" }).waitFor();
    expect(dialogs).toEqual([]);
    // Nothing left the browser but the request for the file's own image: none carried the file.
    const sent = requests.filter((u) => !u.startsWith("blob:") && !u.includes("/assets/"));
    expect(sent.filter((u) => u !== image)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it("says why a file cannot be opened and keeps the timeline it showed", async () => {
    const { page, problems } = await browser.newPage();
    await page.goto(inject("baseUrl"));
    await page.locator("html[data-ready] .timeline-chart").waitFor();
    await dropFile(page, "notes.json", "<html>not json</html>");
    const alert = page.getByRole("alert");
    await alert.waitFor();
    expect(await alert.textContent()).toContain("notes.json is not JSON.");
    expect(await alert.textContent()).toContain("It starts with “<html>not json</html>”.");
    expect(await page.locator(".timeline-chart [data-event-id]").count()).toBe(13);
    await alert.getByRole("button", { name: "Dismiss" }).click();
    expect(await page.getByRole("alert").count()).toBe(0);

    await dropFile(page, "list.json", "[1, 2, 3]");
    await page.getByRole("alert").waitFor();
    expect(await page.getByRole("alert").textContent()).toContain(
      "list.json is neither a Sourceline dataset nor a TimelineJS file.",
    );
    expect(await page.getByRole("alert").textContent()).toContain("found a list of 3 items");
    expect(problems).toEqual([]);
  });

  it("opens a file chosen with Open file…", async () => {
    const { page, problems } = await browser.newPage();
    await page.goto(inject("baseUrl"));
    await page.locator("html[data-ready] .timeline-chart").waitFor();
    const chooser = page.waitForEvent("filechooser");
    await (await revealControl(page, page.getByRole("button", { name: "Open file…" }))).click();
    await (await chooser).setFiles({
      name: "election.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(TIMELINE_JS)),
    });
    await page.getByRole("heading", { level: 1, name: "Election night" }).waitFor();
    await page.getByRole("button", { name: "Close it" }).click();
    await page.getByRole("heading", { level: 1, name: "The OpenAI safety-team exodus" }).waitFor();
    expect(problems).toEqual([]);
  });

  it("exports the filtered view as files that read back", async () => {
    const { page, problems } = await browser.newPage();
    await page.goto(`${inject("baseUrl")}?types=departure`);
    await page.locator("html[data-ready] .timeline-chart").waitFor();
    const save = async (label: string) => {
      if (!(await page.locator(".export-menu").getAttribute("open"))) {
        await (await revealControl(page, page.getByText("Export", { exact: true }))).click();
      }
      const download = page.waitForEvent("download");
      await page.getByRole("button", { name: label }).click();
      // A format that cannot carry everything says so first, and saves on Save anyway.
      if (label !== "Sourceline JSON") {
        const warning = page.getByRole("group", { name: `${label} cannot carry everything` });
        await warning.waitFor();
        await warning.getByRole("button", { name: "Save anyway" }).click();
      }
      const file = await download;
      return {
        name: file.suggestedFilename(),
        text: readFileSync((await file.path()) as string, "utf8"),
      };
    };
    const json = await save("Sourceline JSON");
    expect(json.name).toBe("the-openai-safety-team-exodus.json");
    const parsed = datasetSchema.safeParse(JSON.parse(json.text));
    expect(parsed.success).toBe(true);
    expect(parsed.data?.events.map((e) => e.type)).toEqual([
      "departure",
      "departure",
      "departure",
      "departure",
    ]);
    expect(parsed.data?.eras?.map((e) => e.id)).toEqual(["altman-removed"]);

    const csv = await save("CSV (spreadsheet)");
    expect(csv.text.startsWith("\uFEFFid,")).toBe(true);
    const ics = await save("iCalendar (.ics)");
    expect(ics.text.match(/BEGIN:VEVENT/g)).toHaveLength(4);
    const tjs = await save("TimelineJS JSON");
    expect(tjs.name).toBe("the-openai-safety-team-exodus.timelinejs.json");
    expect(JSON.parse(tjs.text).events).toHaveLength(4);

    // The exported TimelineJS file opens again, with the same four events.
    await dropFile(page, tjs.name, tjs.text);
    await page.locator(".masthead__opened").waitFor();
    expect(await page.locator(".timeline-chart [data-event-id]").count()).toBe(4);
    expect(problems).toEqual([]);
  });
});
