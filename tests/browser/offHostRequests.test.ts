import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import type { ArticleSource, Dataset } from "../../src/data/datasetSchema.ts";
import { sharedBrowser } from "./sharedBrowser.ts";

const published = JSON.parse(readFileSync("public/data/timeline.json", "utf8")) as Dataset;

/** Every form of text path the adversarial pass tried, to make a reader's browser call elsewhere. */
const ATTACKS = [
  "http://evil.example/a.txt",
  "https://evil.example/a.txt",
  "https:evil.example/a.txt",
  "HTTPS://evil.example/a.txt",
  "//evil.example/a.txt",
  "\\\\evil.example\\a.txt",
  "/\\evil.example/a.txt",
  "\t//evil.example/a.txt",
  "/\t/evil.example/a.txt",
  "\n//evil.example/a.txt",
  " //evil.example/a.txt",
  "\u0000//evil.example/a.txt",
  "/articles/000_bf3454ffed0dd5e7.txt",
];

/**
 * The published dataset with one copy of its article per attack, each with that text path, and
 * one event per copy quoting it; the article itself stays as published (the control).
 */
function attackDataset(): Dataset {
  const d = structuredClone(published);
  const article = d.sources.find((s): s is ArticleSource => s.kind === "article");
  const quoting = d.events.find((e) => e.excerpts.some((x) => x.source === article?.id));
  if (!article || !quoting) throw new Error("fixture changed");
  const excerpt = quoting.excerpts.find((x) => x.source === article.id);
  ATTACKS.forEach((path, i) => {
    d.sources.push({ ...article, id: `attack-${i}`, text: { ...article.text, path } });
    d.events.push({
      ...quoting,
      id: `attack-event-${i}`,
      title: `Attack ${i}`,
      excerpts: [{ ...(excerpt as (typeof quoting.excerpts)[number]), source: `attack-${i}` }],
      note: undefined,
    });
  });
  return d;
}

/** Every request the page makes, from its first; any not for the test server is answered by nothing. */
async function recordRequests(page: Page, origin: string): Promise<string[]> {
  const requests: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.route(
    (url) => url.origin !== origin,
    (route) => route.abort("blockedbyclient"),
  );
  return requests;
}

describe("no request leaves for a host the reader did not choose", () => {
  const browser = sharedBrowser();

  it("opens the reader on an article for each text-path attack: nothing is requested off the test server, and each says why its text is unavailable", async () => {
    const base = inject("baseUrl");
    const origin = new URL(base).origin;
    const { page } = await browser.newPage();
    const requests = await recordRequests(page, origin);
    const dataset = attackDataset();
    await page.route("**/data/attacks.json", (route) => route.fulfill({ json: dataset }));
    const data = "data/attacks.json";

    for (const [i, path] of ATTACKS.entries()) {
      await page.goto(`${base}?data=${data}&event=attack-event-${i}&reader=0`);
      const alert = page.locator(".reader").getByRole("alert");
      await alert.waitFor();
      expect(await alert.textContent(), JSON.stringify(path)).toContain(
        "This article's full text is not available",
      );
      // The excerpt is still shown, in the reader's claim ledger.
      const claims = page.getByRole("list", { name: "Claims in article order" });
      expect(await claims.getByRole("listitem").count()).toBe(1);
    }
    // Every path is a listed problem, named by where it is.
    await page.getByText(/problems? in this file/).click();
    const listed = (await page.getByRole("list", { name: "Problems" }).textContent()) ?? "";
    for (const i of ATTACKS.keys()) {
      expect(listed).toContain(`sources[${published.sources.length + i}].text.path`);
    }

    // The control: the article at its own path is fetched, from the test server.
    const quoting = published.events.find((e) =>
      e.excerpts.some((x) =>
        published.sources.some((s) => s.kind === "article" && s.id === x.source),
      ),
    );
    await page.goto(`${base}?data=${data}&event=${quoting?.id}&reader=0`);
    await page.locator(".reader mark.is-chosen").waitFor();
    expect(requests.some((url) => url.endsWith(".txt"))).toBe(true);

    const offHost = requests.filter((url) => new URL(url).origin !== origin);
    expect(offHost).toEqual([]);
    expect(requests.some((url) => url.includes("evil.example"))).toBe(false);
  });

  it("refuses a ?data= address with a user name and password without showing them or requesting it", async () => {
    const base = inject("baseUrl");
    const origin = new URL(base).origin;
    const { page } = await browser.newPage();
    const requests = await recordRequests(page, origin);
    const secret = `http://user:secret@${new URL(base).host}/data/timeline.json`;
    await page.goto(`${base}?data=${encodeURIComponent(secret)}`);
    const alert = page.getByRole("alert");
    await alert.waitFor();
    await alert.getByText("Technical details").click();
    const shown = (await page.locator("body").textContent()) ?? "";
    expect(shown).toContain("with a user name or password in it");
    expect(shown).not.toContain("secret");
    expect(shown).not.toContain("user:");
    // The page itself is the only request that names the address (in its query).
    expect(requests.filter((url) => new URL(url).username !== "")).toEqual([]);
    expect(requests.filter((url) => new URL(url).pathname.endsWith(".json"))).toEqual([]);
  });

  it("lets the page connect only to its own site and the ?data= dataset's (a second Content Security Policy)", async () => {
    const base = inject("baseUrl");
    const { page } = await browser.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { __csp: string[] };
      w.__csp = [];
      document.addEventListener("securitypolicyviolation", (e) =>
        w.__csp.push(`${e.effectiveDirective} ${e.blockedURI}`),
      );
    });
    const reached: string[] = [];
    await page.route(
      (url) => url.host !== new URL(base).host,
      (route) => {
        reached.push(route.request().url());
        return route.fulfill({ json: published, headers: { "access-control-allow-origin": "*" } });
      },
    );
    const tryFetch = (url: string) =>
      page.evaluate(
        (u) =>
          fetch(u).then(
            () => "sent",
            () => "refused",
          ),
        url,
      );

    // A dataset on another site loads: the reader chose it.
    await page.goto(`${base}?data=${encodeURIComponent("https://data.example.org/t.json")}`);
    await page.getByRole("heading", { level: 1, name: published.title }).waitFor();
    expect(reached).toEqual(["https://data.example.org/t.json"]);
    expect(await tryFetch("https://data.example.org/articles/a.txt")).toBe("sent");
    // Any other host is refused by the browser, whatever code asks.
    expect(await tryFetch("https://evil.example/track")).toBe("refused");
    expect(await tryFetch("http://evil.example/track")).toBe("refused");
    expect(reached.some((url) => url.includes("evil.example"))).toBe(false);
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([
      "connect-src https://evil.example/track",
      "connect-src http://evil.example/track",
    ]);

    // With no ?data=, only the page's own site.
    await page.goto(base);
    await page.getByRole("heading", { level: 1, name: published.title }).waitFor();
    expect(await tryFetch("https://data.example.org/t.json")).toBe("refused");
  });
});
