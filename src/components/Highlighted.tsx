import { createContext, useContext } from "react";
import { highlightRanges } from "../state/highlightRanges.ts";

/** The search the shown text is highlighted for; "" (the default) highlights nothing. */
export const HighlightQuery = createContext("");

/** The search to highlight matches of, set once around the views by `HighlightQuery`. */
export function useHighlightQuery(): string {
  return useContext(HighlightQuery);
}

/**
 * A text with the words of `query` in <mark> elements, matched as the search matches them; text
 * only (React escapes it), never HTML. `query` defaults to the surrounding `HighlightQuery`.
 */
export function Highlighted({ text, query }: { text: string; query?: string }) {
  const around = useHighlightQuery();
  const ranges = highlightRanges(text, query ?? around);
  if (ranges.length === 0) return <>{text}</>;
  const parts: (string | React.JSX.Element)[] = [];
  let at = 0;
  for (const { start, end } of ranges) {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(
      <mark key={start} className="search-hit">
        {text.slice(start, end)}
      </mark>,
    );
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
