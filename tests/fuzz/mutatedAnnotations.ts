import fc from "fast-check";
import { MINI_ANNOTATIONS, MINI_ARTICLE } from "../fixtures/miniCorpus.ts";

/** One edit of an annotations file, as its lines. */
type LineEdit = (lines: string[]) => string[];

const at = (lines: readonly string[], i: number) => i % Math.max(1, lines.length);
const VALUE_LINE = /^(\s*(?:- )?[\w<]+:)( .*)?$/;
/** YAML's double-quoted style accepts JSON strings, escapes included. */
const quoted = (s: string) => JSON.stringify(s);

const lineIndex = fc.nat({ max: 200 });

/** Strings an annotator might put in a field, valid or not. */
const value = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 30 }).map(quoted),
  fc.string({ unit: "binary", maxLength: 12 }).map(quoted),
  fc.string({ unit: "grapheme-ascii", maxLength: 20 }),
  fc
    .tuple(fc.nat({ max: MINI_ARTICLE.length }), fc.integer({ min: 0, max: 60 }))
    .map(([from, n]) => quoted(MINI_ARTICLE.slice(from, from + n))),
  fc.constantFrom("null", "~", "[]", "{}", "42", "true", "2024-05-15", "''", '""', "|\n  block"),
);

/** EDTF strings, well formed or nearly so. */
const edtf = fc.oneof(
  fc.stringMatching(/^-?\d{4,6}(-\d{2}(-\d{2})?)?$/),
  fc.stringMatching(/^(\d{4}(-\d{2})?|\.\.)?\/(\d{4}(-\d{2}(-\d{2})?)?|\.\.)?$/),
  fc.string({ unit: "grapheme-ascii", maxLength: 14 }),
  fc.constantFrom(
    "2023-02-29",
    "2024-02-29",
    "2024-13",
    "0000",
    "-0001",
    "../..",
    "/",
    "2024/2025/2026",
    "2024-05-15/2024-04",
  ),
);

/** A YAML alias bomb: each level refers `width` times to the level below (bounded size). */
const aliasBomb = fc
  .tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 2, max: 10 }))
  .map(([levels, width]) => {
    const out = ["bomb0: &l0 [lol, lol]"];
    for (let i = 1; i <= levels; i++)
      out.push(
        `bomb${i}: &l${i} [${Array.from({ length: width }, () => `*l${i - 1}`).join(", ")}]`,
      );
    return out;
  });

/** Nested YAML, flow or block, up to a few thousand levels deep. */
const deepNesting = fc
  .tuple(fc.integer({ min: 1, max: 3000 }), fc.boolean())
  .map(([depth, flow]) =>
    flow
      ? [`deep: ${"[".repeat(depth)}${"]".repeat(depth)}`]
      : [
          "deep:",
          ...Array.from({ length: Math.min(depth, 400) }, (_, i) => `${"  ".repeat(i + 1)}k:`),
        ],
  );

const deleteLine = lineIndex.map(
  (i): LineEdit =>
    (l) =>
      l.filter((_, k) => k !== at(l, i)),
);

const duplicateLine = lineIndex.map(
  (i): LineEdit =>
    (l) =>
      l.flatMap((s, k) => (k === at(l, i) ? [s, s] : [s])),
);

const swapLines = fc.tuple(lineIndex, lineIndex).map(
  ([i, j]): LineEdit =>
    (l) => {
      const out = [...l];
      const [a, b] = [at(l, i), at(l, j)];
      [out[a], out[b]] = [l[b] ?? "", l[a] ?? ""];
      return out;
    },
);

const reindent = fc
  .tuple(lineIndex, fc.constantFrom("", " ", "  ", "    ", "\t", "-UNINDENT-"))
  .map(
    ([i, indent]): LineEdit =>
      (l) =>
        l.map((s, k) =>
          k !== at(l, i) ? s : indent === "-UNINDENT-" ? s.trimStart() : indent + s,
        ),
  );

const swapValues = fc.tuple(lineIndex, lineIndex).map(
  ([i, j]): LineEdit =>
    (l) => {
      const [a, b] = [VALUE_LINE.exec(l[at(l, i)] ?? ""), VALUE_LINE.exec(l[at(l, j)] ?? "")];
      if (!a || !b) return l;
      const out = [...l];
      out[at(l, i)] = `${a[1]}${b[2] ?? ""}`;
      out[at(l, j)] = `${b[1]}${a[2] ?? ""}`;
      return out;
    },
);

/** Replaces the value of a line, a quote one time in two. */
const replaceValue = fc.tuple(lineIndex, value).map(
  ([i, v]): LineEdit =>
    (l) => {
      const quotes = l.flatMap((s, k) => (/quote: /.test(s) ? [k] : []));
      const k = quotes.length > 0 && i % 2 === 0 ? (quotes[i % quotes.length] ?? 0) : at(l, i);
      const m = VALUE_LINE.exec(l[k] ?? "");
      return m ? l.map((s, n) => (n === k ? `${m[1]} ${v}` : s)) : l;
    },
);

