import { type ReactNode, useRef } from "react";
import { useDismiss } from "../components/useDismiss.ts";

/** "More": the toolbar's controls that have no room in its row, in a menu that drops down. */
export function MoreMenu({ children }: { children: ReactNode }) {
  const menu = useRef<HTMLDetailsElement>(null);
  useDismiss(menu);
  return (
    <details ref={menu} className="more-menu">
      <summary>More</summary>
      <div className="more-menu__panel">{children}</div>
    </details>
  );
}
