import { Suspense, useRef, useState } from "react";
import { LoadingState } from "../../components/LoadingState.tsx";
import { useCopyText } from "../../components/useCopyText.ts";
import { useDismiss } from "../../components/useDismiss.ts";
import type { IndexedDataset } from "../../data/indexDataset.ts";
import { useT } from "../../i18n/useT.ts";
import type { ViewState } from "../../state/viewState.ts";
import { LazySharePanel } from "./preloadMenuPanels.ts";

interface ShareMenuProps {
  data: IndexedDataset;
  /** The view as it is now (read when the panel opens: the window changes without a render). */
  readState: () => ViewState;
  /** The dataset came from a file on this device, not from an address: a link cannot open it. */
  local: boolean;
}

/**
 * "Share": the menu's button, drawn at once, and its panel (the link of the current view and what
 * it opens, or how to publish a local file), whose code loads when the menu is first opened, if it
 * has not been loaded ahead.
 */
export function ShareMenu({ data, readState, local }: ShareMenuProps) {
  const t = useT();
  const menu = useRef<HTMLDetailsElement>(null);
  useDismiss(menu);
  const [shown, setShown] = useState(false);
  // Pointing at or tabbing to the button fetches the panel's code, so that it opens at once.
  const warm = () => {
    LazySharePanel.preload().catch(() => {}); // opening it tries again
  };
  const [state, setState] = useState<ViewState | null>(null);
  const [page, setPage] = useState("");
  const [copied, copyText, resetCopied] = useCopyText();
  const onToggle = () => {
    if (!menu.current?.open) return;
    setShown(true);
    setState(readState());
    setPage(window.location.href);
    resetCopied();
  };
  return (
    <details
      ref={menu}
      onPointerOver={warm}
      onFocus={warm}
      className="share-menu"
      onToggle={onToggle}
    >
      <summary>{t("export.share")}</summary>
      <div className="share-menu__panel">
        {shown && (
          <Suspense fallback={<LoadingState label={t("app.loadingPanel")} />}>
            <LazySharePanel
              data={data}
              state={state}
              page={page}
              local={local}
              copied={copied}
              copyText={copyText}
            />
          </Suspense>
        )}
      </div>
    </details>
  );
}
