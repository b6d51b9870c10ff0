// @vitest-environment jsdom
import { act, renderHook } from "@testing-library/react";
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  readProgress,
  reportProgress,
  subscribeToProgress,
  useLoadProgress,
} from "../../src/data/loadProgress.ts";

const URL_ = "https://example.org/t.json";

/** The progress of `URL_` as a component shows it. */
const Shown = () => JSON.stringify(useLoadProgress(URL_));

afterEach(() => reportProgress(URL_, null));

describe("reportProgress, readProgress and subscribeToProgress", () => {
  it("tells each listener of every report until it unsubscribes", () => {
    const listener = vi.fn();
    const unsubscribe = subscribeToProgress(listener);
    reportProgress(URL_, { loaded: 1, total: 4 });
    reportProgress(URL_, { loaded: 2, total: 4 });
    unsubscribe();
    reportProgress(URL_, { loaded: 3, total: 4 });
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it("gives the last report for an address, and null when it is over or never began", () => {
    reportProgress(URL_, { loaded: 5, total: null });
    expect(readProgress(URL_)).toEqual({ loaded: 5, total: null });
    expect(readProgress("https://example.org/other.json")).toBeNull();
    reportProgress(URL_, null);
    expect(readProgress(URL_)).toBeNull();
  });
});

describe("useLoadProgress(url)", () => {
  it("follows the download of its address as reports arrive", () => {
    const { result } = renderHook(() => useLoadProgress(URL_));
    expect(result.current).toBeNull();
    act(() => reportProgress(URL_, { loaded: 2048, total: 4096 }));
    expect(result.current).toEqual({ loaded: 2048, total: 4096 });
    act(() => reportProgress(URL_, null));
    expect(result.current).toBeNull();
  });

  it("shows no progress in a page rendered ahead of time", () => {
    reportProgress(URL_, { loaded: 1, total: 2 });
    expect(renderToString(createElement(Shown))).toBe("null");
  });
});
