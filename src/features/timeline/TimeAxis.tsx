import type { AxisModel } from "../../timeline/computeAxis.ts";

interface TimeAxisProps {
  axis: AxisModel;
  /** Height of the axis band; ticks sit at its bottom, context labels above them. */
  height: number;
  /** How far grid lines reach below the axis, through the lanes. */
  gridHeight: number;
}

/** The two-row time axis (context above, ticks below) with grid lines through the lanes. */
export function TimeAxis({ axis, height, gridHeight }: TimeAxisProps) {
  return (
    <g className="time-axis" aria-hidden="true">
      {axis.context.map((tick) => (
        <g key={`c${tick.value}`} transform={`translate(${tick.x},0)`}>
          {tick.x > 0 && (
            <line className="time-axis__context-line" y1={0} y2={height + gridHeight} />
          )}
          <text className="time-axis__context" x={4} y={15}>
            {tick.label}
          </text>
        </g>
      ))}
      {axis.ticks.map((tick) => (
        <g key={`t${tick.value}`} transform={`translate(${tick.x},0)`}>
          <line className="time-axis__grid" y1={height - 18} y2={height + gridHeight} />
          <text className="time-axis__tick" x={4} y={height - 6}>
            {tick.label}
          </text>
        </g>
      ))}
      <line className="time-axis__baseline" x1={0} x2="100%" y1={height} y2={height} />
    </g>
  );
}
