import type { Locator, Page } from "playwright-core";

/**
 * Makes a toolbar control reachable: where the row has no room for it, it is in the "More"
 * menu, which this opens. Returns the control.
 */
export async function revealControl(page: Page, control: Locator): Promise<Locator> {
  if (!(await control.isVisible())) {
    const more = page.locator(".more-menu");
    if ((await more.getAttribute("open")) === null) await more.locator(":scope > summary").click();
    await control.waitFor();
  }
  return control;
}
