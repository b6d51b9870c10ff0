import { EVENT_TYPE_LABELS } from "../../data/eventTypeLabels.ts";
import type { AxisModel } from "../../timeline/computeAxis.ts";
import type { EraBand } from "../../timeline/layoutEras.ts";
import type { ClusterLayout, MarkLayout, TimelineLayout } from "../../timeline/layoutTimeline.ts";
import { ClusterMark } from "./ClusterMark.tsx";
import { EventMark } from "./EventMark.tsx";
import { TimeAxis } from "./TimeAxis.tsx";
import { TypeSymbolPath } from "./TypeSymbol.tsx";
import { AXIS_HEIGHT, ERA_ROW, LAYOUT } from "./timelineOptions.ts";

/** As much of an era's title as fits its band (about 7 px a character), or nothing. */
function fitEraTitle(title: string, room: number): string {
  const chars = Math.floor(room / 7);
  if (chars >= title.length) return title;
  return chars < 4 ? "" : `${title.slice(0, chars - 1)}…`;
}

interface TimelineChartProps {
  layout: TimelineLayout;
  /** Named periods drawn behind the lanes, with their titles in a row above them. */
  eras: readonly EraBand[];
  axis: AxisModel;
  width: number;
  /** Accessible names of marks (title, date, type) and of clusters, by id. */
  markName: (mark: MarkLayout) => string;
  clusterName: (cluster: ClusterLayout) => string;
  selectedId: string | null;
  activeId: string | null;
  onSelect: (id: string) => void;
  onFocusMark: (id: string) => void;
  onCluster: (cluster: ClusterLayout) => void;
}

/** Draws a ready layout: axis, lanes with their names and counts, marks and clusters. */
export function TimelineChart(props: TimelineChartProps) {
  const { layout, axis, width, eras, markName, clusterName, selectedId, activeId } = props;
  const eraRow = eras.length > 0 ? ERA_ROW : 0;
  const barHeight = LAYOUT.rowHeight - 10;
  const rowY = (laneY: number, row: number) =>
    laneY + LAYOUT.laneHeader + row * LAYOUT.rowHeight + LAYOUT.rowHeight / 2;
  return (
    // biome-ignore lint/a11y/useSemanticElements: an SVG cannot be a <fieldset>; it groups the marks.
    <svg
      className="timeline-chart"
      width={width}
      height={AXIS_HEIGHT + eraRow + layout.height}
      role="group"
      aria-label="Timeline chart"
    >
      <defs>
        <linearGradient id="fade-start-gradient">
          <stop offset={0} stopColor="#000" />
          <stop offset={0.85} stopColor="#fff" />
        </linearGradient>
        <linearGradient id="fade-end-gradient">
          <stop offset={0.15} stopColor="#fff" />
          <stop offset={1} stopColor="#000" />
        </linearGradient>
        <mask id="fade-start" maskContentUnits="objectBoundingBox">
          <rect width={1} height={1} fill="url(#fade-start-gradient)" />
        </mask>
        <mask id="fade-end" maskContentUnits="objectBoundingBox">
          <rect width={1} height={1} fill="url(#fade-end-gradient)" />
        </mask>
      </defs>
      <TimeAxis axis={axis} height={AXIS_HEIGHT} gridHeight={eraRow + layout.height} />
      <g transform={`translate(0,${AXIS_HEIGHT + eraRow})`}>
        {layout.lanes.map((lane, i) => (
          <rect
            key={lane.key}
            className={`lane__band${i % 2 ? " lane__band--alt" : ""}`}
            x={0}
            y={lane.y}
            width={width}
            height={lane.height}
          />
        ))}
        {eras.length > 0 && (
          <g className="eras" aria-hidden="true">
            {eras.map((era) => (
              <g key={era.id} className="era">
                <rect
                  className="era__band"
                  x={era.x0}
                  y={-eraRow}
                  width={Math.max(1, era.x1 - era.x0)}
                  height={eraRow + layout.height}
                />
                <text
                  className="era__title"
                  x={era.x0 + 4}
                  y={-eraRow / 2}
                  dominantBaseline="central"
                >
                  {fitEraTitle(era.title, era.x1 - era.x0 - 8)}
                </text>
              </g>
            ))}
          </g>
        )}
        {layout.lanes.map((lane) => (
          <g key={lane.key} className="lane" data-type={lane.type}>
            <g className="lane__name" aria-hidden="true">
              {lane.group === null && (
                <TypeSymbolPath
                  className="lane__symbol"
                  type={lane.type}
                  radius={5}
                  x={12}
                  y={lane.y + 12}
                />
              )}
              <text x={lane.group === null ? 22 : 8} y={lane.y + 12} dominantBaseline="central">
                {lane.group ?? EVENT_TYPE_LABELS[lane.type]} · {lane.count}
              </text>
            </g>
            {lane.clusters.map((cluster) => (
              <ClusterMark
                key={cluster.key}
                cluster={cluster}
                type={lane.type}
                y={rowY(lane.y, cluster.row)}
                height={barHeight + 4}
                name={clusterName(cluster)}
                onActivate={props.onCluster}
              />
            ))}
            {lane.marks.map((mark) => (
              <EventMark
                key={mark.id}
                mark={mark}
                type={mark.type}
                y={rowY(lane.y, mark.row)}
                barHeight={barHeight}
                radius={LAYOUT.pointRadius}
                name={markName(mark)}
                selected={mark.id === selectedId}
                tabbable={mark.id === activeId}
                onSelect={props.onSelect}
                onFocus={props.onFocusMark}
              />
            ))}
          </g>
        ))}
      </g>
    </svg>
  );
}
