import { type ComponentProps, useMemo, useState } from "react";
import { formatCount } from "../../i18n/formatCount.ts";
import { useT } from "../../i18n/useT.ts";
import { paragraphAt, paragraphWindow, READER_PAGE } from "../../reader/paragraphWindow.ts";
import { type HighlightRange, segmentText } from "../../reader/segmentText.ts";
import type { Paragraph } from "../../reader/splitParagraphs.ts";
import { ArticleText } from "./ArticleText.tsx";

type PagedArticleTextProps = Omit<ComponentProps<typeof ArticleText>, "paragraphs"> & {
  /** Every paragraph of the article's body, in order. */
  split: readonly Paragraph[];
  /** The excerpts found in the text, each highlighted where it stands. */
  ranges: readonly HighlightRange[];
};

/** Where the reader's page stands: the paragraph it is centred on, and the pages added around it. */
interface Placement {
  anchor: number;
  earlier: number;
  later: number;
}

/**
 * The article a page of paragraphs at a time (`READER_PAGE`), centred on the chosen excerpt,
 * with buttons to show the paragraphs before and after: an article of a few thousand paragraphs
 * is drawn whole, one of hundreds of thousands does not freeze the page. Choosing an excerpt
 * outside the page moves the page to it, so the chosen one is always drawn (and findable).
 */
export function PagedArticleText({ split, ranges, ...props }: PagedArticleTextProps) {
  const t = useT();
  const chosen = ranges.find((range) => range.key === props.chosenKey);
  const anchor = chosen ? Math.max(paragraphAt(split, chosen.start), 0) : 0;
  const [placement, setPlacement] = useState<Placement>({ anchor, earlier: 0, later: 0 });
  let { from, to } = paragraphWindow(
    split.length,
    placement.anchor,
    placement.earlier,
    placement.later,
  );
  // The chosen excerpt left the page (another was chosen): start again around it.
  if (anchor < from || anchor >= to) {
    setPlacement({ anchor, earlier: 0, later: 0 });
    ({ from, to } = paragraphWindow(split.length, anchor));
  }
  const paragraphs = useMemo(
    () =>
      split.slice(from, to).map((paragraph) => ({
        start: paragraph.start,
        segments: segmentText(paragraph.start, paragraph.end, ranges),
      })),
    [split, from, to, ranges],
  );
  const more = (side: "earlier" | "later", count: number) => (
    <p className="reader__more">
      <button
        type="button"
        className="link-button"
        onClick={() => setPlacement((was) => ({ ...was, [side]: was[side] + 1 }))}
      >
        {t(side === "earlier" ? "reader.showEarlier" : "reader.showLater", {
          count: Math.min(count, READER_PAGE),
        })}
      </button>{" "}
      {t(side === "earlier" ? "reader.beforeThese" : "reader.afterThese", {
        count: formatCount(count),
      })}
    </p>
  );
  return (
    <>
      {from > 0 && more("earlier", from)}
      <ArticleText {...props} paragraphs={paragraphs} />
      {to < split.length && more("later", split.length - to)}
    </>
  );
}
