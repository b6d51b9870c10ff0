import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { sharedBrowser } from "./sharedBrowser.ts";

/** A 1 × 1 PNG, served for every image the file names. */
const PIXEL = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);

/** A TimelineJS file as KnightLab's examples write media: relative, protocol-relative, HTML. */
const FILE = {
  title: { text: { text: "<p>Flood week</p>" } },
  events: [
    {
      unique_id: "relative",
      start_date: { year: 2021, month: 7, day: 14 },
      text: { headline: "Water reaches the library" },
      media: { url: "./media/flood.png", caption: "Sandbags.", credit: "Credit: Jane Roe" },
    },
    {
      unique_id: "elsewhere",
      start_date: { year: 2021, month: 7, day: 15 },
      text: { text: "<p>The river crests at noon.</p>" },
      media: { url: "//images.example/crest.png", caption: "The crest" },
    },
    {
      unique_id: "broken",
      start_date: { year: 2021, month: 7, day: 16 },
      text: { headline: "Cleanup" },
      media: { url: "https://images.example/missing.jpg", caption: "Gone" },
    },
    {
      unique_id: "video",
      start_date: { year: 2021, month: 7, day: 17 },
      text: { headline: "Footage" },
      media: { url: "<iframe src='https://www.youtube.com/embed/pi2v1m6gmD8'></iframe>" },
    },
    {
      unique_id: "quote",
      start_date: { year: 2021, month: 7, day: 18 },
      text: { headline: "The mayor speaks" },
      media: {
        url: "<blockquote>We will rebuild.<script>alert(1)</script></blockquote>",
        credit: "City Hall",
      },
    },
  ],
};

/** Serves the file and its images; every request the page makes is recorded. */
async function serveFile(page: Page): Promise<string[]> {
  const requests: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.route("**/data/flood.json", (route) => route.fulfill({ json: FILE }));
  await page.route("**/data/media/flood.png", (route) =>
    route.fulfill({ body: PIXEL, contentType: "image/png" }),
  );
  await page.route("https://images.example/crest.png", (route) =>
    route.fulfill({ body: PIXEL, contentType: "image/png" }),
  );
  await page.route("https://images.example/missing.jpg", (route) => route.abort("blockedbyclient"));
  await page.route("https://www.youtube.com/**", (route) => route.abort("blockedbyclient"));
  return requests;
}

/** Whether an image has loaded and drawn (a blocked one has no natural width). */
const drawn = (page: Page, name: string) =>
  page
    .getByRole("img", { name })
    .evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0);

describe("an imported timeline's media in the details, as TimelineJS3 shows it", () => {
  const browser = sharedBrowser();

  it("shows images inline (relative and protocol-relative, under the page's policy), quotes as text and embeds as link cards, loading no player", async () => {
    const { page } = await browser.newPage();
    const requests = await serveFile(page);
    const dialogs: string[] = [];
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const base = inject("baseUrl");
    const open = async (id: string, title: string) => {
      await page.goto(`${base}?data=data/flood.json&event=${id}`);
      const details = page.getByRole("region", { name: title });
      await details.waitFor();
      return details;
    };

    // A file with no title is headed by its title slide's text, not its address.
    await open("relative", "Water reaches the library");
    await page.getByRole("heading", { level: 1, name: "Flood week" }).waitFor();
    await page.getByRole("img", { name: "Sandbags." }).waitFor();
    await expect.poll(() => drawn(page, "Sandbags.")).toBe(true);
    expect(requests).toContain(new URL("data/media/flood.png", base).href);
    expect(await page.getByRole("figure").textContent()).toContain("Credit: Jane Roe");
    expect(await page.getByRole("figure").textContent()).not.toContain("Credit: Credit:");

    // No headline: titled by its text, as TimelineJS3 labels it; an image from another host.
    await open("elsewhere", "The river crests at noon.");
    await expect.poll(() => drawn(page, "The crest")).toBe(true);
    expect(requests).toContain("https://images.example/crest.png");

    // An image that does not load becomes a card linking to it.
    const broken = await open("broken", "Cleanup");
    await broken.getByRole("link", { name: "Image on images.example" }).waitFor();
    expect(await broken.getByRole("img").count()).toBe(0);

    const video = await open("video", "Footage");
    const card = video.getByRole("link", { name: "YouTube video on youtube.com" });
    expect(await card.getAttribute("href")).toBe("https://www.youtube.com/embed/pi2v1m6gmD8");
    expect(await page.locator("iframe, object, embed").count()).toBe(0);

    const quote = await open("quote", "The mayor speaks");
    expect(await quote.locator("blockquote").textContent()).toBe("We will rebuild.");
    expect(await quote.getByRole("figure").textContent()).toContain("Credit: City Hall");

    expect(dialogs).toEqual([]);
    expect(requests.filter((url) => url.includes("youtube"))).toEqual([]);
  });
});
