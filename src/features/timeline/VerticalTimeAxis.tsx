import { axisLabelLines } from "../../timeline/axisLabelLines.ts";
import type { AxisModel } from "../../timeline/computeAxis.ts";

interface VerticalTimeAxisProps {
  axis: AxisModel;
  /** Where the time axis begins (the track's top). */
  origin: number;
  /** Where grid lines run across: from the axis column's edge over the track. */
  gridFrom: number;
  gridTo: number;
}

/** The time axis down a phone: each tick's label in the left column, its line across the track. */
export function VerticalTimeAxis({ axis, origin, gridFrom, gridTo }: VerticalTimeAxisProps) {
  return (
    <g className="time-axis time-axis--vertical" aria-hidden="true">
      {axis.ticks.map((tick) => {
        const lines = axisLabelLines(tick.label);
        const named = tick.label.includes(" ") ? " time-axis__tick--named" : "";
        const two = lines.length > 1 ? " time-axis__tick--two-lines" : "";
        return (
          <g key={`t${tick.value}`} transform={`translate(0,${origin + tick.pos})`}>
            <line className="time-axis__grid" x1={gridFrom} x2={gridTo} />
            <text
              className={`time-axis__tick${named}${two}`}
              x={gridFrom - 4}
              textAnchor="end"
              dominantBaseline="central"
            >
              {lines.map((line, i) => (
                // Lines sit centred on the tick: one on it, two either side of it.
                <tspan
                  key={line}
                  x={gridFrom - 4}
                  dy={i === 0 ? `${-0.6 * (lines.length - 1)}em` : "1.2em"}
                >
                  {line}
                </tspan>
              ))}
            </text>
          </g>
        );
      })}
      <line className="time-axis__baseline" x1={gridFrom} x2={gridFrom} y1={0} y2="100%" />
    </g>
  );
}
