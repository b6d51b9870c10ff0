import type { EventType } from "../../data/schema.ts";
import type { MarkLayout } from "../../timeline/layoutTimeline.ts";
import { activateOnKey } from "./activateOnKey.ts";
import { TypeSymbolPath } from "./TypeSymbol.tsx";

interface EventMarkProps {
  mark: MarkLayout;
  type: EventType;
  /** Vertical centre of the mark's row. */
  y: number;
  barHeight: number;
  radius: number;
  /** Accessible name: title, date and type. */
  name: string;
  selected: boolean;
  /** The one mark in the tab order (roving tabindex). */
  tabbable: boolean;
  onSelect: (id: string) => void;
  onFocus: (id: string) => void;
}

/**
 * One event: a shape for a day, a tinted bar with a dashed outline for a longer or uncertain date,
 * and its title.
 */
export function EventMark({
  mark,
  type,
  y,
  barHeight,
  radius,
  name,
  selected,
  tabbable,
  onSelect,
  onFocus,
}: EventMarkProps) {
  const onKeyDown = activateOnKey(() => onSelect(mark.id));
  const fade = mark.openStart ? "url(#fade-start)" : mark.openEnd ? "url(#fade-end)" : undefined;
  const pad = 3;
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
      onClick={() => onSelect(mark.id)}
      onKeyDown={onKeyDown}
      onFocus={() => onFocus(mark.id)}
    >
      {/* Only the mark that can take focus, and the selected one, need a ring: fewer nodes. */}
      {(tabbable || selected) && (
        <rect
          className="mark__focus"
          x={mark.x0 - pad}
          y={y - barHeight / 2 - pad}
          width={mark.x1 - mark.x0 + 2 * pad}
          height={barHeight + 2 * pad}
          rx={4}
        />
      )}
      {mark.kind === "point" ? (
        <TypeSymbolPath
          className="mark__shape"
          type={type}
          radius={radius}
          x={(mark.x0 + mark.x1) / 2}
          y={y}
        />
      ) : (
        <rect
          className="mark__bar"
          x={mark.x0}
          y={y - barHeight / 2}
          width={mark.x1 - mark.x0}
          height={barHeight}
          rx={3}
          mask={fade}
        />
      )}
      {mark.label && (
        <text
          className={`mark__label${mark.label.inside ? " mark__label--inside" : ""}`}
          x={mark.label.x}
          y={y}
          dominantBaseline="central"
          aria-hidden="true"
        >
          {mark.label.text}
        </text>
      )}
    </g>
  );
}
