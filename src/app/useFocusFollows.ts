import { type RefObject, useCallback, useEffect, useRef } from "react";
import { focusSoon, isFocusable } from "./focusSoon.ts";

/** What the side panel shows: an event's details, and perhaps the article at one of its excerpts. */
interface Shown {
  event: string | null;
  reader: number | null;
}

const byEvent = (id: string) => `[data-event-id="${CSS.escape(id)}"]`;

/** The event an element stands for (a mark, a card, an undated event's button), if any. */
const eventOf = (element: Element) =>
  element.closest("[data-event-id]")?.getAttribute("data-event-id") ?? null;

/** The control that stands for an event in the view: its mark, its undated button, or its card's title. */
function eventControl(view: HTMLElement | null, id: string): HTMLElement | SVGElement | null {
  const element = view?.querySelector<HTMLElement | SVGElement>(byEvent(id)) ?? null;
  if (element?.tagName === "ARTICLE")
    return element.querySelector<HTMLElement>(".event-card__open") ?? null;
  return element;
}

/**
 * Focus that follows the panel: into the details' heading when they open, to the article when it
 * opens, and back, step by step, to where each was opened from when Esc, Back or a close button
 * closes it (the "Show in article" button, then the mark or card). Never left on the page's body.
 * Returns `remember`, to call just before a control inside the panel replaces the panel's view
 * (its button leaves the page with it).
 */
export function useFocusFollows(
  { event, reader }: Shown,
  panelRef: RefObject<HTMLElement | null>,
  mainRef: RefObject<HTMLElement | null>,
): { remember: () => void } {
  const lastOutside = useRef<Element | null>(null);
  const remembered = useRef<Element | null>(null);
  const openers = useRef<{ details: Element | null; reader: Element | null }>({
    details: null,
    reader: null,
  });
  const before = useRef<Shown>({ event, reader });

  useEffect(() => {
    const onFocusIn = (e: FocusEvent) => {
      if (e.target instanceof Element && !panelRef.current?.contains(e.target))
        lastOutside.current = e.target;
    };
    document.addEventListener("focusin", onFocusIn);
    return () => document.removeEventListener("focusin", onFocusIn);
  }, [panelRef]);

  const remember = useCallback(() => {
    remembered.current = document.activeElement;
  }, []);

  useEffect(() => {
    const was = before.current;
    before.current = { event, reader };
    if (was.event === event && was.reader === reader) return;
    const focused = document.activeElement;
    const here = focused && focused !== document.body ? focused : null;
    const opener = remembered.current ?? here ?? lastOutside.current;
    remembered.current = null;
    const panel = panelRef.current;
    const inPanel = panel !== null && focused !== null && panel.contains(focused);

    if (was.event === null && event !== null) openers.current.details = opener;
    if (event === null) {
      // Closed: back to the opener if it stands for this event (or for none), else to the
      // event's own mark or card, else the opener, else the view.
      const closed = was.event;
      const from = openers.current.details;
      openers.current = { details: null, reader: null };
      if (closed === null) return;
      const own = eventControl(mainRef.current, closed);
      const fromOwn = isFocusable(from) && [closed, null].includes(eventOf(from));
      const target = fromOwn ? from : (own ?? (isFocusable(from) ? from : mainRef.current));
      target?.focus();
      return;
    }
    if (reader !== null) {
      if (was.reader === null) openers.current.reader = opener;
      // The reader focuses its chosen excerpt once the text is in; until then, its panel.
      if (!inPanel) panel?.focus({ preventScroll: true });
      return;
    }
    if (was.reader !== null) {
      // The reader closed, the details back: to the button that opened the reader.
      const from = openers.current.reader;
      openers.current.reader = null;
      const index = was.reader;
      return focusSoon(
        () =>
          (isFocusable(from) && panelRef.current?.contains(from) ? from : null) ??
          panelRef.current?.querySelector<HTMLElement>(`[data-show-excerpt="${index}"]`) ??
          panelRef.current?.querySelector<HTMLElement>("#details-title") ??
          null,
      );
    }
    // Details opened, or another event chosen from outside them: their heading. A step from
    // inside (Previous, Next) keeps focus on that button.
    if (!inPanel)
      return focusSoon(
        () => panelRef.current?.querySelector<HTMLElement>("#details-title") ?? null,
      );
  }, [event, reader, panelRef, mainRef]);

  return { remember };
}
