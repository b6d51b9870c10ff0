import type { MouseEvent } from "react";
import { TypeSymbolPath } from "../../components/TypeSymbolPath.tsx";
import { useT } from "../../i18n/useT.ts";
import { MIN_HIT } from "../../timeline/hitArea.ts";
import { markRuns } from "../../timeline/markRuns.ts";
import type { ClusterLayout, MarkLayout } from "../../timeline/modelTypes.ts";
import type { TimelineModel } from "../../timeline/timelineModel.ts";
import { ChartDefs } from "./ChartDefs.tsx";
import { ClusterMark } from "./ClusterMark.tsx";
import { EventMark } from "./EventMark.tsx";
import { NoteBadges } from "./NoteBadges.tsx";
import { TimeAxis } from "./TimeAxis.tsx";
import { FRAME } from "./timelineOptions.ts";
import { VerticalTimeAxis } from "./VerticalTimeAxis.tsx";

interface TimelineChartProps {
  model: TimelineModel;
  /** Scaled to its box's width (drawn before the box could be measured). */
  fluid?: boolean;
  /** Accessible names of marks (title, date, type) and of clusters. */
  markName: (mark: MarkLayout) => string;
  clusterName: (cluster: ClusterLayout) => string;
  selectedId: string | null;
  activeId: string | null;
  /** The least width and height of each mark's hit area (24 px, 44 px for a finger). */
  hit?: number;
  onSelect: (id: string) => void;
  /** A click or tap on a mark, with where it was (stacked marks then offer a choice). */
  onPress?: (id: string, e: MouseEvent) => void;
  onFocusMark: (id: string) => void;
  onCluster: (cluster: ClusterLayout) => void;
  /** A click or tap on a cluster in a lane (its key), with where it was. */
  onClusterPress?: (cluster: ClusterLayout, lane: string, e: MouseEvent) => void;
}

/** Draws a ready model: axis, eras, lanes with their names, leaders, marks and clusters. */
export function TimelineChart(props: TimelineChartProps) {
  const t = useT();
  const { model, markName, clusterName, selectedId, activeId } = props;
  const across = model.orientation === "horizontal";
  // Every other lane across the chart is tinted; its titles' halo takes the tint.
  const altLanes = new Set(across ? model.lanes.filter((_, i) => i % 2).map((l) => l.key) : []);
  return (
    // biome-ignore lint/a11y/useSemanticElements: an SVG cannot be a <fieldset>; it groups the marks.
    <svg
      className={`timeline-chart timeline-chart--${model.orientation}${props.fluid ? " is-fluid" : ""}`}
      width={props.fluid ? "100%" : model.width}
      height={props.fluid ? undefined : model.height}
      viewBox={props.fluid ? `0 0 ${model.width} ${model.height}` : undefined}
      role="group"
      aria-label={t("timeline.chart")}
    >
      <ChartDefs />
      {across &&
        model.lanes.map((lane, i) => (
          <rect
            key={lane.key}
            className={`lane__band${i % 2 ? " lane__band--alt" : ""}`}
            x={0}
            y={lane.y}
            width={model.width}
            height={lane.height}
          />
        ))}
      {model.eras.length > 0 && (
        <g className="eras" aria-hidden="true">
          {model.eras.map((era) => (
            <g key={era.id} className="era" data-era={era.id}>
              <title>{`${era.title} (${era.when})`}</title>
              <rect
                className="era__band"
                x={era.x0}
                y={era.y0}
                width={Math.max(1, era.x1 - era.x0)}
                height={Math.max(1, era.y1 - era.y0)}
              />
            </g>
          ))}
        </g>
      )}
      {across ? (
        <TimeAxis axis={model.axis} height={FRAME.axisHeight} gridTo={model.grid.to} />
      ) : (
        <VerticalTimeAxis
          axis={model.axis}
          origin={model.origin}
          gridFrom={model.grid.from}
          gridTo={model.grid.to}
        />
      )}
      {model.eras.length > 0 && (
        // After the axis, so its gridlines pass under an era's name, not through it.
        <g className="era-titles" aria-hidden="true">
          {model.eras.map(
            (era) =>
              era.label && (
                <text
                  key={era.id}
                  className="era__title"
                  data-era={era.id}
                  x={era.label.x}
                  y={era.label.y}
                  dominantBaseline="central"
                >
                  {era.label.text}
                </text>
              ),
          )}
        </g>
      )}
      {model.lanes.map((lane) => (
        <g key={lane.key} className="lane" data-type={lane.type}>
          {lane.title && (
            <g className="lane__name" aria-hidden="true">
              {lane.group === null && (
                <TypeSymbolPath
                  className="lane__symbol"
                  type={lane.type}
                  radius={5}
                  x={12}
                  y={lane.title.y}
                />
              )}
              <text x={lane.title.x} y={lane.title.y} dominantBaseline="central">
                {lane.title.text}
              </text>
            </g>
          )}
          {lane.clusters.map((cluster) => (
            <ClusterMark
              key={cluster.key}
              cluster={cluster}
              type={lane.type}
              name={clusterName(cluster)}
              onActivate={props.onCluster}
              onPress={
                props.onClusterPress &&
                ((c, e) =>
                  props.onClusterPress?.(c, model.orientation === "horizontal" ? lane.key : "", e))
              }
            />
          ))}
        </g>
      ))}
      {/* Over the clusters, under the marks: each line is seen from its title to its mark. */}
      {model.leaders.length > 0 && (
        <g className="leaders" aria-hidden="true">
          {model.leaders.map((leader) => (
            <polyline
              key={leader.id}
              className={`leader${leader.id === selectedId ? " is-selected" : ""}`}
              points={leader.points.join(" ")}
            />
          ))}
        </g>
      )}
      {/* In time order, not lane by lane, each run of one lane's marks a group named by its
        lane: a screen reader reads the story in order and hears the lane change. */}
      {markRuns(model.lanes, model.orientation).map((run) => (
        // biome-ignore lint/a11y/noInteractiveElementToNoninteractiveRole: an SVG <g> is no control; it groups a lane's marks.
        // biome-ignore lint/a11y/useSemanticElements: an SVG group cannot be a <fieldset>.
        <g
          key={run.key}
          className={`lane__marks${altLanes.has(run.lane) ? " lane__marks--alt" : ""}`}
          role="group"
          aria-label={run.label}
        >
          {run.marks.map((mark) => (
            <EventMark
              key={mark.id}
              mark={mark}
              type={mark.type}
              orientation={model.orientation}
              name={markName(mark)}
              selected={mark.id === selectedId}
              tabbable={mark.id === activeId}
              hit={props.hit ?? MIN_HIT}
              onSelect={props.onSelect}
              onPress={props.onPress}
              onFocus={props.onFocusMark}
            />
          ))}
        </g>
      ))}
      <NoteBadges lanes={model.lanes} />
    </svg>
  );
}
