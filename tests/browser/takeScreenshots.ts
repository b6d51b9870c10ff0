/**
 * `npm run screenshots`: builds the app, serves it and saves screenshots of the timeline, the
 * details panel and the source reader to tests/screenshots/ (the README shows them).
 */
import { build, preview } from "vite";
import { openBrowser } from "./openBrowser.ts";

const OUT = "tests/screenshots";

await build({ logLevel: "warn" });
const server = await preview({ preview: { host: "127.0.0.1", port: 0 }, logLevel: "warn" });
const base = server.resolvedUrls?.local[0] ?? "";
const browser = await openBrowser();
try {
  const { page, problems } = await browser.newPage();
  await page.setViewportSize({ width: 1280, height: 860 });
  await page.goto(base);
  await page.locator(".timeline-chart").waitFor();
  await page.screenshot({ path: `${OUT}/timeline.png` });

  await page.goto(
    `${base}?event=pachocki-named-chief-scientist&from=2024-03-20T00:00Z&to=2024-05-25T00:00Z`,
  );
  await page.locator(".details").waitFor();
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${OUT}/details.png` });

  await page.getByRole("button", { name: "Show in article: excerpt 2" }).click();
  await page.locator(".reader mark.is-chosen").waitFor();
  await page.waitForTimeout(600);
  await page.screenshot({ path: `${OUT}/reader.png` });

  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto(`${base}?event=leike-resigns`);
  await page.locator(".details").waitFor();
  await page.screenshot({ path: `${OUT}/timeline-dark.png` });

  await page.setViewportSize({ width: 390, height: 844 });
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto(base);
  await page.getByRole("article").first().waitFor();
  await page.screenshot({ path: `${OUT}/list-mobile.png` });

  if (problems.length > 0) throw new Error(`The page reported problems:\n${problems.join("\n")}`);
  console.log(`Saved 5 screenshots to ${OUT}/`);
} finally {
  await browser.close();
  await server.close();
}
