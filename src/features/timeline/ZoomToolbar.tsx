import type { ReactNode } from "react";
import type { Orientation } from "../../timeline/modelTypes.ts";

interface ZoomToolbarProps {
  caption: string;
  /** How many events are shown, after the caption. */
  status?: ReactNode;
  orientation: Orientation;
  canZoomIn: boolean;
  canZoomOut: boolean;
  canPanEarlier: boolean;
  canPanLater: boolean;
  onZoomIn: () => void;
  onZoomOut: () => void;
  onFit: () => void;
  /** Zooms to the events a search or filter left ("Fit to results"); absent when none is active. */
  onFitResults?: (() => void) | undefined;
  /** Moves the window earlier (-1) or later (1). */
  onPan: (direction: -1 | 1) => void;
  /** Whether the keyboard's keys are written out under the toolbar. */
  keysShown?: boolean;
  onKeys?: () => void;
  /** What the marks mean, after the buttons. */
  legend?: ReactNode;
}

/** Zoom out, zoom in, Fit, earlier and later, with the visible span written out. */
export function ZoomToolbar(props: ZoomToolbarProps) {
  const across = props.orientation === "horizontal";
  return (
    <div className="zoom-toolbar">
      <div className="zoom-toolbar__buttons" role="toolbar" aria-label="Zoom and scroll">
        <button
          type="button"
          onClick={props.onZoomOut}
          disabled={!props.canZoomOut}
          aria-label="Zoom out"
          aria-keyshortcuts="-"
          title="Zoom out (−)"
        >
          −
        </button>
        <button
          type="button"
          onClick={props.onZoomIn}
          disabled={!props.canZoomIn}
          aria-label="Zoom in"
          aria-keyshortcuts="+"
          title="Zoom in (+)"
        >
          +
        </button>
        <button
          type="button"
          onClick={props.onFit}
          aria-keyshortcuts="0"
          title="Fit all events (0)"
        >
          Fit
        </button>
        {props.onFitResults && (
          <button
            type="button"
            onClick={props.onFitResults}
            title="Zoom to the events the search and filters leave"
          >
            Fit to results
          </button>
        )}
        <button
          type="button"
          onClick={() => props.onPan(-1)}
          disabled={!props.canPanEarlier}
          aria-label="Earlier"
          title="Earlier"
        >
          <span aria-hidden="true">{across ? "←" : "↑"}</span>
        </button>
        <button
          type="button"
          onClick={() => props.onPan(1)}
          disabled={!props.canPanLater}
          aria-label="Later"
          title="Later"
        >
          <span aria-hidden="true">{across ? "→" : "↓"}</span>
        </button>
        {props.onKeys && (
          <button
            type="button"
            onClick={props.onKeys}
            aria-expanded={props.keysShown ?? false}
            aria-controls="timeline-help"
            title="Keyboard keys for the timeline"
          >
            Keys
          </button>
        )}
      </div>
      {props.legend}
      <p className="zoom-toolbar__text">
        <span className="zoom-toolbar__caption">{props.caption}</span>
        {props.status && <span className="zoom-toolbar__status"> · {props.status}</span>}
      </p>
    </div>
  );
}
