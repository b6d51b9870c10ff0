import type { EventType } from "../../data/schema.ts";
import type { ClusterLayout } from "../../timeline/layoutTimeline.ts";
import { activateOnKey } from "./activateOnKey.ts";

interface ClusterMarkProps {
  cluster: ClusterLayout;
  type: EventType;
  y: number;
  height: number;
  name: string;
  onActivate: (cluster: ClusterLayout) => void;
}

/** Crowded events merged into one mark with their count; activating it zooms to them. */
export function ClusterMark({ cluster, type, y, height, name, onActivate }: ClusterMarkProps) {
  const onKeyDown = activateOnKey(() => onActivate(cluster));
  return (
    // biome-ignore lint/a11y/useSemanticElements: an SVG mark cannot be a <button>; it acts as one.
    <g
      className="cluster"
      data-type={type}
      data-cluster={cluster.key}
      role="button"
      tabIndex={-1}
      aria-label={name}
      onClick={() => onActivate(cluster)}
      onKeyDown={onKeyDown}
    >
      <rect
        className="cluster__body"
        x={cluster.x0}
        y={y - height / 2}
        width={cluster.x1 - cluster.x0}
        height={height}
        rx={height / 2}
      />
      <text
        className="cluster__count"
        x={(cluster.x0 + cluster.x1) / 2}
        y={y}
        textAnchor="middle"
        dominantBaseline="central"
        aria-hidden="true"
      >
        {cluster.count}
      </text>
    </g>
  );
}
