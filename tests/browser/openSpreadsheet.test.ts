import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { revealControl } from "./revealControl.ts";
import { sharedBrowser } from "./sharedBrowser.ts";

const DIR = "tests/fixtures/spreadsheets/";
const WOMEN = readFileSync(`${DIR}women_in_computing.csv`);
const BAD_ROWS = readFileSync(`${DIR}bad-rows.csv`, "utf8");
const XLSX = readFileSync(`${DIR}template.xlsx`);

/** Drops a file on the page as a reader's drag from their desktop does. */
async function dropFile(page: Page, name: string, text: string, type: string) {
  const dataTransfer = await page.evaluateHandle(
    ([n, t, m]) => {
      const dt = new DataTransfer();
      dt.items.add(new File([t as string], n as string, { type: m as string }));
      return dt;
    },
    [name, text, type],
  );
  for (const event of ["dragenter", "dragover", "drop"]) {
    await page.dispatchEvent("main", event, { dataTransfer });
  }
}

/** Requests that left the page for anything but its own code. */
const offPage = (requests: string[]) =>
  requests.filter((u) => !u.startsWith("blob:") && !u.includes("/assets/"));

describe("opening a spreadsheet", () => {
  const browser = sharedBrowser();

  it("draws a CSV dropped on the page and lists each bad row by row, column and reason", async () => {
    const { page, problems } = await browser.newPage();
    await page.goto(inject("baseUrl"));
    await page.locator("html[data-ready] .timeline-chart").waitFor();
    const requests: string[] = [];
    page.on("request", (r) => requests.push(r.url()));

    await dropFile(page, "bad-rows.csv", BAD_ROWS, "text/csv");
    await page.getByRole("heading", { level: 1, name: "Bad rows" }).waitFor();
    expect(await page.locator(".masthead__opened").textContent()).toContain(
      "Showing bad-rows.csv, opened from this device (a spreadsheet).",
    );
    // Six good rows of fourteen, the comma-quoted headline whole; the era drawn.
    expect(await page.locator(".timeline-chart [data-event-id]").count()).toBe(6);
    await page.getByRole("button", { name: /^Good last, 9 September 2023/ }).waitFor();
    expect(await page.getByRole("list", { name: "Eras" }).textContent()).toContain("The period");

    await page.getByText(/^8 problems in this file/).click();
    const listed = await page.getByRole("list", { name: "Problems" }).textContent();
    for (const line of [
      "row 4, Month: month 13 is not a month (1–12); event left out",
      "row 6, Year: there is no year; event left out",
      "row 9, End Year: the end 2021 is before the start 2022-06-01; event left out",
      'row 11, Media: media URL "javascript:alert(1)" is not http(s); left out',
    ]) {
      expect(listed).toContain(line);
    }
    expect(offPage(requests)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it.each([
    ["by its file name", "sheets/women_in_computing.csv", "text/csv"],
    [
      "by its content, at an address with no extension (a published Google Sheet's kind)",
      "sheets/pub?output=csv",
      "text/plain",
    ],
  ])("opens a CSV by ?data= %s", async (_, address, contentType) => {
    const { page, problems } = await browser.newPage();
    await page.route(`**/${address.replace("?", "\\?")}`, (route) =>
      route.fulfill({ body: WOMEN, contentType }),
    );
    await page.goto(`${inject("baseUrl")}?data=${encodeURIComponent(address)}&view=list`);
    await page.getByRole("heading", { level: 1, name: "Women in Computing" }).waitFor();
    expect(await page.getByRole("article").count()).toBe(10);
    await page.getByRole("heading", { name: "Ada Lovelace" }).waitFor();
    // Edith Clarke's quote, in the Media column, is kept as a quote: nothing is left out.
    await page.getByText(/“There is no demand for women engineers/).waitFor();
    expect(await page.getByText(/problems? in this file/).count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it("opens a Google Sheet by its own address as its published CSV, and may follow Google's redirect", async () => {
    const { page, problems } = await browser.newPage();
    const fetched: string[] = [];
    const csv = {
      body: WOMEN,
      contentType: "text/csv",
      headers: { "access-control-allow-origin": "*" },
    };
    await page.route("https://docs.google.com/**", (route) => {
      fetched.push(route.request().url());
      return route.fulfill(csv);
    });
    // Google serves a published sheet's CSV from googleusercontent.com, by a redirect.
    await page.route("https://doc-0-sheets.googleusercontent.com/**", (route) =>
      route.fulfill(csv),
    );
    const sheet = "https://docs.google.com/spreadsheets/d/KEY/edit#gid=0";
    await page.goto(`${inject("baseUrl")}?data=${encodeURIComponent(sheet)}&view=list`);
    await page.getByRole("heading", { level: 1, name: "Women in Computing" }).waitFor();
    expect(await page.getByRole("article").count()).toBe(10);
    // Only the sheet's CSV was asked for: not its page, which is not its data.
    expect(fetched).toEqual([
      "https://docs.google.com/spreadsheets/d/KEY/pub?output=csv&gid=0&single=true",
    ]);
    expect(problems).toEqual([]);
    // The page's policy lets it reach where Google redirects to, and no other host.
    const reach = (url: string) =>
      page.evaluate(
        (u) =>
          fetch(u).then(
            (r) => r.ok,
            () => "refused",
          ),
        url,
      );
    expect(await reach("https://doc-0-sheets.googleusercontent.com/pub/k/csv")).toBe(true);
    expect(await reach("https://elsewhere.example/data.csv")).toBe("refused");
    expect(problems.join("\n")).toMatch(/Content Security Policy/);
  });

  it("opens an .xlsx workbook chosen with Open file…, its reader loaded only then", async () => {
    const { page, problems } = await browser.newPage();
    const scripts: string[] = [];
    page.on("request", (r) => {
      if (r.resourceType() === "script") scripts.push(r.url());
    });
    await page.goto(inject("baseUrl"));
    await page.locator("html[data-ready] .timeline-chart").waitFor();
    const before = scripts.length;
    const chooser = page.waitForEvent("filechooser");
    await (await revealControl(page, page.getByRole("button", { name: "Open file…" }))).click();
    await (await chooser).setFiles({
      name: "template.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: XLSX,
    });
    await page.getByRole("heading", { level: 1, name: "A workbook" }).waitFor();
    expect(await page.locator(".timeline-chart [data-event-id]").count()).toBe(2);
    // The workbook's reader came as code of its own once the file was chosen.
    expect(scripts.length).toBeGreaterThan(before);
    expect(problems).toEqual([]);
  });
});
