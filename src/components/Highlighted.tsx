import { createContext, useContext } from "react";
import { highlightRanges } from "../search/highlightRanges.ts";

/** The search the shown text is highlighted for; "" (the default) highlights nothing. */
export const HighlightQuery = createContext("");

/** The search to highlight matches of, set once around the views by `HighlightQuery`. */
export function useHighlightQuery(): string {
  return useContext(HighlightQuery);
}

/** Splits `text` into its stretches, each marked as a match of `query` or not. */
function pieces(text: string, query: string): { text: string; hit: boolean; at: number }[] {
  const out: { text: string; hit: boolean; at: number }[] = [];
  let at = 0;
  for (const { start, end } of highlightRanges(text, query)) {
    if (start > at) out.push({ text: text.slice(at, start), hit: false, at });
    out.push({ text: text.slice(start, end), hit: true, at: start });
    at = end;
  }
  if (at < text.length) out.push({ text: text.slice(at), hit: false, at });
  return out;
}

/**
 * A text with the words of `query` in <mark> elements, matched as the search matches them; text
 * only (React escapes it), never HTML. `query` defaults to the surrounding `HighlightQuery`.
 */
export function Highlighted({ text, query }: { text: string; query?: string }) {
  const around = useHighlightQuery();
  return (
    <>
      {pieces(text, query ?? around).map((piece) =>
        piece.hit ? (
          <mark key={piece.at} className="search-hit">
            {piece.text}
          </mark>
        ) : (
          piece.text
        ),
      )}
    </>
  );
}

/**
 * The same inside SVG text (a chart label): matches in <tspan>s underlined, which, unlike bold,
 * leaves the label as wide as it was measured.
 */
export function HighlightedSvgText({ text }: { text: string }) {
  const query = useHighlightQuery();
  return (
    <>
      {pieces(text, query).map((piece) =>
        piece.hit ? (
          <tspan key={piece.at} className="mark__label-hit">
            {piece.text}
          </tspan>
        ) : (
          piece.text
        ),
      )}
    </>
  );
}
