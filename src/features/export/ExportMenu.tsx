import { Suspense, useRef, useState } from "react";
import { LoadingState } from "../../components/LoadingState.tsx";
import { useDismiss } from "../../components/useDismiss.ts";
import type { Dataset, TimelineEvent } from "../../data/datasetSchema.ts";
import { useT } from "../../i18n/useT.ts";
import { LazyExportPanel } from "./preloadMenuPanels.ts";

/**
 * "Export": the menu's button, drawn at once, and its panel (the formats and the embed code),
 * whose code loads when the menu is first opened, if it has not been loaded ahead.
 */
export function ExportMenu({
  dataset,
  events,
}: {
  dataset: Dataset;
  events: readonly TimelineEvent[];
}) {
  const t = useT();
  const menu = useRef<HTMLDetailsElement>(null);
  useDismiss(menu);
  const [shown, setShown] = useState(false);
  // Pointing at or tabbing to the button fetches the panel's code, so that it opens at once.
  const warm = () => {
    LazyExportPanel.preload().catch(() => {}); // opening it tries again
  };
  const close = () => {
    if (menu.current) menu.current.open = false;
  };
  return (
    <details
      ref={menu}
      onPointerOver={warm}
      onFocus={warm}
      className="export-menu"
      onToggle={() => {
        if (menu.current?.open) setShown(true);
      }}
    >
      <summary>{t("export.export")}</summary>
      <div className="export-menu__panel">
        {shown && (
          <Suspense fallback={<LoadingState label={t("app.loadingPanel")} />}>
            <LazyExportPanel dataset={dataset} events={events} onSaved={close} />
          </Suspense>
        )}
      </div>
    </details>
  );
}
