import { afterAll, beforeAll } from "vitest";
import { openBrowser, type WatchedPage } from "./openBrowser.ts";

type Browser = Awaited<ReturnType<typeof openBrowser>>;

/**
 * One browser for the tests of the `describe` that calls this: opened before the first, closed
 * after the last. Its pages are opened through the returned handle.
 */
export function sharedBrowser(options?: Parameters<typeof openBrowser>[0]) {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await openBrowser(options);
  });
  afterAll(async () => {
    await browser?.close();
  });
  const open = (): Browser => {
    if (!browser) throw new Error("the shared browser is opened in beforeAll");
    return browser;
  };
  return {
    newPage: (): Promise<WatchedPage> => open().newPage(),
    get context() {
      return open().context;
    },
  };
}
