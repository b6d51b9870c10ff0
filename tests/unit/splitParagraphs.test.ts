import { describe, expect, it } from "vitest";
import { splitParagraphs } from "../../src/reader/splitParagraphs.ts";

const HEADER = "Sat, 18 May 2024 04:52:21 GMT\n\n";

describe("splitParagraphs(text, bodyStart) splits the body at blank lines", () => {
  it.each([
    ["an empty text has no paragraphs", "", 0, []],
    ["a date line alone has no paragraphs", HEADER, HEADER.length, []],
    ["a white-space-only body has no paragraphs", `${HEADER} \n\n\t\n  `, HEADER.length, []],
    ["a body without a date line is split as given", "One.\n\nTwo.", 0, ["One.", "Two."]],
    ["the date line is left out", `${HEADER}One.\n\nTwo.`, HEADER.length, ["One.", "Two."]],
    [
      "a text with no blank lines is one paragraph, line breaks kept",
      `${HEADER}One line\nand another`,
      HEADER.length,
      ["One line\nand another"],
    ],
    [
      "CRLF blank lines separate, a single CRLF is kept",
      "Date\r\n\r\nOne.\r\n\r\nTwo,\r\nstill two.\r\n",
      6,
      ["One.", "Two,\r\nstill two."],
    ],
    ["mixed LF and CRLF separate", "One.\r\n\nTwo.\n\r\nThree.", 0, ["One.", "Two.", "Three."]],
    ["several blank lines count as one", "One.\n\n\n\n\nTwo.", 0, ["One.", "Two."]],
    ["lines of only spaces and tabs are blank", "One.\n  \t\n \nTwo.", 0, ["One.", "Two."]],
    ["trailing blank lines add nothing", "One.\n\nTwo.\n\n\n\n", 0, ["One.", "Two."]],
    ["leading blank lines add nothing", `${HEADER}\n\n\nOne.`, HEADER.length, ["One."]],
    ["indentation and trailing spaces are trimmed", "  One.  \n\n\tTwo.\t", 0, ["One.", "Two."]],
    ["a line of text with spaces is not blank", "One.\n  x  \nTwo.", 0, ["One.\n  x  \nTwo."]],
    ["a body start past the end gives nothing", "One.", 10, []],
    ["a negative body start reads from the beginning", "One.\n\nTwo.", -3, ["One.", "Two."]],
  ])("%s", (_, text, bodyStart, expected) => {
    const paragraphs = splitParagraphs(text, bodyStart);
    expect(paragraphs.map((paragraph) => paragraph.text)).toEqual(expected);
    for (const paragraph of paragraphs) {
      expect(text.slice(paragraph.start, paragraph.end)).toBe(paragraph.text);
      expect(paragraph.text.trim()).toBe(paragraph.text);
    }
  });

  it("gives offsets into the whole text, not the body", () => {
    const text = `${HEADER}  One.\n\n Two\nlines.\n`;
    const one = text.indexOf("One.");
    const two = text.indexOf("Two");
    expect(splitParagraphs(text, HEADER.length)).toEqual([
      { start: one, end: one + 4, text: "One." },
      { start: two, end: two + 10, text: "Two\nlines." },
    ]);
  });
});
