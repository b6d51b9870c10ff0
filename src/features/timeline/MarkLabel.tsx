import type { BadgeLayout, LabelLayout } from "../../timeline/modelTypes.ts";

/** Height of a note's badge box: less than a line, so badges on stacked lines stay apart. */
const BADGE_HEIGHT = 15;

/**
 * A note's kind in words in a small box after the title: filled for a correction, dashed for a
 * caveat. Hidden from screen readers, as the mark's name says it.
 */
function NoteBadgeMark({ badge }: { badge: BadgeLayout }) {
  const { x0, x1, y } = badge;
  return (
    <g className="mark__badge" data-kind={badge.kind} aria-hidden="true">
      <rect x={x0} y={y - BADGE_HEIGHT / 2} width={x1 - x0} height={BADGE_HEIGHT} rx={3} />
      <text x={(x0 + x1) / 2} y={y} textAnchor="middle" dominantBaseline="central">
        {badge.text}
      </text>
    </g>
  );
}

/** Three dots, drawn apart from the text, so a cut label's text stays a part of its mark's name. */
function Ellipsis({ x, y }: { x: number; y: number }) {
  return (
    <path
      className="mark__ellipsis"
      d={[2, 6, 10].map((dx) => `M${x + dx - 1},${y + 3.5}h2v2h-2z`).join("")}
    />
  );
}

/**
 * A mark's title: one line beside it, or several down a phone; a cut one ends in an ellipsis, and
 * a note's badge follows it.
 */
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
      {label.badge && <NoteBadgeMark badge={label.badge} />}
    </>
  );
}
