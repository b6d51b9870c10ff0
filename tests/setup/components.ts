import "@testing-library/jest-dom/vitest";
import { cleanup } from "@testing-library/react";
import { afterEach } from "vitest";

afterEach(() => {
  cleanup();
});

// jsdom does no layout, so it has no scrolling; the reader scrolls its chosen excerpt into view.
if (!Element.prototype.scrollIntoView) Element.prototype.scrollIntoView = () => {};
