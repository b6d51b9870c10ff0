import fc from "fast-check";
import { nestedArray } from "./nestedArray.ts";

/** Markup a file may carry in any text field: scripts, unsafe links, broken tags, entities. */
const MARKUP = [
  "<script>alert(1)</script>",
  '<a href="javascript:alert(1)">click</a>',
  "<a href='JaVaScRiPt:alert(1)'>x</a>",
  '<a href="https://example.org/ok">a link</a>',
  '<a href="http://[">broken</a>',
  "<a href=data:text/html,hi>data</a>",
  "<img src=x onerror=alert(1)>",
  "<style>p{}</style>",
  "<iframe src='https://example.org'></iframe>",
  "<br><br/><p></p>",
  "<!-- unclosed comment",
  "<a <b <c",
  "</script",
  "&lt;b&gt;&amp;&#0;&#xD800;&#x110000;&nbsp;&bogus;",
  '<a href="',
  "\u00a0\u2028\u3000",
];

/** Strings a number field may hold by mistake, and numbers at the edges. */
const NUMBER_LIKE = ["NaN", "Infinity", "-Infinity", "1e309", "-0", "0x1F", " 5 ", "1_000", "+7"];
const NUMBERS = [
  1e308,
  -1e308,
  Number.MAX_SAFE_INTEGER,
  Number.MAX_SAFE_INTEGER + 2,
  Number.MIN_SAFE_INTEGER,
  2 ** 31,
  -1,
  -0,
  0.5,
  1e21,
  5e-324,
];

/** Links: a few fine, most not http(s) or not parseable although they look like it. */
const URLS = [
  "https://example.org/ok",
  "HTTPS://EXAMPLE.ORG/UPPER",
  "http://[",
  "http://a:99999/",
  "http://%zz/",
  "http://",
  "https://exa mple.org",
  "javascript:alert(1)",
  "data:text/html,hi",
  "//example.org/no-scheme",
  "ftp://example.org/file",
  "https://例え.jp/パス",
  " https://example.org/padded ",
];

/** Calendar days: real, impossible, out of range, or of another form. */
const DAYS = [
  "2024-02-29",
  "2023-02-29",
  "2024-02-31",
  "2024-13-01",
  "0000-00-00",
  "-0500-03-15",
  "275000-12-31",
  "-275001-01-01",
  "2024-05-18T00:00:00Z",
  "2024",
  "2024-05",
  "../2024-05-18",
];

/** Id-shaped strings, valid and not. */
const IDS = ["a", "nobody", "event-1", "Not An Id", "a--b", "-a", "", " ", "ünïcödé"];

/** A string made of markup pieces and free text. */
export const hostileHtml: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      fc.constantFrom(...MARKUP),
      fc.string({ unit: "grapheme", maxLength: 12 }),
      fc.constantFrom(" ", "\n", "\t"),
    ),
    { maxLength: 6 },
  )
  .map((parts) => parts.join(""));

/** A link-shaped string. */
export const hostileUrl: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...URLS),
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.string({ maxLength: 20 }).map((rest) => `http://${rest}`),
);

/**
 * Any JSON value a broken or hostile file may hold where something else belongs: random JSON,
 * markup, Unicode (lone surrogates included), edge numbers and number-like strings, negative
 * offsets, impossible days, odd links and ids, and arrays nested up to 1,000 deep.
 */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.jsonValue({ maxDepth: 3 }), weight: 4 },
  { arbitrary: hostileHtml, weight: 3 },
  { arbitrary: fc.string({ unit: "binary", maxLength: 30 }), weight: 2 },
  { arbitrary: fc.constantFrom(...NUMBER_LIKE, ...NUMBERS), weight: 2 },
  { arbitrary: fc.integer({ min: -1_000_000, max: -1 }), weight: 1 },
  { arbitrary: fc.constantFrom(...DAYS), weight: 2 },
  { arbitrary: hostileUrl, weight: 2 },
  { arbitrary: fc.constantFrom(...IDS), weight: 2 },
  { arbitrary: fc.integer({ min: 1, max: 1000 }).map((depth) => nestedArray(depth)), weight: 1 },
);
