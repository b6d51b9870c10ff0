import type { Page } from "playwright-core";

/** What one fresh-browser run measures. */
export interface RunFigures {
  drawnMs: number;
  /** When the dataset had arrived and been parsed, then checked: where load time goes. */
  parsedMs: number;
  checkedMs: number;
  loadLongestTaskMs: number;
  heapMb: number;
  domNodes: number;
  frames: number;
  p95FrameMs: number;
  interactionLongestTaskMs: number;
  searchMs: number;
}

/** Runs before the app: records long tasks (≥ 50 ms, the browser's own threshold). */
export const RECORD_LONG_TASKS = `
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]);
  }).observe({ type: "longtask", buffered: true });
`;

const longest = (page: Page, from: number, to: number) =>
  page.evaluate(
    ([a, b]: number[]) =>
      Math.max(
        0,
        ...(window as unknown as { __longTasks: [number, number][] }).__longTasks
          .filter(([start]) => start >= (a as number) && start <= (b as number))
          .map(([, duration]) => duration),
      ),
    [from, to],
  );

/** Waits for the first `timeline-drawn` mark and reads the load figures. */
async function measureLoad(page: Page) {
  // Checked every 50 ms, not every frame: the harness should not add work to the frames it times
  // (the mark itself records when the timeline was drawn).
  await page.waitForFunction(
    () => performance.getEntriesByName("timeline-drawn").length > 0,
    null,
    { timeout: 60_000, polling: 50 },
  );
  const [drawnMs, parsedMs, checkedMs] = await page.evaluate(() =>
    ["timeline-drawn", "dataset-parsed", "dataset-checked"].map(
      (name) => performance.getEntriesByName(name)[0]?.startTime ?? 0,
    ),
  );
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable");
  await cdp.send("HeapProfiler.collectGarbage");
  const { metrics } = await cdp.send("Performance.getMetrics");
  const heap = metrics.find((m) => m.name === "JSHeapUsedSize")?.value ?? 0;
  const domNodes = await page.evaluate(() => document.getElementsByTagName("*").length);
  return {
    drawnMs: drawnMs as number,
    parsedMs: parsedMs as number,
    checkedMs: checkedMs as number,
    loadLongestTaskMs: await longest(page, 0, drawnMs as number),
    heapMb: heap / 2 ** 20,
    domNodes,
  };
}

/** Two seconds of real input through the mouse: one of wheel zoom, one of drag pan. */
async function measureInteraction(page: Page) {
  const box = await page.locator(".timeline__chart").boundingBox();
  if (!box) throw new Error("no chart");
  const x = box.x + box.width / 2;
  const y = box.y + Math.min(box.height / 2, 200);
  await page.mouse.move(x, y);
  // A string, not a function: tsx would wrap a named inner function in a helper the page lacks.
  const started = (await page.evaluate(`(() => {
    window.__frames = [];
    window.__recording = true;
    const tick = (t) => {
      if (!window.__recording) return;
      window.__frames.push(t);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    return performance.now();
  })()`)) as number;
  const t0 = Date.now();
  let i = 0;
  while (Date.now() - t0 < 1000) {
    await page.mouse.wheel(0, i++ % 20 < 10 ? -60 : 60);
    await page.waitForTimeout(8);
  }
  await page.mouse.down();
  let dx = 0;
  while (Date.now() - t0 < 2000) {
    dx = (dx + 12) % 360;
    await page.mouse.move(x - 180 + dx, y);
    await page.waitForTimeout(8);
  }
  await page.mouse.up();
  const { frames, ended } = await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __recording: boolean };
    w.__recording = false;
    return { frames: w.__frames, ended: performance.now() };
  });
  const inWindow = frames.filter((t) => t >= started && t <= started + 2000);
  const intervals = inWindow
    .slice(1)
    .map((t, k) => t - (inWindow[k] as number))
    .sort((a, b) => a - b);
  const p95FrameMs = intervals[Math.floor(intervals.length * 0.95)] ?? 0;
  return {
    frames: inWindow.length,
    p95FrameMs,
    interactionLongestTaskMs: await longest(page, started, ended),
  };
}

/** From the last keystroke of a search to the filtered timeline's first frame. */
async function measureSearch(page: Page) {
  await page.getByRole("button", { name: "Fit" }).click();
  const search = page.getByRole("searchbox", { name: "Search events" });
  await search.click();
  await page.evaluate(() => {
    const w = window as unknown as { __lastKey: number };
    document.addEventListener("keydown", () => {
      w.__lastKey = performance.now();
    });
  });
  await page.keyboard.type("board", { delay: 40 });
  await page.waitForTimeout(1500);
  return page.evaluate(() => {
    const last = (window as unknown as { __lastKey: number }).__lastKey;
    const marks = performance.getEntriesByName("timeline-drawn").filter((m) => m.startTime >= last);
    return (marks[marks.length - 1]?.startTime ?? Number.NaN) - last;
  });
}

/**
 * The JS and CSS files the page had loaded when the timeline was first drawn (paths under the
 * site's root): what the first view costs, lazily loaded chunks included if it needed them.
 */
export async function firstViewAssets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const drawn = performance.getEntriesByName("timeline-drawn")[0]?.startTime ?? 0;
    return performance
      .getEntriesByType("resource")
      .filter((e) => e.startTime <= drawn && /\.(js|css)$/.test(new URL(e.name).pathname))
      .map((e) => new URL(e.name).pathname);
  });
}

/** Measures one fresh page that is loading `url`. */
export async function measurePage(page: Page, url: string): Promise<RunFigures> {
  await page.goto(url);
  const load = await measureLoad(page);
  const interaction = await measureInteraction(page);
  const searchMs = await measureSearch(page);
  return { ...load, ...interaction, searchMs };
}

/** What one fresh page of the bundled story shows, and when. */
export interface StoryFigures {
  /** First contentful paint: when the page first showed anything of the story. */
  firstPaintMs: number;
  /** When the timeline was drawn by the app (interactive). */
  drawnMs: number;
  /** Whether the first paint already held the chart (its marks were in the page then). */
  chartAtFirstPaint: boolean;
}

/**
 * Before the page's scripts: samples, at every frame, whether the chart's marks are in the page,
 * so the frame of the first contentful paint can be looked up afterwards.
 */
export const RECORD_FIRST_PAINT = `
  window.__chartFrames = [];
  const sample = (t) => {
    window.__chartFrames.push([t, document.querySelectorAll(".timeline-chart [data-event-id]").length > 0]);
    if (t < 5000) requestAnimationFrame(sample);
  };
  requestAnimationFrame(sample);
`;

/** Opens the bundled story (the site itself, no \`?data=\`) in a fresh page and times it. */
export async function measureStory(page: Page, url: string): Promise<StoryFigures> {
  await page.goto(url);
  await page.waitForFunction(
    () => performance.getEntriesByName("timeline-drawn").length > 0,
    null,
    { timeout: 60_000, polling: 50 },
  );
  // The frame that painted first: the last whose rendering began before the paint was shown.
  return page.evaluate(() => {
    const firstPaintMs =
      performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? Number.NaN;
    const frames = (window as unknown as { __chartFrames: [number, boolean][] }).__chartFrames;
    const painted = frames.filter(([t]) => t <= firstPaintMs).at(-1);
    return {
      firstPaintMs,
      drawnMs: performance.getEntriesByName("timeline-drawn")[0]?.startTime ?? Number.NaN,
      chartAtFirstPaint: painted?.[1] ?? false,
    };
  });
}
