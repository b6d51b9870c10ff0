import { useEffect } from "react";
import { parsePymMessage, pymMessage } from "../embed/pymMessage.ts";

/**
 * Inside another site's page (`?embed=1`), tells the parent page how tall this one is, as a
 * Pym.js child does: at once, whenever the content's height changes, and whenever the parent
 * sends its width. The id is the `childId` a Pym.js parent gives the iframe's address.
 */
export function usePymChild(enabled: boolean): void {
  useEffect(() => {
    if (!enabled || window.parent === window) return;
    const id = new URLSearchParams(window.location.search).get("childId") ?? "";
    let last = -1;
    let frame = 0;
    const send = () => {
      frame = 0;
      const height = Math.ceil(document.body.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      window.parent.postMessage(pymMessage({ id, type: "height", message: String(height) }), "*");
    };
    const soon = () => {
      frame ||= requestAnimationFrame(send);
    };
    const observer = new ResizeObserver(soon);
    observer.observe(document.body);
    const onMessage = (e: MessageEvent) => {
      const message = e.source === window.parent ? parsePymMessage(e.data) : null;
      if (message && message.id === id && message.type === "width") {
        last = -1;
        soon();
      }
    };
    window.addEventListener("message", onMessage);
    send();
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
      window.removeEventListener("message", onMessage);
    };
  }, [enabled]);
}
