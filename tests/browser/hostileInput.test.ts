import { readFileSync } from "node:fs";
import type { Page, Route } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import type { Dataset } from "../../src/data/datasetSchema.ts";
import { sharedBrowser } from "./sharedBrowser.ts";

const dataset = JSON.parse(readFileSync("public/data/timeline.json", "utf8")) as Dataset;
const ARTICLE = readFileSync("public/data/articles/000_bf3454ffed0dd5e7.txt", "utf8");

const SCRIPT_TITLE = "<script>window.__pwned = 1</script>Board meets";
const IMG_SUMMARY = '<img src=x onerror="window.__pwned = 2">';
const SVG_NAME = '"><svg onload="window.__pwned = 3">';

/** The real dataset, its strings replaced by markup and script, one link made `javascript:`. */
function hostile(): Dataset {
  const d = structuredClone(dataset);
  const board = d.events.find((e) => e.id === "board-attempts-to-dismiss-altman");
  if (!board) throw new Error("fixture changed");
  board.title = SCRIPT_TITLE;
  board.summary = IMG_SUMMARY;
  (d.people[0] as { name: string }).name = SVG_NAME;
  const reference = d.sources.find((s) => s.kind === "reference");
  if (reference) reference.url = "javascript:window.__pwned=4";
  d.description = "</script><script>window.__pwned = 5</script>";
  return d;
}

/** Records CSP violations and dialogs on the page, from before its first script. */
async function watchForScript(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return {
    dialogs,
    violations: () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp),
    pwned: () => page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned ?? null),
  };
}

describe("hostile input and failure", () => {
  const browser = sharedBrowser();

  it("shows script, event-handler and javascript: strings as text: no dialog, no script, no CSP violation", async () => {
    const { page, problems } = await browser.newPage();
    const watch = await watchForScript(page);
    await page.route("**/hostile.json", (route) => route.fulfill({ json: hostile() }));
    await page.goto(`${inject("baseUrl")}?data=hostile.json&view=list`);
    await page.getByRole("article").first().waitFor();
    expect(await page.getByRole("article").count()).toBe(dataset.events.length);
    // The payloads are on the page as text.
    await page.getByRole("heading", { name: SCRIPT_TITLE }).waitFor();
    expect(await page.getByText(IMG_SUMMARY, { exact: true }).isVisible()).toBe(true);
    expect(await page.getByText("</script><script>window.__pwned = 5</script>").isVisible()).toBe(
      true,
    );
    // …and nowhere as elements.
    expect(await page.locator("main script, main img, main svg[onload]").count()).toBe(0);
    // The javascript: link is not a link, and is listed as a problem.
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    await page.getByText(/^1 problem in this file/).click();
    expect(await page.getByRole("list", { name: "Problems" }).textContent()).toContain(
      '"javascript:window.__pwned=4" is not an http(s) link; shown without a link',
    );
    // The details and the timeline too.
    await page.getByRole("button", { name: SCRIPT_TITLE }).click();
    await page.getByRole("region", { name: SCRIPT_TITLE }).waitFor();
    await page.getByRole("button", { name: "Timeline" }).click();
    await page.locator("html[data-ready] .timeline-chart").waitFor();

    expect(watch.dialogs).toEqual([]);
    expect(await watch.pwned()).toBeNull();
    expect(await watch.violations()).toEqual([]);
    expect(problems).toEqual([]);
  });

  it("loads the good events of a dataset with bad ones and lists each bad one", async () => {
    const { page, problems } = await browser.newPage();
    const watch = await watchForScript(page);
    const broken = structuredClone(dataset) as unknown as { events: Record<string, unknown>[] };
    broken.events[1] = { ...broken.events[1], type: "rumour" };
    broken.events[4] = { ...broken.events[4], id: broken.events[0]?.id };
    (broken.events[6]?.date as { end: string }).end = "2020-01-01";
    await page.route("**/broken.json", (route) => route.fulfill({ json: broken }));
    await page.goto(`${inject("baseUrl")}?data=broken.json&view=list`);
    await page.getByRole("article").first().waitFor();
    expect(await page.getByRole("article").count()).toBe(dataset.events.length - 3);
    await page.getByText("3 problems in this file (3 items left out)").click();
    const list = await page.getByRole("list", { name: "Problems" }).textContent();
    expect(list).toContain("events[1].type: Invalid option: expected one of");
    expect(list).toContain(
      `events[4].id: repeats the id "${dataset.events[0]?.id}" of events[0]; event left out`,
    );
    expect(list).toContain("events[6].date: ends (2020-01-01) before it starts");
    expect(await watch.violations()).toEqual([]);
    expect(problems).toEqual([]);
  });

  it.each([
    [
      "a 404",
      (route: Route) => route.fulfill({ status: 404, body: "not here" }),
      "Server's answer: 404",
    ],
    ["a network failure", (route: Route) => route.abort("failed"), "Could not reach"],
  ])(
    "shows %s with Retry, and Retry recovers when the server is back",
    async (_, fail, message) => {
      const { page } = await browser.newPage();
      let up = false;
      await page.route("**/flaky.json", (route) =>
        up ? route.fulfill({ json: dataset }) : fail(route),
      );
      await page.goto(`${inject("baseUrl")}?data=flaky.json&view=list`);
      const alert = page.getByRole("alert");
      await alert.waitFor();
      expect(await alert.textContent()).toContain("The timeline could not be loaded");
      expect(await alert.textContent()).toContain(message);
      up = true;
      await alert.getByRole("button", { name: "Retry" }).click();
      await page.getByRole("article").first().waitFor();
      expect(await page.getByRole("article").count()).toBe(dataset.events.length);
      expect(await page.getByRole("alert").count()).toBe(0);
    },
  );

  it("shows a failed article with Retry while the rest stays usable", async () => {
    const { page } = await browser.newPage();
    let up = false;
    await page.route("**/articles/*.txt", (route) =>
      up
        ? route.fulfill({ body: ARTICLE, contentType: "text/plain" })
        : route.fulfill({ status: 503, body: "" }),
    );
    await page.goto(`${inject("baseUrl")}?event=leike-resigns`);
    await page.getByRole("button", { name: "Show in article: excerpt 1" }).click();
    const alert = page.getByRole("alert");
    await alert.waitFor();
    expect(await alert.textContent()).toContain("The article could not be loaded");
    // The rest still works: the search filters the timeline.
    await page.getByRole("searchbox", { name: "Search events" }).fill("Pachocki");
    await page.getByText(/^1 of 14 events match/).waitFor();
    up = true;
    await alert.getByRole("button", { name: "Retry" }).click();
    await page.locator(".reader mark.is-chosen").waitFor();
    expect(await page.getByRole("alert").count()).toBe(0);
  });
});
