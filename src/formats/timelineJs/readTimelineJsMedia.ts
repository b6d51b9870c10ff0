import type { Media, MediaKind, TextRun } from "../../data/datasetSchema.ts";
import type { LoadProblem } from "../../data/loadProblem.ts";
import { t } from "../../i18n/i18n.ts";
import type { MessageKey } from "../../i18n/messageKey.ts";
import { describeValue } from "./describeValue.ts";
import { textRunsToLine } from "./htmlToPlainText.ts";
import { lookupMediaType } from "./lookupMediaType.ts";
import { readHtmlRuns } from "./readHtmlRuns.ts";
import { readObjectField, readTextField } from "./readTextField.ts";
import { resolveMediaUrl } from "./resolveMediaUrl.ts";

/** What a slide's media `url` gave: an address or a quote's words, and how to show it. */
interface MediaContent {
  url: string | null;
  kind?: MediaKind;
  label?: string;
  text?: TextRun[];
}

const IFRAME = /<iframe\b/i;
/** An iframe's `src`, read from its tag's start (sticky): within its tag's attributes. */
const IFRAME_SRC = /<iframe\b[^>]{0,4096}?\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/iy;

/** The `src` of the first iframe in the HTML, or null. */
function iframeSrc(html: string): string | null {
  const start = IFRAME.exec(html)?.index;
  if (start === undefined) return null;
  IFRAME_SRC.lastIndex = start;
  const src = IFRAME_SRC.exec(html);
  return src ? (src[1] ?? src[2] ?? src[3] ?? "") : null;
}

/** A caption or credit: plain text, and its runs only when they hold a link. */
function readLine(value: unknown, path: string, problems: LoadProblem[]) {
  const runs = readHtmlRuns(readTextField(value, path, problems), path, problems);
  const plain = textRunsToLine(runs);
  return { plain: plain || null, runs: runs.some((run) => run.href) ? runs : undefined };
}

/** Blockquote HTML as a quote's words, with their http(s) links. */
function readQuote(
  html: string,
  label: string,
  path: string,
  problems: LoadProblem[],
  leftOut: (reason: string) => MediaContent,
): MediaContent {
  const text = readHtmlRuns(html, path, problems);
  if (textRunsToLine(text) === "")
    return leftOut(t("import.quoteNoText", { quote: describeValue(html) }));
  return { url: null, kind: "quote", label, text };
}

/** The media `url` read as TimelineJS3 reads it: an address, a quote, or an iframe's source. */
function readContent(
  raw: string,
  path: string,
  address: string | undefined,
  problems: LoadProblem[],
  /** What becomes of media that cannot be read: "left out, its caption kept". */
  outcome: MessageKey,
): MediaContent {
  const leftOut = (reason: string): MediaContent => {
    problems.push({ path, reason: t(outcome, { reason }) });
    return { url: null };
  };
  if (raw === "") return { url: null };
  if (raw.includes("<")) {
    const type = lookupMediaType(raw);
    if (type.kind === "quote") return readQuote(raw, type.label, path, problems, leftOut);
    const src = iframeSrc(raw);
    if (src === null) {
      // A quote that only mentions an iframe or a player is still a quote.
      if (/<blockquote\b/i.test(raw)) return readQuote(raw, "Quote", path, problems, leftOut);
      return leftOut(t("import.mediaHtmlUnread", { media: describeValue(raw) }));
    }
    const resolved = resolveMediaUrl(src, address);
    if (!resolved.ok) return leftOut(t("import.iframeReason", { reason: resolved.reason }));
    // An iframe of a known player is named for it ("YouTube video"), never loaded.
    const inner = lookupMediaType(resolved.data);
    const named = inner.kind === "embed" && inner.type !== "imageblank";
    return { url: resolved.data, kind: "embed", label: named ? inner.label : type.label };
  }
  const resolved = resolveMediaUrl(raw, address);
  if (!resolved.ok) return leftOut(resolved.reason);
  const type = lookupMediaType(resolved.data);
  // A quote is HTML: an address that only names one ("…/blockquote") is a page.
  return type.kind === "quote"
    ? { url: resolved.data, kind: "embed", label: "Web page" }
    : { url: resolved.data, kind: type.kind, label: type.label };
}

/**
 * Reads a slide's `media`: its `url` resolved against the file's `address` (see
 * `resolveMediaUrl`) and typed as TimelineJS3 types it (`lookupMediaType`): an image, a quote
 * (blockquote HTML, kept as text) or an embed (kept as a link to its source, never loaded). A URL
 * that cannot be read is left out with a problem; caption and credit stay, as text with their
 * http(s) links. Undefined when nothing of it is left.
 */
export function readTimelineJsMedia(
  value: unknown,
  path: string,
  problems: LoadProblem[],
  address?: string,
): Media | undefined {
  const media = readObjectField(value, path, problems);
  const raw = readTextField(media.url, `${path}.url`, problems).trim();
  // Caption and credit first, to say which of them stay; their problems are listed after the URL's.
  const lineProblems: LoadProblem[] = [];
  const caption = readLine(media.caption, `${path}.caption`, lineProblems);
  const credit = readLine(media.credit, `${path}.credit`, lineProblems);
  const outcome: MessageKey = caption.plain
    ? credit.plain
      ? "import.mediaLeftOutCaptionCreditKept"
      : "import.mediaLeftOutCaptionKept"
    : credit.plain
      ? "import.mediaLeftOutCreditKept"
      : "import.mediaLeftOut";
  const content = readContent(raw, `${path}.url`, address, problems, outcome);
  problems.push(...lineProblems);
  if (content.url === null && !content.text && !caption.plain && !credit.plain) return undefined;
  return {
    url: content.url,
    caption: caption.plain,
    credit: credit.plain,
    ...(content.kind ? { kind: content.kind, label: content.label } : {}),
    ...(content.text ? { text: content.text } : {}),
    ...(caption.runs ? { captionRuns: caption.runs } : {}),
    ...(credit.runs ? { creditRuns: credit.runs } : {}),
  };
}
