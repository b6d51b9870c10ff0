import { type ReactNode, useRef } from "react";
import { useDismiss } from "../components/useDismiss.ts";
import { useT } from "../i18n/useT.ts";

/** "More": the toolbar's controls that have no room in its row, in a menu that drops down. */
export function MoreMenu({ children }: { children: ReactNode }) {
  const t = useT();
  const menu = useRef<HTMLDetailsElement>(null);
  useDismiss(menu);
  return (
    <details ref={menu} className="more-menu">
      <summary>{t("app.more")}</summary>
      <div className="more-menu__panel">{children}</div>
    </details>
  );
}
