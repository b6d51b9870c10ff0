// Decodes every named, decimal and hex reference; strict: one without its ";" stays as written.
import { decodeHTMLStrict } from "entities/decode";
import type { TextRun } from "../../data/datasetSchema.ts";
import { safeHref } from "../../lib/safeHref.ts";

/** What `htmlToTextRuns` read: the runs, and each link it kept as plain text because it was not http(s). */
export interface HtmlText {
  runs: TextRun[];
  unsafeLinks: string[];
}

/** Elements dropped with everything inside them: code, styles and embedded documents. */
const DROPPED = new Set(["script", "style", "template", "noscript", "iframe", "object", "title"]);

/** Elements whose start and end begin a new line. */
const BLOCKS = new Set([
  "p",
  "div",
  "li",
  "ul",
  "ol",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "blockquote",
  "pre",
  "table",
  "tr",
  "section",
  "article",
  "header",
  "footer",
  "figure",
  "figcaption",
  "hr",
]);

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^<>"']|"[^"]*"|'[^']*')*)>/y;
const HREF = /(?:^|\s)href\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i;
/** HTML's white space (not the no-break space, which HTML keeps). */
const SPACES = /[ \t\n\r\f]+/g;
/** White space `SPACES` would change: text without it is collapsed already. */
const UNCOLLAPSED = /[\t\n\r\f]| {2}/;
/** At most one empty line in a row. */
const MAX_NEWLINES = 2;

/** Appends text to the runs, merging with the last run when it links to the same place. */
function append(runs: TextRun[], text: string, href: string | undefined): void {
  const last = runs.at(-1);
  if (last && last.href === href) last.text += text;
  else runs.push(href === undefined ? { text } : { text, href });
}

/** Builds runs the way a browser lays out text: white space collapsed, line breaks kept. */
class RunWriter {
  readonly runs: TextRun[] = [];
  private pendingSpace = false;
  private newlines = 0;
  private empty = true;

  text(source: string, href: string | undefined): void {
    // White space collapsed, the stretch is taken whole (not word by word: a headline of
    // millions of words is one append); a space at either end is only pending.
    const decoded = source.includes("&") ? decodeHTMLStrict(source) : source;
    const collapsed = UNCOLLAPSED.test(decoded) ? decoded.replace(SPACES, " ") : decoded;
    const from = collapsed.startsWith(" ") ? 1 : 0;
    const to = Math.max(from, collapsed.endsWith(" ") ? collapsed.length - 1 : collapsed.length);
    if (from === 1) this.pendingSpace = true;
    if (to > from) {
      let text = collapsed.slice(from, to);
      if (this.pendingSpace && !this.empty && this.newlines === 0) {
        // A space at a link's edge belongs to the plain text, never to the link.
        if (href === undefined || this.runs.at(-1)?.href === href) text = ` ${text}`;
        else append(this.runs, " ", undefined);
      }
      append(this.runs, text, href);
      this.pendingSpace = false;
      this.newlines = 0;
      this.empty = false;
    }
    if (to < collapsed.length) this.pendingSpace = true;
  }

  /** A `<br>` always breaks the line; a block edge only when the line has text. */
  lineBreak(forced: boolean): void {
    this.pendingSpace = false;
    if (this.empty || this.newlines >= (forced ? MAX_NEWLINES : 1)) return;
    append(this.runs, "\n", undefined);
    this.newlines += 1;
  }

  /** The runs without trailing line breaks. */
  finish(): TextRun[] {
    for (let last = this.runs.at(-1); last; last = this.runs.at(-1)) {
      let end = last.text.length;
      while (end > 0 && last.text[end - 1] === "\n") end--;
      if (end < last.text.length) last.text = last.text.slice(0, end);
      if (last.text !== "") break;
      this.runs.pop();
    }
    return this.runs;
  }
}

function hrefOf(attributes: string): string | null {
  const match = HREF.exec(attributes);
  if (!match) return null;
  return decodeHTMLStrict(match[1] ?? match[2] ?? match[3] ?? "").trim();
}

/**
 * Reduces HTML to runs of plain text: tags stripped, entities decoded, `<br>` and block ends as
 * "\n", scripts and styles dropped with their content. A link keeps its `href` only when it is
 * http or https; any other link stays as text and is listed in `unsafeLinks`. Never returns HTML.
 */
export function htmlToTextRuns(html: string): HtmlText {
  const writer = new RunWriter();
  const unsafeLinks: string[] = [];
  let href: string | undefined;
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf("<", i);
    if (lt === -1) {
      writer.text(html.slice(i), href);
      break;
    }
    writer.text(html.slice(i, lt), href);
    if (html.startsWith("<!--", lt)) {
      const end = html.indexOf("-->", lt + 4);
      i = end === -1 ? html.length : end + 3;
      continue;
    }
    TAG.lastIndex = lt;
    const tag = TAG.exec(html);
    if (!tag) {
      const next = html[lt + 1];
      if (next === "!" || next === "?" || next === "/") {
        // A doctype, processing instruction or broken end tag: skip it like a browser would.
        const end = html.indexOf(">", lt);
        i = end === -1 ? html.length : end + 1;
      } else {
        writer.text("<", href);
        i = lt + 1;
      }
      continue;
    }
    i = lt + tag[0].length;
    const closing = tag[1] === "/";
    const name = (tag[2] ?? "").toLowerCase();
    if (!closing && DROPPED.has(name)) {
      const closer = new RegExp(`</${name}`, "gi");
      closer.lastIndex = i;
      const end = closer.exec(html)?.index ?? -1;
      const gt = end === -1 ? -1 : html.indexOf(">", end);
      i = gt === -1 ? html.length : gt + 1;
    } else if (name === "br") {
      writer.lineBreak(true);
    } else if (BLOCKS.has(name)) {
      writer.lineBreak(false);
    } else if (name === "a") {
      href = undefined;
      const target = closing ? null : hrefOf(tag[3] ?? "");
      if (target !== null && target !== "") {
        const safe = safeHref(target);
        if (safe === null) unsafeLinks.push(target);
        else href = safe;
      }
    }
  }
  return { runs: writer.finish(), unsafeLinks };
}
