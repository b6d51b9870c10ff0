import { type KeyboardEvent, type PointerEvent, useMemo, useRef } from "react";
import type { Era } from "../../data/datasetSchema.ts";
import { formatInstantDay } from "../../dates/formatInstantDay.ts";
import { useT } from "../../i18n/useT.ts";
import { densityBins } from "../../timeline/densityBins.ts";
import { handleHit, MIN_HIT } from "../../timeline/hitArea.ts";
import { layoutEras } from "../../timeline/layoutEras.ts";
import { timeScale } from "../../timeline/timeScale.ts";
import { DAY_MS, type TimeWindow } from "../../timeline/types.ts";
import { clampWindow, panBy, type ZoomBounds } from "../../timeline/zoomWindow.ts";

interface OverviewStripProps {
  /** The instant each drawn event is centred on. */
  instants: ArrayLike<number>;
  bounds: ZoomBounds;
  window: TimeWindow;
  width: number;
  /** Scaled to its box's width (drawn before the box could be measured). */
  fluid?: boolean;
  /** Named periods, drawn as bands behind the density. */
  eras?: readonly Era[];
  /** The least width and height of each handle's hit area (24 px, 44 px for a finger). */
  hit?: number;
  onWindow: (window: TimeWindow) => void;
}

const HEIGHT = 44;
const HANDLE = 8;

type Drag = { part: "body" | "start" | "end"; x: number; window: TimeWindow } | null;

/** The whole period with event density and a brush for the visible window (drag, resize, keys). */
export function OverviewStrip({
  instants,
  bounds,
  window,
  width,
  fluid = false,
  eras = [],
  hit = MIN_HIT,
  onWindow,
}: OverviewStripProps) {
  const t = useT();
  const period = useMemo(() => ({ start: bounds.min, end: bounds.max }), [bounds]);
  const scale = useMemo(() => timeScale(period, Math.max(width, 1)), [period, width]);
  const binCount = Math.max(1, Math.floor(width / 4));
  const bins = useMemo(() => densityBins(instants, period, binCount), [instants, period, binCount]);
  const peak = Math.max(1, ...bins);
  const drag = useRef<Drag>(null);
  const msPerPx = (period.end - period.start) / Math.max(width, 1);
  const x0 = scale.px(window.start);
  const x1 = scale.px(window.end);

  const resize = (part: "start" | "end", base: TimeWindow, delta: number) => {
    if (part === "start") {
      const start = Math.min(base.start + delta, base.end - bounds.minSpan);
      return clampWindow({ start: Math.max(start, bounds.min), end: base.end }, bounds);
    }
    const end = Math.max(base.end + delta, base.start + bounds.minSpan);
    return clampWindow({ start: base.start, end: Math.min(end, bounds.max) }, bounds);
  };

  const onPointerDown = (e: PointerEvent<SVGElement>, part: "body" | "start" | "end") => {
    e.stopPropagation();
    e.currentTarget.setPointerCapture?.(e.pointerId);
    drag.current = { part, x: e.clientX, window };
  };
  const onPointerMove = (e: PointerEvent<SVGElement>) => {
    const d = drag.current;
    if (!d) return;
    const delta = (e.clientX - d.x) * msPerPx;
    onWindow(d.part === "body" ? panBy(d.window, delta, bounds) : resize(d.part, d.window, delta));
  };
  const onPointerUp = () => {
    drag.current = null;
  };
  const onStripPointerDown = (e: PointerEvent<SVGSVGElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    const at = period.start + (e.clientX - rect.left) * msPerPx;
    const half = (window.end - window.start) / 2;
    onWindow(clampWindow({ start: at - half, end: at + half }, bounds));
  };
  const onHandleKey = (e: KeyboardEvent, part: "start" | "end") => {
    const step = Math.max(DAY_MS, (period.end - period.start) / 50) * (e.shiftKey ? 5 : 1);
    const delta =
      e.key === "ArrowLeft" || e.key === "ArrowDown"
        ? -step
        : e.key === "ArrowRight" || e.key === "ArrowUp"
          ? step
          : 0;
    if (delta === 0) return;
    e.preventDefault();
    onWindow(resize(part, window, delta));
  };
  const barWidth = width / bins.length;
  const hitHeight = Math.min(HEIGHT, Math.max(hit, HEIGHT - 12));
  const valueText = (instant: number) => formatInstantDay(instant);

  return (
    <div className="overview">
      {/* biome-ignore lint/a11y/useSemanticElements: an SVG cannot be a <fieldset>; it groups the brush handles. */}
      <svg
        className="overview__svg"
        width={fluid ? "100%" : width}
        height={fluid ? undefined : HEIGHT}
        viewBox={fluid ? `0 0 ${width} ${HEIGHT}` : undefined}
        role="group"
        aria-label={t("timeline.overview", {
          start: valueText(period.start),
          end: valueText(period.end),
        })}
        onPointerDown={onStripPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
      >
        {eras.length > 0 && (
          <g aria-hidden="true">
            {layoutEras(eras, scale).map((era) => (
              <rect
                key={era.id}
                className="overview__era"
                x={era.pos0}
                y={0}
                width={Math.max(2, era.pos1 - era.pos0)}
                height={HEIGHT}
              />
            ))}
          </g>
        )}
        <g className="overview__density" aria-hidden="true">
          {bins.map((count, i) =>
            count === 0 ? null : (
              <rect
                // biome-ignore lint/suspicious/noArrayIndexKey: bins are positions, not items.
                key={i}
                x={i * barWidth}
                width={Math.max(1, barWidth - 0.5)}
                y={HEIGHT - 4 - (count / peak) * (HEIGHT - 12)}
                height={(count / peak) * (HEIGHT - 12)}
              />
            ),
          )}
        </g>
        <rect
          className="overview__brush"
          x={x0}
          y={1}
          width={Math.max(2, x1 - x0)}
          height={HEIGHT - 2}
          onPointerDown={(e) => onPointerDown(e, "body")}
          aria-hidden="true"
        />
        {(["start", "end"] as const).map((part) => {
          const at = part === "start" ? window.start : window.end;
          const x = part === "start" ? x0 : x1;
          const area = handleHit(x, hit, width);
          return (
            <g
              key={part}
              className="overview__handle"
              role="slider"
              tabIndex={0}
              aria-label={t(part === "start" ? "timeline.windowStart" : "timeline.windowEnd")}
              aria-valuemin={Math.floor(period.start / DAY_MS)}
              aria-valuemax={Math.ceil(period.end / DAY_MS)}
              aria-valuenow={Math.round(at / DAY_MS)}
              aria-valuetext={valueText(at)}
              onPointerDown={(e) => onPointerDown(e, part)}
              onKeyDown={(e) => onHandleKey(e, part)}
            >
              {/* Transparent and wider than the grip drawn: a handle easy to take (WCAG 2.2). */}
              <rect
                className="overview__hit"
                x={area.from}
                y={(HEIGHT - hitHeight) / 2}
                width={area.to - area.from}
                height={hitHeight}
              />
              <rect
                className="overview__grip"
                x={x - HANDLE / 2}
                y={6}
                width={HANDLE}
                height={HEIGHT - 12}
                rx={3}
              />
            </g>
          );
        })}
      </svg>
    </div>
  );
}
