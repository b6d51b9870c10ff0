import type { AxisModel } from "../../timeline/computeAxis.ts";

interface TimeAxisProps {
  axis: AxisModel;
  /** Height of the axis band; ticks sit at its bottom, context labels above them. */
  height: number;
  /** Where grid lines end, below the axis, through the lanes. */
  gridTo: number;
}

/** The two-row time axis across the chart (context above, ticks below), with its grid lines. */
export function TimeAxis({ axis, height, gridTo }: TimeAxisProps) {
  return (
    <g className="time-axis" aria-hidden="true">
      {axis.context.map((tick) => (
        <g key={`c${tick.value}`} transform={`translate(${tick.pos},0)`}>
          {tick.pos > 0 && <line className="time-axis__context-line" y1={0} y2={gridTo} />}
          <text className="time-axis__context" x={4} y={15}>
            {tick.label}
          </text>
        </g>
      ))}
      {axis.ticks.map((tick) => (
        <g key={`t${tick.value}`} transform={`translate(${tick.pos},0)`}>
          <line className="time-axis__grid" y1={height - 18} y2={gridTo} />
          <text className="time-axis__tick" x={4} y={height - 6}>
            {tick.label}
          </text>
        </g>
      ))}
      <line className="time-axis__baseline" x1={0} x2="100%" y1={height} y2={height} />
    </g>
  );
}
