import { lazyWithPreload } from "../../components/lazyWithPreload.ts";

// The menus' panels load when first opened (or ahead, with the other views): only their buttons
// are in the first view.
export const LazyExportPanel = lazyWithPreload(() =>
  import("./ExportPanel.tsx").then((m) => m.ExportPanel),
);
export const LazySharePanel = lazyWithPreload(() =>
  import("./SharePanel.tsx").then((m) => m.SharePanel),
);

/** Loads the Export and Share panels ahead of need, so that opening a menu shows it at once. */
export function preloadMenuPanels(): Promise<unknown> {
  return Promise.all([LazyExportPanel.preload(), LazySharePanel.preload()]);
}
