/**
 * `npm run screenshots`: builds the app, serves it and saves screenshots of the timeline (light
 * and dark), the details panel, the source reader, its claim ledger, and on a phone the timeline
 * running down the screen, its details sheet and the list, and the page in Arabic and Japanese,
 * to tests/screenshots/ (the README shows them).
 */
import { build, preview } from "vite";
import { findChromium } from "./findChromium.ts";
import { openBrowser } from "./openBrowser.ts";

const OUT = "tests/screenshots";

findChromium(); // before the build: a missing browser is reported (or installed) first
process.env.NODE_ENV = "production";
await build({ logLevel: "warn" });
const server = await preview({ preview: { host: "127.0.0.1", port: 0 }, logLevel: "warn" });
const base = server.resolvedUrls?.local[0] ?? "";
const browser = await openBrowser();
try {
  const { page, problems } = await browser.newPage();
  const shoot = async (name: string, search: string, ready: string) => {
    await page.goto(`${base}${search}`);
    await page.locator("html[data-ready]").waitFor({ state: "attached" });
    await page.locator(ready).first().waitFor();
    await page.waitForTimeout(500);
    await page.screenshot({ path: `${OUT}/${name}.png` });
  };
  await page.setViewportSize({ width: 1280, height: 800 });
  await shoot("timeline", "", ".timeline-chart [data-event-id]");
  await shoot(
    "details",
    "?event=pachocki-named-chief-scientist&from=2024-03-20T00:00Z&to=2024-05-25T00:00Z",
    ".details",
  );
  await page.getByRole("button", { name: "Show in article: excerpt 2" }).click();
  await page.locator(".reader mark.is-chosen").waitFor();
  await page.waitForTimeout(600);
  await page.screenshot({ path: `${OUT}/reader.png` });
  // The claim ledger beside the article, on the claim the article gets wrong.
  await shoot(
    "ledger",
    "?event=pachocki-named-chief-scientist&reader=1",
    ".ledger__entry.is-chosen",
  );
  await page.emulateMedia({ colorScheme: "dark" });
  await shoot("timeline-dark", "?event=leike-resigns", ".details");

  await page.setViewportSize({ width: 390, height: 844 });
  await page.emulateMedia({ colorScheme: "light" });
  await shoot("timeline-mobile", "", ".timeline-chart--vertical [data-event-id]");
  await shoot("details-mobile", "?event=leike-resigns", ".details");
  await page.emulateMedia({ colorScheme: "dark" });
  await shoot("timeline-mobile-dark", "", ".timeline-chart--vertical [data-event-id]");
  await page.emulateMedia({ colorScheme: "light" });
  await shoot("list-mobile", "?view=list", "article");

  // The interface in Arabic (right to left) and Japanese.
  await shoot("timeline-mobile-ar", "?lang=ar", ".timeline-chart--vertical [data-event-id]");
  await shoot("list-mobile-ja", "?lang=ja&view=list", "article");
  await page.setViewportSize({ width: 1280, height: 800 });
  await shoot("details-ar", "?lang=ar&event=leike-resigns", ".details");
  await shoot("details-ja", "?lang=ja&event=pachocki-named-chief-scientist", ".details");

  if (problems.length > 0) throw new Error(`The page reported problems:\n${problems.join("\n")}`);
  console.log(`Saved 13 screenshots to ${OUT}/`);
} finally {
  await browser.close();
  await server.close();
}
