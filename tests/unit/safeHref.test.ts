import { describe, expect, it } from "vitest";
import { safeHref } from "../../src/lib/safeHref.ts";

describe("safeHref(url) lets through only http and https links", () => {
  it.each([
    ["https://example.com/a?b#c", "https://example.com/a?b#c"],
    ["http://example.com", "http://example.com/"],
    ["javascript:alert(1)", null],
    ["JAVASCRIPT:alert(1)", null],
    ["data:text/html,<script>alert(1)</script>", null],
    ["//example.com", null],
    ["not a url", null],
    ["", null],
    [null, null],
    [undefined, null],
  ])("%j → %j", (url, href) => {
    expect(safeHref(url)).toBe(href);
  });
});
