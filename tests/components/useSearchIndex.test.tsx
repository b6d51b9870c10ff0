import { act, renderHook } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Person, TimelineEvent } from "../../src/data/datasetSchema.ts";
import { useSearchIndex } from "../../src/search/useSearchIndex.ts";

beforeEach(() => {
  vi.useFakeTimers({
    toFake: [
      "setTimeout",
      "clearTimeout",
      "requestAnimationFrame",
      "cancelAnimationFrame",
      "performance",
    ],
  });
});
afterEach(() => {
  vi.useRealTimers();
});

const people = new Map<string, Person>([
  ["jan-leike", { id: "jan-leike", name: "Jan Leike", description: "d" }],
]);
const events: TimelineEvent[] = Array.from({ length: 300 }, (_, i) => ({
  id: `event-${i}`,
  type: "departure",
  title: `Title ${i}`,
  summary: "Summary",
  people: ["jan-leike"],
  excerpts: [],
  date: { edtf: null, start: null, end: null, precision: "unknown", basis: "b", references: [] },
}));

describe("useSearchIndex(events, people, needed)", () => {
  it("is empty for the first draw, then built in the background once it is painted", () => {
    const { result } = renderHook(() => useSearchIndex(events, people, false));
    expect(result.current.length).toBe(0);
    act(() => vi.advanceTimersToNextFrame());
    expect(result.current.length).toBe(0);
    act(() => vi.advanceTimersByTime(100));
    expect(result.current.length).toBe(300);
    expect(result.current[7]).toBe("title 7 summary jan leike b");
  });

  it("is complete at once when a search needs it", () => {
    const { result, rerender } = renderHook(
      ({ needed }) => useSearchIndex(events, people, needed),
      { initialProps: { needed: false } },
    );
    expect(result.current.length).toBe(0);
    rerender({ needed: true });
    expect(result.current.length).toBe(300);
  });

  it("stops building when the page is left", () => {
    const { result, unmount } = renderHook(() => useSearchIndex(events, people, false));
    const before = result.current;
    unmount();
    act(() => vi.advanceTimersByTime(1000));
    expect(result.current).toBe(before);
    expect(vi.getTimerCount()).toBe(0);
  });
});
