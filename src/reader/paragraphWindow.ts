/** How many paragraphs the reader draws at once: a long article is drawn a page at a time. */
export const READER_PAGE = 200;

/** The paragraphs drawn, by position: `from` included, `to` not. */
export interface ParagraphWindow {
  from: number;
  to: number;
}

/**
 * The paragraphs the reader draws of `count`: every one when they fit in a page; else a page
 * centred on paragraph `anchor` (the chosen excerpt's, or the first), widened by `earlier`
 * pages before it and `later` pages after it as the reader asks for more.
 */
export function paragraphWindow(
  count: number,
  anchor: number,
  earlier = 0,
  later = 0,
  page = READER_PAGE,
): ParagraphWindow {
  if (count <= page) return { from: 0, to: count };
  const centre = Math.min(Math.max(anchor, 0), count - 1);
  const to = Math.min(count, Math.max(centre - Math.floor(page / 2), 0) + page);
  const from = to - page;
  return { from: Math.max(0, from - earlier * page), to: Math.min(count, to + later * page) };
}

/** The position of the paragraph holding text offset `at` (paragraphs sorted by `start`), or -1. */
export function paragraphAt(
  paragraphs: readonly { start: number; end: number }[],
  at: number,
): number {
  let low = 0;
  let high = paragraphs.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const p = paragraphs[mid] as { start: number; end: number };
    if (at < p.start) high = mid - 1;
    else if (at >= p.end) low = mid + 1;
    else return mid;
  }
  return -1;
}
