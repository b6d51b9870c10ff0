import type { Page } from "playwright-core";

/** The centre, on the page, of an event's mark (its shape or bar). */
export async function markCentre(page: Page, id: string) {
  const box = await page
    .locator(`.timeline-chart [data-event-id="${id}"] :is(.mark__shape, .mark__bar)`)
    .boundingBox();
  if (!box) throw new Error(`mark ${id} is not drawn`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}
