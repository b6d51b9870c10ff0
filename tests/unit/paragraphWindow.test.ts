import { describe, expect, it } from "vitest";
import { paragraphAt, paragraphWindow } from "../../src/reader/paragraphWindow.ts";

describe("paragraphWindow(count, anchor, earlier, later, page) draws a page around the anchor", () => {
  it.each([
    ["an article that fits in a page, whole", 150, 140, 0, 0, { from: 0, to: 150 }],
    ["exactly a page, whole", 200, 0, 0, 0, { from: 0, to: 200 }],
    ["the first page when the anchor is near the start", 200_000, 10, 0, 0, { from: 0, to: 200 }],
    ["centred on the anchor", 200_000, 100_000, 0, 0, { from: 99_900, to: 100_100 }],
    ["the last page near the end", 200_000, 199_990, 0, 0, { from: 199_800, to: 200_000 }],
    ["an anchor past the end, the last page", 1000, 5000, 0, 0, { from: 800, to: 1000 }],
    ["no anchor (-1), the first page", 1000, -1, 0, 0, { from: 0, to: 200 }],
    ["one page earlier added", 200_000, 100_000, 1, 0, { from: 99_700, to: 100_100 }],
    ["two pages later added", 200_000, 100_000, 0, 2, { from: 99_900, to: 100_500 }],
    ["pages added stop at the ends", 500, 250, 9, 9, { from: 0, to: 500 }],
  ])("%s", (_, count, anchor, earlier, later, window) => {
    expect(paragraphWindow(count, anchor, earlier, later, 200)).toEqual(window);
  });
});

describe("paragraphAt(paragraphs, at) finds the paragraph holding an offset", () => {
  const paragraphs = [
    { start: 0, end: 5 },
    { start: 7, end: 12 },
    { start: 14, end: 20 },
  ];
  it.each([
    [0, 0],
    [4, 0],
    [5, -1],
    [7, 1],
    [19, 2],
    [20, -1],
    [-3, -1],
  ])("offset %i → paragraph %i", (at, index) => {
    expect(paragraphAt(paragraphs, at)).toBe(index);
  });
});
