import { useCallback, useEffect, useRef, useState } from "react";
import { keepLanguage } from "./keepLanguage.ts";
import { parseViewState } from "./parseViewState.ts";
import { serializeViewState } from "./serializeViewState.ts";
import type { ViewState } from "./viewState.ts";

/**
 * How a change reaches the address bar: a new history entry, an in-place update, or (for the
 * visible window, which changes every frame) an in-place update that re-renders nothing.
 */
export type HistoryMode = "push" | "replace" | "silent";

/** Quiet updates (zoom, typing) are written at most this often; browsers cap history writes. */
const REPLACE_DELAY_MS = 250;

function currentUrl(state: ViewState): string {
  const lang = new URLSearchParams(window.location.search).get("lang");
  return `${window.location.pathname}${keepLanguage(serializeViewState(state), lang)}${window.location.hash}`;
}

/**
 * The view state, kept in the query string: selections push history entries (so back and
 * forward step through them), everything else replaces the current one, debounced. With
 * `selections` "replace" (a page inside another site's, whose history the parent's Back button
 * walks) selections replace the current entry at once instead. The third item reads the latest
 * state, quiet changes included.
 */
export function useViewState(
  selections: "push" | "replace" = "push",
): [ViewState, (patch: Partial<ViewState>, mode: HistoryMode) => void, () => ViewState] {
  // A page rendered at build time has no address: it is the default view.
  const [state, setState] = useState(() =>
    parseViewState(typeof window === "undefined" ? "" : window.location.search),
  );
  const latest = useRef(state);
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    const onPopState = () => {
      if (pending.current) clearTimeout(pending.current);
      pending.current = null;
      const next = parseViewState(window.location.search);
      latest.current = next;
      setState(next);
    };
    window.addEventListener("popstate", onPopState);
    return () => {
      window.removeEventListener("popstate", onPopState);
      if (pending.current) clearTimeout(pending.current);
    };
  }, []);

  const update = useCallback(
    (patch: Partial<ViewState>, mode: HistoryMode) => {
      const previous = latest.current;
      const next = { ...previous, ...patch };
      latest.current = next;
      if (mode !== "silent") setState(next);
      const flushing = pending.current !== null;
      if (pending.current) clearTimeout(pending.current);
      pending.current = null;
      if (mode === "push") {
        if (selections === "replace") window.history.replaceState(null, "", currentUrl(next));
        else {
          // The entry being left keeps any quiet change still waiting to be written.
          if (flushing) window.history.replaceState(null, "", currentUrl(previous));
          window.history.pushState(null, "", currentUrl(next));
        }
      } else {
        pending.current = setTimeout(() => {
          pending.current = null;
          window.history.replaceState(null, "", currentUrl(latest.current));
        }, REPLACE_DELAY_MS);
      }
    },
    [selections],
  );

  // The latest state, quiet changes (the window) included, for a link to the view as it is now.
  const read = useCallback(() => latest.current, []);
  return [state, update, read];
}
