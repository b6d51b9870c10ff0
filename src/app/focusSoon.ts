/** How long to keep looking for an element that is still loading (a lazy view's first open). */
const LOOK_FOR_MS = 3000;

/**
 * Focuses the element `find` returns as soon as it exists: now, or on a later frame (the details
 * load on first use). Returns a function that stops looking.
 */
export function focusSoon(
  find: () => HTMLElement | SVGElement | null,
  options: FocusOptions = {},
): () => void {
  const until = performance.now() + LOOK_FOR_MS;
  let frame = 0;
  const attempt = () => {
    const element = find();
    if (element) element.focus(options);
    else if (performance.now() < until) frame = requestAnimationFrame(attempt);
  };
  attempt();
  return () => cancelAnimationFrame(frame);
}

/** Whether an element is still in the page and can be given focus back. */
export function isFocusable(element: Element | null): element is HTMLElement | SVGElement {
  if (!(element instanceof HTMLElement || element instanceof SVGElement)) return false;
  return element.isConnected && !element.closest("[inert]");
}

/**
 * Makes everything but `element` (and the live regions that speak for the page) inert, as a
 * dialog covering the screen does: the page under it can be neither tabbed to nor read. Returns
 * the undo.
 */
export function inertOutside(element: Element): () => void {
  const made: Element[] = [];
  for (
    let node: Element | null = element;
    node && node !== document.body;
    node = node.parentElement
  ) {
    for (const sibling of node.parentElement?.children ?? []) {
      if (sibling === node || sibling.hasAttribute("inert") || sibling.hasAttribute("aria-live"))
        continue;
      if (sibling.tagName === "SCRIPT") continue;
      sibling.setAttribute("inert", "");
      made.push(sibling);
    }
  }
  return () => {
    for (const sibling of made) sibling.removeAttribute("inert");
  };
}
