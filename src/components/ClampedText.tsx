import { useState } from "react";
import { ShowMoreButton } from "./ShowMoreButton.tsx";

/** Where to cut a long text: at the last space before `limit`, or at `limit` if there is none. */
export function clampPoint(text: string, limit: number): number {
  if (text.length <= limit) return text.length;
  const space = text.lastIndexOf(" ", limit);
  return space > limit * 0.6 ? space : limit;
}

/**
 * A text shown in full up to `limit` characters; a longer one is cut, with "Show more" to read it
 * all (and "Show less" to fold it again), so one huge string cannot swamp the page.
 */
export function ClampedText({ text, limit = 600 }: { text: string; limit?: number }) {
  const [open, setOpen] = useState(false);
  const cut = clampPoint(text, limit);
  if (cut === text.length) return <>{text}</>;
  return (
    <>
      {open ? text : `${text.slice(0, cut)}…`}{" "}
      <ShowMoreButton open={open} onToggle={() => setOpen(!open)} />
    </>
  );
}

/** A text cut to `limit` characters with "…", for places with no room for "Show more" (names). */
export function shortText(text: string, limit = 300): string {
  const cut = clampPoint(text, limit);
  return cut === text.length ? text : `${text.slice(0, cut)}…`;
}
