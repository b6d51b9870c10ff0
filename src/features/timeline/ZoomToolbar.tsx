interface ZoomToolbarProps {
  caption: string;
  canZoomIn: boolean;
  canZoomOut: boolean;
  onZoomIn: () => void;
  onZoomOut: () => void;
  onFit: () => void;
}

/** Zoom out, zoom in and Fit, with the visible span written out. */
export function ZoomToolbar({
  caption,
  canZoomIn,
  canZoomOut,
  onZoomIn,
  onZoomOut,
  onFit,
}: ZoomToolbarProps) {
  return (
    <div className="zoom-toolbar" role="toolbar" aria-label="Zoom">
      <button
        type="button"
        onClick={onZoomOut}
        disabled={!canZoomOut}
        aria-label="Zoom out"
        aria-keyshortcuts="-"
        title="Zoom out (−)"
      >
        −
      </button>
      <button
        type="button"
        onClick={onZoomIn}
        disabled={!canZoomIn}
        aria-label="Zoom in"
        aria-keyshortcuts="+"
        title="Zoom in (+)"
      >
        +
      </button>
      <button type="button" onClick={onFit} aria-keyshortcuts="0" title="Fit all events (0)">
        Fit
      </button>
      <span className="zoom-toolbar__caption">{caption}</span>
    </div>
  );
}
