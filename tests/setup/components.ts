import "@testing-library/jest-dom/vitest";
import { cleanup } from "@testing-library/react";
import { afterEach, beforeAll } from "vitest";
import { preloadViews } from "../../src/app/TimelineApp.tsx";

// The views the first draw leaves out load on demand in the app; here they are ready, so each
// test sees them at once (the browser tests cover loading them).
beforeAll(() => preloadViews());

afterEach(() => {
  cleanup();
});

// jsdom does no layout, so it has no scrolling; the reader scrolls its chosen excerpt into view.
if (!Element.prototype.scrollIntoView) Element.prototype.scrollIntoView = () => {};
