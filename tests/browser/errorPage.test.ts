import { describe, expect, inject, it } from "vitest";
import { sharedBrowser } from "./sharedBrowser.ts";

const MISSING = `https://data.example.org/${"investigations-2024/openai-safety-team/".repeat(4)}sourceline-export-final-with-every-correction-applied.json`;

describe("the error page, written for readers, in Chromium", () => {
  const browser = sharedBrowser();

  it("on a 390×844 phone, a very long missing address: plain words, the detail in a disclosure, nothing sideways", async () => {
    const { page, problems } = await browser.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.route(
      (url) => url.href === MISSING,
      (route) => route.fulfill({ status: 404, body: "not here" }),
    );
    await page.goto(`${inject("baseUrl")}?data=${encodeURIComponent(MISSING)}`);
    const alert = page.getByRole("alert", { name: "The timeline could not be loaded" });
    await alert.waitFor();
    // The reader is told, in words, what happened and what to do; both are on screen.
    const what = alert.getByText("There is no timeline at this address", { exact: false });
    const todo = alert.getByText("Ask whoever shared it for a current link", { exact: false });
    expect(await what.isVisible()).toBe(true);
    expect(await todo.isVisible()).toBe(true);
    for (const words of [what, todo]) {
      const box = await words.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
      expect(await words.evaluate((el) => getComputedStyle(el).fontSize)).toBe("16px");
    }
    // The address and the status wait in a closed disclosure.
    const address = alert.getByText(`Address: ${MISSING}`);
    expect(await address.isVisible()).toBe(false);
    expect(await address.evaluate((el) => el.closest("details") !== null)).toBe(true);
    await alert.getByText("Technical details").click();
    expect(await address.isVisible()).toBe(true);
    expect(await alert.getByText(/^Server's answer: 404/).isVisible()).toBe(true);
    // Open, the long address wraps inside the box: the page does not scroll sideways.
    const addressBox = await address.boundingBox();
    const alertBox = await alert.boundingBox();
    expect(
      addressBox && alertBox && addressBox.x + addressBox.width <= alertBox.x + alertBox.width,
    ).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    // A way on: the timeline that comes with Sourceline.
    expect(
      await alert
        .getByRole("link", { name: "Open the timeline that comes with Sourceline" })
        .count(),
    ).toBe(1);
    // The only problems are the missing file's own.
    expect(problems.filter((p) => !p.includes("404"))).toEqual([]);
  });

  it("an address that is not http or https is explained the same way", async () => {
    const { page, problems } = await browser.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${inject("baseUrl")}?data=${encodeURIComponent("javascript:alert(1)")}`);
    const alert = page.getByRole("alert", { name: "The timeline could not be loaded" });
    await alert.waitFor();
    expect(await alert.getByText(/address Sourceline cannot open/).isVisible()).toBe(true);
    expect(await alert.getByText(/only http and https datasets/).isVisible()).toBe(false);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    expect(problems).toEqual([]);
  });
});
