import type { BadgeLayout, LaneLayout } from "../../timeline/modelTypes.ts";

/** Height of a note's badge box: less than a line, so badges on stacked lines stay apart. */
const BADGE_HEIGHT = 15;

/** A note's kind in words in a small box after its event's title: filled for a correction, dashed for a caveat. */
function NoteBadgeMark({ id, badge }: { id: string; badge: BadgeLayout }) {
  const { x0, x1, y } = badge;
  return (
    <g className="mark__badge" data-kind={badge.kind} data-badge-for={id}>
      <rect x={x0} y={y - BADGE_HEIGHT / 2} width={x1 - x0} height={BADGE_HEIGHT} rx={3} />
      <text x={(x0 + x1) / 2} y={y} textAnchor="middle" dominantBaseline="central">
        {badge.text}
      </text>
    </g>
  );
}

/**
 * Every drawn title's note badge, in a layer of their own over the marks: outside the marks'
 * buttons, so a badge's word is no part of a button's visible text (which, cut short with its
 * title, its name could not match), and hidden from screen readers, whose names for the marks
 * say it.
 */
export function NoteBadges({ lanes }: { lanes: readonly LaneLayout[] }) {
  const badged = lanes.flatMap((lane) =>
    lane.marks.flatMap((mark) =>
      mark.label?.badge ? [{ id: mark.id, badge: mark.label.badge }] : [],
    ),
  );
  if (badged.length === 0) return null;
  return (
    <g className="note-badges" aria-hidden="true">
      {badged.map(({ id, badge }) => (
        <NoteBadgeMark key={id} id={id} badge={badge} />
      ))}
    </g>
  );
}
