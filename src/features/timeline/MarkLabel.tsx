import type { LabelLayout } from "../../timeline/modelTypes.ts";

/** Three dots, drawn apart from the text, so a cut label's text stays a part of its mark's name. */
function Ellipsis({ x, y }: { x: number; y: number }) {
  return (
    <path
      className="mark__ellipsis"
      d={[2, 6, 10].map((dx) => `M${x + dx - 1},${y + 3.5}h2v2h-2z`).join("")}
    />
  );
}

/** A mark's title: one line beside it, or several down a phone; a cut one ends in an ellipsis. */
export function MarkLabel({ label }: { label: LabelLayout }) {
  const { lines, x, y, lineHeight } = label;
  return (
    <>
      <text
        className={`mark__label${label.inside ? " mark__label--inside" : ""}`}
        x={x}
        y={y}
        textAnchor={label.anchor}
        dominantBaseline="central"
        aria-hidden="true"
      >
        {lines.length === 1
          ? lines[0]
          : lines.map((line, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: lines are positions in one title.
              <tspan key={i} x={x} dy={i === 0 ? 0 : lineHeight}>
                {/* Lines keep their space, so the text reads as the title it is. */}
                {i < lines.length - 1 ? `${line} ` : line}
              </tspan>
            ))}
      </text>
      {label.ellipsisX !== null && <Ellipsis x={label.ellipsisX} y={y} />}
    </>
  );
}