/** Points a quote at another passage of the article, which is often still a valid quote. */
const quoteFromArticle = fc
  .tuple(lineIndex, fc.nat({ max: MINI_ARTICLE.length }), fc.integer({ min: 8, max: 60 }))
  .map(
    ([i, from, n]): LineEdit =>
      (l) => {
        const quotes = l.flatMap((s, k) => (/quote: /.test(s) ? [k] : []));
        const k = quotes[i % Math.max(1, quotes.length)];
        const passage = quoted(MINI_ARTICLE.slice(from, from + n));
        return l.map((s, m) => (m === k ? s.replace(/quote: .*/, `quote: ${passage}`) : s));
      },
  );

const replaceEdtf = fc.tuple(fc.boolean(), edtf).map(
  ([first, e]): LineEdit =>
    (l) => {
      const lines = l.flatMap((s, k) => (/edtf: /.test(s) ? [k] : []));
      const k = first ? lines[0] : lines[lines.length - 1];
      return l.map((s, n) => (n === k ? s.replace(/edtf: .*/, `edtf: ${quoted(e)}`) : s));
    },
);

const unknownField = fc
  .tuple(
    lineIndex,
    fc.constantFrom("summery", "id", "extra", "quote", "__proto__", "<<", "constructor"),
    value,
  )
  .map(
    ([i, key, v]): LineEdit =>
      (l) => {
        const k = at(l, i);
        const indent = /^\s*(- )?/.exec(l[k] ?? "")?.[0].replace("- ", "  ") ?? "";
        return [...l.slice(0, k + 1), `${indent}${key}: ${v}`, ...l.slice(k + 1)];
      },
  );

const hugeValue = fc
  .tuple(
    lineIndex,
    fc.integer({ min: 1_000, max: 60_000 }),
    fc.constantFrom("x", "ab ", "\u00e9", "\u{1f600}"),
  )
  .map(
    ([i, n, unit]): LineEdit =>
      (l) => {
        const m = VALUE_LINE.exec(l[at(l, i)] ?? "");
        return m ? l.map((s, k) => (k === at(l, i) ? `${m[1]} ${quoted(unit.repeat(n))}` : s)) : l;
      },
  );

/** Deep nesting or an alias bomb, at the top level or as an unknown key of an event. */
const hostileYaml = fc.tuple(fc.boolean(), fc.oneof(deepNesting, aliasBomb)).map(
  ([top, extra]): LineEdit =>
    (l) => {
      if (top) return [...l, ...extra];
      const k = l.findIndex((s) => s.startsWith("    summary:"));
      return [...l.slice(0, k + 1), ...extra.map((s) => `    ${s}`), ...l.slice(k + 1)];
    },
);

/** An anchor on one value and an alias (or a merge key) on another. */
const anchorAndAlias = fc.tuple(lineIndex, lineIndex, fc.boolean()).map(
  ([i, j, merge]): LineEdit =>
    (l) => {
      const a = VALUE_LINE.exec(l[at(l, i)] ?? "");
      const b = VALUE_LINE.exec(l[at(l, j)] ?? "");
      if (!a || !b || at(l, i) === at(l, j)) return l;
      const indent = /^\s*/.exec(l[at(l, j)] ?? "")?.[0] ?? "";
      return l.map((s, k) => {
        if (k === at(l, i)) return `${a[1]} &anchor${a[2] ?? ""}`;
        if (k !== at(l, j)) return s;
        return merge ? `${b[1]}\n${indent}  <<: *anchor` : `${b[1]} *anchor`;
      });
    },
);

/** A raw edit of the text, across line boundaries. */
const rawEdit = fc
  .tuple(
    fc.nat({ max: 10_000 }),
    fc.integer({ min: 0, max: 3 }),
    fc.oneof(
      fc.constantFrom(..."-:[]{}#&*!|>'\"%@`,? \t\n\\"),
      fc.string({ unit: "grapheme", minLength: 1, maxLength: 3 }),
    ),
  )
  .map(
    ([pos, remove, insert]): LineEdit =>
      (l) => {
        const text = l.join("\n");
        const p = pos % (text.length + 1);
        return (text.slice(0, p) + insert + text.slice(p + remove)).split("\n");
      },
  );

/** Edits of values outweigh edits of structure, so that a fair share of files still build. */
const lineEdit: fc.Arbitrary<LineEdit> = fc.oneof(
  { weight: 1, arbitrary: deleteLine },
  { weight: 1, arbitrary: duplicateLine },
  { weight: 1, arbitrary: swapLines },
  { weight: 1, arbitrary: reindent },
  { weight: 2, arbitrary: swapValues },
  { weight: 8, arbitrary: replaceValue },
  { weight: 6, arbitrary: quoteFromArticle },
  { weight: 6, arbitrary: replaceEdtf },
  { weight: 1, arbitrary: unknownField },
  { weight: 2, arbitrary: hugeValue },
  { weight: 2, arbitrary: hostileYaml },
  { weight: 2, arbitrary: anchorAndAlias },
  { weight: 2, arbitrary: rawEdit },
);

/** MINI_ANNOTATIONS after one to three random edits (lines, values, indentation, YAML tricks). */
export const mutatedAnnotations: fc.Arbitrary<string> = fc
  .array(lineEdit, { minLength: 1, maxLength: 3 })
  .map((edits) =>
    edits.reduce((lines, edit) => edit(lines), MINI_ANNOTATIONS.split("\n")).join("\n"),
  );
