import type { MouseEvent } from "react";
import type { EventType } from "../../data/datasetSchema.ts";
import { formatCount } from "../../i18n/formatCount.ts";
import type { ClusterLayout } from "../../timeline/modelTypes.ts";
import { activateOnKey } from "./activateOnKey.ts";
import { rectOf } from "./rectOf.ts";

interface ClusterMarkProps {
  cluster: ClusterLayout;
  type: EventType;
  name: string;
  onActivate: (cluster: ClusterLayout) => void;
  /** A click or tap: offers the events it merges (the keyboard's Enter zooms to them). */
  onPress?: (cluster: ClusterLayout, e: MouseEvent) => void;
}

/** Crowded events merged into one mark with their count; activating it zooms to them. */
export function ClusterMark({ cluster, type, name, onActivate, onPress }: ClusterMarkProps) {
  const onKeyDown = activateOnKey(() => onActivate(cluster));
  const { x0, x1, y0, y1 } = cluster;
  return (
    // biome-ignore lint/a11y/useSemanticElements: an SVG mark cannot be a <button>; it acts as one.
    <g
      className="cluster"
      data-type={type}
      data-cluster={cluster.key}
      role="button"
      tabIndex={-1}
      aria-label={name}
      onClick={(e) => (onPress ? onPress(cluster, e) : onActivate(cluster))}
      onKeyDown={onKeyDown}
    >
      <rect className="cluster__body" {...rectOf(cluster)} rx={Math.min(x1 - x0, y1 - y0) / 2} />
      <text
        className="cluster__count"
        x={(x0 + x1) / 2}
        y={(y0 + y1) / 2}
        textAnchor="middle"
        dominantBaseline="central"
        aria-hidden="true"
      >
        {formatCount(cluster.count)}
      </text>
    </g>
  );
}
