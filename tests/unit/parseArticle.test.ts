import { describe, expect, it } from "vitest";
import { parseArticle, parseHttpDate } from "../../src/pipeline/parseArticle.ts";

describe("parseArticle(text) reads the corpus format", () => {
  it("splits the HTTP date, the blank line and the body, keeping offsets into the whole text", () => {
    const text = "Sat, 18 May 2024 04:52:21 GMT\n\nBody text.\n";
    const result = parseArticle(text);
    expect(result).toEqual({
      ok: true,
      data: { published: "2024-05-18T04:52:21Z", bodyStart: 31, body: "Body text.\n" },
    });
    expect(text.slice(31)).toBe("Body text.\n");
  });

  it("accepts CRLF line ends", () => {
    const result = parseArticle("Sat, 18 May 2024 04:52:21 GMT\r\n\r\nBody");
    expect(result.ok && result.data.bodyStart).toBe(33);
  });

  it.each([
    ["Body only, no date", "has only one line; expected an HTTP date, a blank line, then the body"],
    [
      "18 May 2024\n\nBody",
      'first line "18 May 2024" is not an HTTP date like "Sat, 18 May 2024 04:52:21 GMT"',
    ],
    [
      "Sat, 18 May 2024 04:52:21 GMT\nBody",
      "second line is not blank; expected a blank line between the date and the body",
    ],
    ["Sat, 18 May 2024 04:52:21 GMT\n\n   \n", "has no body after the date line"],
    [
      "Fri, 18 May 2024 04:52:21 GMT\n\nBody",
      'first line "Fri, 18 May 2024 04:52:21 GMT" names the wrong weekday (that day is a Sat)',
    ],
    [
      "Thu, 30 Feb 2024 04:52:21 GMT\n\nBody",
      'first line "Thu, 30 Feb 2024 04:52:21 GMT" is not a real date and time',
    ],
    ["Sat, 18 Mai 2024 04:52:21 GMT\n\nBody", 'first line has an unknown month "Mai"'],
    [
      "\uFEFFSat, 18 May 2024 04:52:21 GMT\n\nBody",
      "starts with a byte-order mark; save it without one",
    ],
  ])("rejects %j: %s", (text, reason) => {
    expect(parseArticle(text)).toEqual({ ok: false, reason });
  });
});

describe("parseHttpDate(line) reads an IMF-fixdate as a UTC instant", () => {
  it.each([
    ["Sat, 18 May 2024 04:52:21 GMT", "2024-05-18T04:52:21Z"],
    ["Fri, 17 Nov 2023 23:59:59 GMT", "2023-11-17T23:59:59Z"],
    ["Thu, 29 Feb 2024 00:00:00 GMT", "2024-02-29T00:00:00Z"],
  ])("%s → %s", (line, instant) => {
    expect(parseHttpDate(line)).toEqual({ ok: true, data: instant });
  });

  it("rejects a time past 23:59:59", () => {
    expect(parseHttpDate("Sat, 18 May 2024 24:00:00 GMT").ok).toBe(false);
  });
});
