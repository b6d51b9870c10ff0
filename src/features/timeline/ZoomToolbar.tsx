import type { ReactNode } from "react";
import { useT } from "../../i18n/useT.ts";
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

/** A button that steps the view: its glyph is for the eye, its label names it. */
interface StepButton {
  label: string;
  glyph: string;
  /** The key that does the same, written after the label in its tooltip. */
  keys?: string;
  enabled: boolean;
  act: () => void;
}

function stepButton({ label, glyph, keys, enabled, act }: StepButton) {
  return (
    <button
      key={label}
      type="button"
      onClick={act}
      disabled={!enabled}
      aria-label={label}
      aria-keyshortcuts={keys}
      title={keys ? `${label} (${glyph})` : label}
    >
      <span aria-hidden="true">{glyph}</span>
    </button>
  );
}

/** Zoom out, zoom in, Fit, earlier and later, with the visible span written out. */
export function ZoomToolbar(props: ZoomToolbarProps) {
  const t = useT();
  const [earlier, later] = props.orientation === "horizontal" ? ["←", "→"] : ["↑", "↓"];
  const zoomSteps: StepButton[] = [
    {
      label: t("timeline.zoomOut"),
      glyph: "−",
      keys: "-",
      enabled: props.canZoomOut,
      act: props.onZoomOut,
    },
    {
      label: t("timeline.zoomIn"),
      glyph: "+",
      keys: "+",
      enabled: props.canZoomIn,
      act: props.onZoomIn,
    },
  ];
  const panSteps: StepButton[] = [
    {
      label: t("timeline.earlier"),
      glyph: earlier,
      enabled: props.canPanEarlier,
      act: () => props.onPan(-1),
    },
    {
      label: t("timeline.later"),
      glyph: later,
      enabled: props.canPanLater,
      act: () => props.onPan(1),
    },
  ];
  return (
    <div className="zoom-toolbar">
      <div className="zoom-toolbar__buttons" role="toolbar" aria-label={t("timeline.zoomToolbar")}>
        {zoomSteps.map(stepButton)}
        <button
          type="button"
          onClick={props.onFit}
          aria-keyshortcuts="0"
          title={t("timeline.fitAllTitle")}
        >
          {t("timeline.fit")}
        </button>
        {props.onFitResults && (
          <button type="button" onClick={props.onFitResults} title={t("timeline.fitResultsTitle")}>
            {t("timeline.fitResults")}
          </button>
        )}
        {panSteps.map(stepButton)}
        {props.onKeys && (
          <button
            type="button"
            onClick={props.onKeys}
            aria-expanded={props.keysShown ?? false}
            aria-controls="timeline-help"
            title={t("timeline.keysTitle")}
          >
            {t("timeline.keys")}
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
