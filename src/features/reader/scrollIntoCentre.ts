/**
 * Centres an element in its nearest scrolling ancestor (the reader's panel or sheet), leaving the
 * page where it is, so the toolbar and the timeline stay in view; with no such ancestor (the
 * panel is part of the page), the page scrolls.
 */
export function scrollIntoCentre(element: HTMLElement, smooth: boolean): void {
  const behavior = smooth ? "smooth" : "auto";
  for (let box = element.parentElement; box; box = box.parentElement) {
    if (!/auto|scroll/.test(getComputedStyle(box).overflowY)) continue;
    if (box.scrollHeight <= box.clientHeight) continue;
    const frame = box.getBoundingClientRect();
    const rect = element.getBoundingClientRect();
    // Only the part of the box inside the window counts: centre the element in what is seen.
    const top = Math.max(frame.top, 0);
    const bottom = Math.min(frame.bottom, window.innerHeight);
    const offset = rect.top - top - (bottom - top - rect.height) / 2;
    box.scrollTo({ top: box.scrollTop + offset, behavior });
    return;
  }
  element.scrollIntoView({ block: "center", behavior });
}
