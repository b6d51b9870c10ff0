import { describe, expect, it } from "vitest";
import { textFragmentUrl } from "../../src/reader/textFragmentUrl.ts";

const PAGE = "https://example.com/news/story";

describe("textFragmentUrl(url, exact) links to the quote on the original page", () => {
  it.each([
    [
      "a short quote is matched whole",
      PAGE,
      "The board met.",
      `${PAGE}#:~:text=The%20board%20met.`,
    ],
    [
      "white space is collapsed and trimmed",
      PAGE,
      "  The\n board \t  met.\r\n",
      `${PAGE}#:~:text=The%20board%20met.`,
    ],
    ["hyphens are encoded", PAGE, "a well-known fact", `${PAGE}#:~:text=a%20well%2Dknown%20fact`],
    [
      "commas and ampersands are encoded",
      PAGE,
      "Smith, Jones & Co",
      `${PAGE}#:~:text=Smith%2C%20Jones%20%26%20Co`,
    ],
    [
      "curly quotes are percent-encoded as UTF-8",
      PAGE,
      "\u201Cwe will see\u201D",
      `${PAGE}#:~:text=%E2%80%9Cwe%20will%20see%E2%80%9D`,
    ],
    ["non-ASCII letters are percent-encoded", PAGE, "Zürich", `${PAGE}#:~:text=Z%C3%BCrich`],
    ["a whole emoji is encoded", PAGE, "smiled 😀", `${PAGE}#:~:text=smiled%20%F0%9F%98%80`],
    [
      "half an emoji at the end (a quote cut inside a character) is dropped, not thrown on",
      PAGE,
      "smiled \ud83d",
      `${PAGE}#:~:text=smiled`,
    ],
    [
      "half an emoji at the start is dropped",
      PAGE,
      "\ude00 and left",
      `${PAGE}#:~:text=and%20left`,
    ],
    [
      "a quote of exactly eight words is matched whole",
      PAGE,
      "one two three four five six seven eight",
      `${PAGE}#:~:text=one%20two%20three%20four%20five%20six%20seven%20eight`,
    ],
    [
      "a quote of nine words is matched by its first and last four",
      PAGE,
      "one two three four five six seven eight nine",
      `${PAGE}#:~:text=one%20two%20three%20four,six%20seven%20eight%20nine`,
    ],
    [
      "a long quote keeps the encoding in both ends",
      PAGE,
      "The well-known firm, Smith & Co, said on Monday that it would close its Zürich office.",
      `${PAGE}#:~:text=The%20well%2Dknown%20firm%2C%20Smith,close%20its%20Z%C3%BCrich%20office.`,
    ],
    [
      "an existing fragment is replaced",
      `${PAGE}#comments`,
      "The board met.",
      `${PAGE}#:~:text=The%20board%20met.`,
    ],
    ["an existing text fragment is replaced", `${PAGE}#:~:text=old`, "new", `${PAGE}#:~:text=new`],
    [
      "the query string is kept",
      "https://example.com/story?id=7&page=2#top",
      "met",
      "https://example.com/story?id=7&page=2#:~:text=met",
    ],
    [
      "the URL is normalised as safeHref gives it",
      "http://Example.COM",
      "met",
      "http://example.com/#:~:text=met",
    ],
  ])("%s", (_, url, exact, expected) => {
    expect(textFragmentUrl(url, exact)).toBe(expected);
  });

  it.each([
    ["there is no URL", null, "The board met."],
    ["the URL is empty", "", "The board met."],
    ["the URL is javascript:", "javascript:alert(1)", "The board met."],
    ["the URL is not http(s)", "ftp://example.com/story", "The board met."],
    ["the URL does not parse", "not a url", "The board met."],
    ["the quote is empty", PAGE, ""],
    ["the quote is only white space", PAGE, " \n\t "],
    ["the quote is only half a character", PAGE, "\ud83d"],
  ])("is null when %s", (_, url, exact) => {
    expect(textFragmentUrl(url, exact)).toBeNull();
  });
});
