import fc from "fast-check";
import { MINI_ARTICLE } from "../fixtures/miniCorpus.ts";

const encoder = new TextEncoder();

/** One edit of an article's bytes. */
type ByteEdit = (bytes: Uint8Array) => Uint8Array;

function splice(bytes: Uint8Array, at: number, remove: number, insert = new Uint8Array()) {
  const from = at % (bytes.length + 1);
  const out = new Uint8Array(bytes.length - Math.min(remove, bytes.length - from) + insert.length);
  out.set(bytes.subarray(0, from));
  out.set(insert, from);
  out.set(bytes.subarray(from + remove), from + insert.length);
  return out;
}

function replaceText(bytes: Uint8Array, edit: (text: string) => string): Uint8Array {
  // Only edits text that decodes; leaves bytes an earlier edit broke as they are.
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
    return encoder.encode(edit(text));
  } catch {
    return bytes;
  }
}

/** Byte sequences that are not UTF-8: overlong, surrogate, out of range, cut short, stray. */
const INVALID_UTF8 = [
  [0xc0, 0x80],
  [0xed, 0xa0, 0x80],
  [0xf8, 0x88, 0x80, 0x80, 0x80],
  [0xf4, 0x90, 0x80, 0x80],
  [0xe2, 0x80],
  [0x80],
  [0xff],
  [0xfe, 0xff],
].map((b) => new Uint8Array(b));

/** Text that tends to matter to the pipeline: line ends, odd spaces, quote marks, astral chars. */
const TRICKY = [
  "\r\n",
  "\r",
  "\n",
  "\n\n",
  "\u00a0",
  "\u2028",
  "\u200b",
  "\u201c",
  "'",
  "\u{1f600}",
  "\t",
  " ",
];

/** Anywhere in the file: unbiased, since small numbers would crowd edits into the date line. */
const position = fc.noBias(fc.nat({ max: 4096 }));

/** Text edits outweigh byte damage, so that a fair share of mutated articles still build. */
const byteEdit: fc.Arbitrary<ByteEdit> = fc.oneof(
  {
    weight: 1,
    arbitrary: fc.tuple(position, fc.uint8Array({ minLength: 1, maxLength: 4 })).map(
      ([at, insert]): ByteEdit =>
        (b) =>
          splice(b, at, 0, insert),
    ),
  },
  {
    weight: 2,
    arbitrary: fc.tuple(position, fc.integer({ min: 1, max: 12 })).map(
      ([at, n]): ByteEdit =>
        (b) =>
          splice(b, at, n),
    ),
  },
  {
    weight: 1,
    arbitrary: fc.tuple(position, fc.integer({ min: 0, max: 255 })).map(
      ([at, byte]): ByteEdit =>
        (b) =>
          splice(b, at, 1, new Uint8Array([byte])),
    ),
  },
  {
    weight: 1,
    arbitrary: position.map(
      (at): ByteEdit =>
        (b) =>
          b.subarray(0, at % (b.length + 1)),
    ),
  },
  {
    weight: 1,
    arbitrary: fc.constant<ByteEdit>((b) => splice(b, 0, 0, new Uint8Array([0xef, 0xbb, 0xbf]))),
  },
  {
    weight: 3,
    arbitrary: fc.constant<ByteEdit>((b) => replaceText(b, (t) => t.replaceAll("\n", "\r\n"))),
  },
  {
    weight: 1,
    arbitrary: fc.tuple(position, fc.constantFrom(...INVALID_UTF8)).map(
      ([at, bad]): ByteEdit =>
        (b) =>
          splice(b, at, 0, bad),
    ),
  },
  { weight: 1, arbitrary: fc.constant<ByteEdit>(() => new Uint8Array()) },
  {
    weight: 1,
    arbitrary: fc.constant<ByteEdit>((b) => replaceText(b, (t) => t.slice(t.indexOf("\n") + 1))),
  },
  {
    weight: 1,
    arbitrary: fc.string({ unit: "grapheme-ascii", maxLength: 40 }).map(
      (line): ByteEdit =>
        (b) =>
          replaceText(b, (t) => line + t.slice(t.indexOf("\n"))),
    ),
  },
  {
    // One character of the date line changed: often another real date, often not a date.
    weight: 2,
    arbitrary: fc
      .tuple(fc.nat({ max: 28 }), fc.constantFrom(..."0123456789 ,:ADFJMNOSTWaceghlnoprtuvy"))
      .map(
        ([at, ch]): ByteEdit =>
          (b) =>
            replaceText(b, (t) => t.slice(0, at) + ch + t.slice(at + 1)),
      ),
  },
  {
    weight: 6,
    arbitrary: fc
      .tuple(
        position,
        fc.oneof(fc.constantFrom(...TRICKY), fc.string({ unit: "binary", maxLength: 8 })),
      )
      .map(
        ([at, s]): ByteEdit =>
          (b) =>
            replaceText(b, (t) => {
              const i = at % (t.length + 1);
              return t.slice(0, i) + s + t.slice(i);
            }),
      ),
  },
  {
    // Text added after the body: the quotes still stand, unless it repeats one of them.
    weight: 4,
    arbitrary: fc
      .oneof(fc.string({ unit: "grapheme", maxLength: 60 }), fc.constantFrom(...TRICKY))
      .map(
        (tail): ByteEdit =>
          (b) =>
            replaceText(b, (t) => `${t}${tail}`),
      ),
  },
  {
    // A slice copied elsewhere: quotes may now occur twice.
    weight: 4,
    arbitrary: fc.tuple(position, position, fc.integer({ min: 1, max: 40 })).map(
      ([from, to, n]): ByteEdit =>
        (b) =>
          replaceText(b, (t) => {
            const i = from % (t.length + 1);
            const j = to % (t.length + 1);
            return t.slice(0, j) + t.slice(i, i + n) + t.slice(j);
          }),
    ),
  },
);

/** MINI_ARTICLE's bytes after one to three random edits (bytes, text, the date line). */
export const mutatedArticle: fc.Arbitrary<Uint8Array> = fc
  .array(byteEdit, { minLength: 1, maxLength: 3 })
  .map((edits) =>
    edits.reduce<Uint8Array>((bytes, edit) => edit(bytes), encoder.encode(MINI_ARTICLE)),
  );
