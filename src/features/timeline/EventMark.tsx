import type { MouseEvent } from "react";
import { TypeSymbolPath } from "../../components/TypeSymbolPath.tsx";
import type { EventType } from "../../data/datasetSchema.ts";
import { hitBox } from "../../timeline/hitArea.ts";
import type { MarkLayout, Orientation } from "../../timeline/modelTypes.ts";
import { activateOnKey } from "./activateOnKey.ts";
import { MarkLabel } from "./MarkLabel.tsx";
import { rectOf } from "./rectOf.ts";

interface EventMarkProps {
  mark: MarkLayout;
  type: EventType;
  orientation: Orientation;
  /** Accessible name: title, date and type. */
  name: string;
  selected: boolean;
  /** The one mark in the tab order (roving tabindex). */
  tabbable: boolean;
  /** The least width and height its hit area takes, in chart pixels. */
  hit: number;
  onSelect: (id: string) => void;
  /** A click or tap: where, and with what (stacked marks then offer a choice). */
  onPress?: (id: string, e: MouseEvent) => void;
  onFocus: (id: string) => void;
}

/** The mask that fades an open end: toward the start (left, or up) or the end (right, or down). */
function fadeMask(mark: MarkLayout, orientation: Orientation): string | undefined {
  const start = orientation === "horizontal" ? "fade-start" : "fade-top";
  const end = orientation === "horizontal" ? "fade-end" : "fade-bottom";
  return mark.openStart ? `url(#${start})` : mark.openEnd ? `url(#${end})` : undefined;
}

/**
 * One event: a shape for a day, a tinted bar with a dashed outline for a longer or uncertain date,
 * and its title. The title is a part of the button, so tapping the words selects the event too.
 */
export function EventMark({
  mark,
  type,
  orientation,
  name,
  selected,
  tabbable,
  hit,
  onSelect,
  onPress,
  onFocus,
}: EventMarkProps) {
  const onKeyDown = activateOnKey(() => onSelect(mark.id));
  const pad = 3;
  const { x0, x1, y0, y1 } = mark;
  return (
    // biome-ignore lint/a11y/useSemanticElements: an SVG mark cannot be a <button>; it acts as one.
    <g
      className={`mark mark--${mark.kind}${selected ? " is-selected" : ""}`}
      data-type={type}
      data-event-id={mark.id}
      role="button"
      tabIndex={tabbable ? 0 : -1}
      aria-label={name}
      aria-pressed={selected}
      onClick={(e) => (onPress ? onPress(mark.id, e) : onSelect(mark.id))}
      onKeyDown={onKeyDown}
      onFocus={() => onFocus(mark.id)}
    >
      {/* Transparent, under the shape: small marks are easy to hit (WCAG 2.2 target size). */}
      <rect className="mark__hit" {...rectOf(hitBox(mark, hit))} />
      {/* Only the mark that can take focus, and the selected one, need a ring: fewer nodes. */}
      {(tabbable || selected) && <rect className="mark__focus" {...rectOf(mark, pad)} rx={4} />}
      {mark.kind === "point" ? (
        <TypeSymbolPath
          className="mark__shape"
          type={type}
          radius={(x1 - x0) / 2}
          x={(x0 + x1) / 2}
          y={(y0 + y1) / 2}
        />
      ) : (
        <rect className="mark__bar" {...rectOf(mark)} rx={3} mask={fadeMask(mark, orientation)} />
      )}
      {mark.label && <MarkLabel label={mark.label} />}
    </g>
  );
}
