import { EVENT_TYPE_LABELS } from "../../data/eventTypeLabels.ts";
import { EVENT_TYPES } from "../../data/vocabulary.ts";
import type { AxisModel } from "../../timeline/computeAxis.ts";
import type { ClusterLayout, TimelineLayout } from "../../timeline/layoutTimeline.ts";
import { ClusterMark } from "./ClusterMark.tsx";
import { EventMark } from "./EventMark.tsx";
import { TimeAxis } from "./TimeAxis.tsx";
import { TypeSymbolPath } from "./TypeSymbol.tsx";
import { AXIS_HEIGHT, LAYOUT } from "./timelineOptions.ts";

interface TimelineChartProps {
  layout: TimelineLayout;
  axis: AxisModel;
  width: number;
  /** Accessible names of marks (title, date, type) and of clusters, by id. */
  markName: (id: string) => string;
  clusterName: (cluster: ClusterLayout) => string;
  selectedId: string | null;
  activeId: string | null;
  onSelect: (id: string) => void;
  onFocusMark: (id: string) => void;
  onCluster: (cluster: ClusterLayout) => void;
}

/** Draws a ready layout: axis, lanes with their names and counts, marks and clusters. */
export function TimelineChart(props: TimelineChartProps) {
  const { layout, axis, width, markName, clusterName, selectedId, activeId } = props;
  const barHeight = LAYOUT.rowHeight - 10;
  const rowY = (laneY: number, row: number) =>
    laneY + LAYOUT.laneHeader + row * LAYOUT.rowHeight + LAYOUT.rowHeight / 2;
  return (
    // biome-ignore lint/a11y/useSemanticElements: an SVG cannot be a <fieldset>; it groups the marks.
    <svg
      className="timeline-chart"
      width={width}
      height={AXIS_HEIGHT + layout.height}
      role="group"
      aria-label="Timeline chart"
    >
      <defs>
        {EVENT_TYPES.map((type) => (
          <pattern
            key={type}
            id={`hatch-${type}`}
            className="hatch"
            data-type={type}
            patternUnits="userSpaceOnUse"
            width={6}
            height={6}
            patternTransform="rotate(45)"
          >
            <rect className="hatch__ground" width={6} height={6} />
            <line className="hatch__line" x1={1} y1={0} x2={1} y2={6} />
          </pattern>
        ))}
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
      <TimeAxis axis={axis} height={AXIS_HEIGHT} gridHeight={layout.height} />
      <g transform={`translate(0,${AXIS_HEIGHT})`}>
        {layout.lanes.map((lane, i) => (
          <g key={lane.type} className="lane" data-type={lane.type}>
            <rect
              className={`lane__band${i % 2 ? " lane__band--alt" : ""}`}
              x={0}
              y={lane.y}
              width={width}
              height={lane.height}
            />
            <g className="lane__name" aria-hidden="true">
              <TypeSymbolPath
                className="lane__symbol"
                type={lane.type}
                radius={5}
                x={12}
                y={lane.y + 12}
              />
              <text x={22} y={lane.y + 12} dominantBaseline="central">
                {EVENT_TYPE_LABELS[lane.type]} · {lane.count}
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
                type={lane.type}
                y={rowY(lane.y, mark.row)}
                barHeight={barHeight}
                radius={LAYOUT.pointRadius}
                name={markName(mark.id)}
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
