import { describe, expect, it } from "vitest";
import { resolveMediaUrl } from "../../src/formats/timelineJs/resolveMediaUrl.ts";

const FILE = "https://news.example.org/timelines/flood/timeline.json";

describe("resolveMediaUrl(raw, address) makes a media URL absolute as a browser loads it", () => {
  it.each([
    ["an https URL as is", "https://img.example/a.jpg", undefined, "https://img.example/a.jpg"],
    ["an http URL as is", "http://img.example/a.jpg", FILE, "http://img.example/a.jpg"],
    [
      "white space around it trimmed",
      "  https://img.example/a.jpg\n",
      undefined,
      "https://img.example/a.jpg",
    ],
    [
      "a protocol-relative URL over https",
      "//upload.wikimedia.org/wikipedia/commons/c/c2/Rocky_Mountains.jpeg",
      undefined,
      "https://upload.wikimedia.org/wikipedia/commons/c/c2/Rocky_Mountains.jpeg",
    ],
    [
      "a protocol-relative URL over https, even for a file fetched over http",
      "//upload.wikimedia.org/a.jpg",
      "http://news.example.org/t.json",
      "https://upload.wikimedia.org/a.jpg",
    ],
    [
      "a ./ path against the file's folder",
      "./media/a.jpg",
      FILE,
      "https://news.example.org/timelines/flood/media/a.jpg",
    ],
    [
      "a bare path against the file's folder",
      "media/a b.jpg",
      FILE,
      "https://news.example.org/timelines/flood/media/a%20b.jpg",
    ],
    [
      "a ../ path up from the file's folder",
      "../shared/b.png",
      FILE,
      "https://news.example.org/timelines/shared/b.png",
    ],
    [
      "a root path against the file's site",
      "/img/c.gif",
      FILE,
      "https://news.example.org/img/c.gif",
    ],
  ])("%s", (_, raw, address, url) => {
    expect(resolveMediaUrl(raw, address)).toEqual({ ok: true, data: url });
  });

  it.each([
    ["javascript:", "javascript:alert(1)", FILE, 'media URL "javascript:alert(1)" is not http(s)'],
    [
      "javascript: in capitals",
      "JAVASCRIPT:alert(1)",
      FILE,
      'media URL "JAVASCRIPT:alert(1)" is not http(s)',
    ],
    [
      "data:",
      "data:image/svg+xml,<svg/>",
      FILE,
      'media URL "data:image/svg+xml,<svg/>" is not http(s)',
    ],
    ["file:", "file:///etc/passwd", FILE, 'media URL "file:///etc/passwd" is not http(s)'],
    [
      "a relative URL of a file opened from this device",
      "./media/a.jpg",
      undefined,
      'media URL "./media/a.jpg" is relative, and a file opened from this device has no address to resolve it against',
    ],
    ["a protocol-relative URL with no host", "//", FILE, 'media URL "//" is not a web address'],
  ])("refuses %s", (_, raw, address, reason) => {
    expect(resolveMediaUrl(raw, address)).toEqual({ ok: false, reason });
  });
});
