import { createContext, useContext } from "react";

/**
 * True where the page is the first view rendered at build time (on the server, and while the
 * browser hydrates that markup): the first render must give the same markup, so it draws at a
 * fixed width with approximate text widths, and measures the real ones once hydrated.
 */
export const FirstViewContext = createContext(false);

/** Whether this render is (or hydrates) the first view rendered at build time. */
export function useFirstView(): boolean {
  return useContext(FirstViewContext);
}
