import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { findChromium } from "./findChromium.ts";

/** Flags that keep headless Chromium quiet on a closed network and able to run as root. */
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** A page with everything that went wrong on it recorded: console errors, page errors, failed requests. */
export interface WatchedPage {
  page: Page;
  problems: string[];
}

/** Starts the system Chromium (`findChromium`) with a fresh profile; `close()` also removes the profile. */
export async function openBrowser(
  options: {
    timezoneId?: string;
    javaScriptEnabled?: boolean;
    /** A phone: 390 × 844, touch, and a mobile viewport (its pointer is coarse). */
    phone?: boolean;
    /** The browser's language (`navigator.languages`); English by default. */
    locale?: string;
  } = {},
) {
  const profile = mkdtempSync(join(tmpdir(), "sourceline-chromium-"));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    args: CHROMIUM_ARGS,
    headless: true,
    timezoneId: options.timezoneId ?? "UTC",
    locale: options.locale ?? "en-US",
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    viewport: options.phone ? { width: 390, height: 844 } : { width: 1280, height: 800 },
    ...(options.phone ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}),
  });
  return {
    context,
    /** Opens a new page that records console errors, uncaught errors and failed requests. */
    async newPage(): Promise<WatchedPage> {
      const page = await context.newPage();
      const problems: string[] = [];
      page.on("console", (m) => {
        if (m.type() === "error" || m.type() === "warning")
          problems.push(`console ${m.type()}: ${m.text()}`);
      });
      page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
      page.on("requestfailed", (r) =>
        problems.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ""}`),
      );
      page.on("response", (r) => {
        if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
      });
      return { page, problems };
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
