import type { EventType } from "../data/datasetSchema.ts";
import { TypeSymbolPath } from "./TypeSymbolPath.tsx";

/** A type's shape as a small inline icon for HTML text (legends, badges, toggles). */
export function TypeIcon({ type, size = 12 }: { type: EventType; size?: number }) {
  return (
    <svg
      className="type-icon"
      data-type={type}
      width={size}
      height={size}
      viewBox={`${-size / 2} ${-size / 2} ${size} ${size}`}
      aria-hidden="true"
      focusable="false"
    >
      <TypeSymbolPath type={type} radius={size / 2} />
    </svg>
  );
}
