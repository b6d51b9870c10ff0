import { useState } from "react";
import { clampPoint } from "../lib/shortText.ts";
import { Highlighted } from "./Highlighted.tsx";
import { ShowMoreButton } from "./ShowMoreButton.tsx";

/**
 * A text shown in full up to `limit` characters; a longer one is cut, with "Show more" to read it
 * all (and "Show less" to fold it again), so one huge string cannot swamp the page.
 */
export function ClampedText({ text, limit = 600 }: { text: string; limit?: number }) {
  const [open, setOpen] = useState(false);
  const cut = clampPoint(text, limit);
  // A search's matches are marked in it (see `HighlightQuery`).
  // Dataset text, isolated: an English title keeps its order inside an Arabic sentence.
  if (cut === text.length)
    return (
      <bdi>
        <Highlighted text={text} />
      </bdi>
    );
  return (
    <>
      <bdi>
        <Highlighted text={open ? text : `${text.slice(0, cut)}…`} />
      </bdi>{" "}
      <ShowMoreButton open={open} onToggle={() => setOpen(!open)} />
    </>
  );
}
