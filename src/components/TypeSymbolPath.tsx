import {
  type SymbolType,
  symbolCircle,
  symbolCross,
  symbolDiamond,
  symbolSquare,
  symbolStar,
  symbolTriangle,
  symbolWye,
} from "d3-shape";
import type { EventType } from "../data/datasetSchema.ts";

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

/** The corners of a d3 symbol's outline, a polygon (not a circle's). */
function corners(type: SymbolType): [number, number][] {
  const points: [number, number][] = [];
  const record = (x: number, y: number) => {
    points.push([x, y]);
  };
  type.draw(
    {
      moveTo: record,
      lineTo: record,
      closePath: () => {},
      arc: () => {},
      rect: (x: number, y: number, w: number, h: number) => {
        points.push([x, y], [x + w, y], [x + w, y + h], [x, y + h]);
      },
      // biome-ignore lint/suspicious/noExplicitAny: the recorder takes only what symbols draw.
    } as any,
    100,
  );
  return points;
}

/** Twice the area of a polygon (the shoelace formula). */
function doubleArea(points: readonly (readonly [number, number])[]): number {
  let sum = 0;
  points.forEach(([x, y], i) => {
    const [nx, ny] = points[(i + 1) % points.length] as readonly [number, number];
    sum += x * ny - nx * y;
  });
  return Math.abs(sum);
}

/** Every shape covers about this share of its 2r × 2r box, as a circle of 0.9 r does. */
const AREA = Math.PI * 0.9 ** 2;

/**
 * The SVG path of a type's shape, centred on 0,0 and turned as the type is drawn: about as heavy
 * as the others (the same area where it can), and never past a square of 2 × radius, so a mark
 * never reaches past the box its label is placed beside.
 */
export function typeSymbolPath(type: EventType, radius: number): string {
  const key = `${type}:${radius}`;
  let path = paths.get(key);
  if (path === undefined) {
    const shape = SHAPES[type];
    const points = shape.type === symbolCircle ? [] : corners(shape.type);
    if (points.length === 0) {
      const r = radius * 0.9;
      path = `M${r},0A${r},${r},0,1,1,${-r},0A${r},${r},0,1,1,${r},0Z`;
    } else {
      const angle = (shape.rotate * Math.PI) / 180;
      const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
      const turned = points.map(([x, y]) => [x * cos - y * sin, x * sin + y * cos] as const);
      const extent = Math.max(...turned.map(([x, y]) => Math.max(Math.abs(x), Math.abs(y))));
      const area = doubleArea(turned) / 2 / extent ** 2;
      const k = (radius / extent) * Math.min(1, Math.sqrt(AREA / area));
      const round = (v: number) => Math.round(v * k * 1000) / 1000;
      path = `M${turned.map(([x, y]) => `${round(x)},${round(y)}`).join("L")}Z`;
    }
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
  return (
    <path
      className={className}
      d={typeSymbolPath(type, radius)}
      transform={`translate(${x},${y})`}
    />
  );
}
