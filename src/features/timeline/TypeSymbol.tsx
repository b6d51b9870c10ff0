import {
  type SymbolType,
  symbol,
  symbolCircle,
  symbolCross,
  symbolDiamond,
  symbolSquare,
  symbolStar,
  symbolTriangle,
  symbolWye,
} from "d3-shape";
import type { EventType } from "../../data/schema.ts";

/** Each type has its own shape, so types are told apart without colour. */
const SHAPES: Record<EventType, { type: SymbolType; rotate: number }> = {
  departure: { type: symbolTriangle, rotate: 180 },
  board: { type: symbolSquare, rotate: 0 },
  appointment: { type: symbolStar, rotate: 0 },
  statement: { type: symbolCircle, rotate: 0 },
  report: { type: symbolDiamond, rotate: 0 },
  policy: { type: symbolWye, rotate: 0 },
  other: { type: symbolCross, rotate: 45 },
};

const paths = new Map<string, string>();

/** The SVG path of a type's shape with the given radius, centred on 0,0. */
export function typeSymbolPath(type: EventType, radius: number): string {
  const key = `${type}:${radius}`;
  let path = paths.get(key);
  if (path === undefined) {
    // d3 sizes symbols by area; scale so each shape's bounding box is about 2 × radius.
    path = symbol(SHAPES[type].type, (radius * 2) ** 2 * 0.75)() ?? "";
    paths.set(key, path);
  }
  return path;
}

/** A type's shape as an SVG element (inside an <svg> or <g>). */
export function TypeSymbolPath({
  type,
  radius,
  x = 0,
  y = 0,
  className,
}: {
  type: EventType;
  radius: number;
  x?: number;
  y?: number;
  className?: string;
}) {
  const { rotate } = SHAPES[type];
  return (
    <path
      className={className}
      d={typeSymbolPath(type, radius)}
      transform={`translate(${x},${y})${rotate ? ` rotate(${rotate})` : ""}`}
    />
  );
}

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
      <TypeSymbolPath type={type} radius={size / 2 - 1} />
    </svg>
  );
}
