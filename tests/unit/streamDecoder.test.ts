import { describe, expect, it } from "vitest";
import { streamDecoder } from "../../src/data/streamDecoder.ts";

const TEXT = '{"t":"é“😀"}';

function utf16(text: string, order: "le" | "be"): number[] {
  const bytes: number[] = order === "le" ? [0xff, 0xfe] : [0xfe, 0xff];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const pair = [unit & 0xff, unit >> 8];
    bytes.push(...(order === "le" ? pair : pair.reverse()));
  }
  return bytes;
}

const ENCODINGS: [string, number[]][] = [
  ["UTF-8", [...new TextEncoder().encode(TEXT)]],
  ["UTF-8 after its byte-order mark", [0xef, 0xbb, 0xbf, ...new TextEncoder().encode(TEXT)]],
  ["UTF-16 LE after its byte-order mark", utf16(TEXT, "le")],
  ["UTF-16 BE after its byte-order mark", utf16(TEXT, "be")],
];

/** Decodes `bytes` sent in parts cut at `cuts`. */
function decodeInParts(bytes: number[], cuts: number[]): string {
  const decoder = streamDecoder();
  let text = "";
  let from = 0;
  for (const cut of [...cuts, bytes.length]) {
    text += decoder.push(new Uint8Array(bytes.slice(from, cut)));
    from = cut;
  }
  return text + decoder.end();
}

describe("streamDecoder() decodes a body by its byte-order mark, the mark dropped", () => {
  it.each(ENCODINGS)("reads %s in one part", (_, bytes) => {
    expect(decodeInParts(bytes, [])).toBe(TEXT);
  });

  it.each(ENCODINGS)("reads %s however it is cut into parts", (_, bytes) => {
    for (let a = 0; a <= bytes.length; a++)
      for (const b of [a, a + 1, a + 3])
        expect(decodeInParts(bytes, [a, Math.min(b, bytes.length)])).toBe(TEXT);
  });

  it("reads a mark split into one-byte parts", () => {
    const bytes = utf16(TEXT, "be");
    expect(
      decodeInParts(
        bytes,
        bytes.map((_, i) => i),
      ),
    ).toBe(TEXT);
  });

  it.each([
    ["nothing", [], ""],
    ["one byte", [0x31], "1"],
    ["a lone 0xFF (not a mark)", [0xff], "\uFFFD"],
    ["a UTF-16 mark and nothing else", [0xff, 0xfe], ""],
    ["0xFF 0xFF (not a mark)", [0xff, 0xff, 0x31], "\uFFFD\uFFFD1"],
    ["a mark's second byte first", [0xfe, 0xfe, 0x31], "\uFFFD\uFFFD1"],
  ])("reads %s", (_, bytes, text) => {
    expect(decodeInParts(bytes, [])).toBe(text);
    expect(decodeInParts(bytes, bytes.length > 1 ? [1] : [])).toBe(text);
  });

  it("gives the text as it arrives, once the first two bytes tell the encoding", () => {
    const decoder = streamDecoder();
    expect(decoder.push(new Uint8Array([0x31]))).toBe("");
    expect(decoder.push(new Uint8Array([0x32]))).toBe("12");
    expect(decoder.push(new Uint8Array([0x33]))).toBe("3");
    expect(decoder.end()).toBe("");
    expect(streamDecoder().push(new Uint8Array([0x31, 0x32]))).toBe("12");
  });
});
