import { act, renderHook } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { useSettledValue } from "../../src/app/useSettledValue.ts";

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("useSettledValue(value, ms)", () => {
  it("is null on the first render, then the first value in a task of its own", () => {
    const { result } = renderHook(({ value }) => useSettledValue(value, 150), {
      initialProps: { value: "a" },
    });
    expect(result.current).toBeNull();
    act(() => vi.advanceTimersByTime(0));
    expect(result.current).toBe("a");
  });

  it("skips values that change again before ms, and keeps the last settled one meanwhile", () => {
    const { result, rerender } = renderHook(({ value }) => useSettledValue(value, 150), {
      initialProps: { value: "b" },
    });
    act(() => vi.advanceTimersByTime(150));
    for (const value of ["bo", "boa", "boar", "board"]) {
      rerender({ value });
      act(() => vi.advanceTimersByTime(40));
      expect(result.current).toBe("b");
    }
    act(() => vi.advanceTimersByTime(110));
    expect(result.current).toBe("board");
  });
});
