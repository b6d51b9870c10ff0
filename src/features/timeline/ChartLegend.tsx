import { memo, type ReactNode, useId, useMemo, useRef } from "react";
import { TypeSymbolPath } from "../../components/TypeSymbolPath.tsx";
import { useDismiss } from "../../components/useDismiss.ts";
import { noteKindLabel } from "../../data/noteKindLabels.ts";
import { type EventType, NOTE_KINDS, type NoteKind } from "../../data/vocabulary.ts";
import { formatEventDate } from "../../dates/formatEventDate.ts";
import type { MessageKey } from "../../i18n/messageKey.ts";
import { useT } from "../../i18n/useT.ts";
import { badgeWidth } from "../../timeline/markBadge.ts";
import type { MeasureText } from "../../timeline/types.ts";
import { createLabelMeasure } from "./createLabelMeasure.ts";

/** What each note badge on a mark means, in a reader's words. */
const NOTE_MEANINGS: Record<NoteKind, MessageKey> = {
  wrong: "timeline.legendWrong",
  disputed: "timeline.legendDisputed",
  vague: "timeline.legendVague",
  unverified: "timeline.legendUnverified",
};

/** The open-ended date the legend gives as its example. */
const OPEN_EXAMPLE = "../2024-05-18";

/** A small drawing of a mark, as the chart draws it (styled with it, so in the same colours). */
function Swatch({ children, type = "statement" }: { children: ReactNode; type?: EventType }) {
  return (
    <svg
      className="chart-legend__swatch"
      width={44}
      height={18}
      aria-hidden="true"
      data-type={type}
    >
      {children}
    </svg>
  );
}

/** A faded bar: the chart fades an open end the same way. */
function FadedBar() {
  const id = useId();
  return (
    <Swatch>
      <defs>
        <linearGradient id={`${id}-g`}>
          <stop offset={0} stopColor="#000" />
          <stop offset={0.85} stopColor="#fff" />
        </linearGradient>
        <mask id={`${id}-m`} maskContentUnits="objectBoundingBox">
          <rect width={1} height={1} fill={`url(#${id}-g)`} />
        </mask>
      </defs>
      <rect
        className="chart-legend__bar"
        x={2}
        y={4}
        width={40}
        height={10}
        rx={3}
        mask={`url(#${id}-m)`}
      />
    </Swatch>
  );
}

/** The narrowest a badge is drawn in the legend: the swatches line up in a column. */
const BADGE_MIN_WIDTH = 82;

/**
 * A note's badge as the chart draws it after a title: as wide as the chart would draw its words
 * (longer in some languages), and never narrower than the column.
 */
function BadgeSwatch({ kind, measure }: { kind: NoteKind; measure: MeasureText }) {
  const width = Math.max(BADGE_MIN_WIDTH, badgeWidth(kind, measure));
  return (
    <svg className="chart-legend__badge" width={width + 2} height={18} aria-hidden="true">
      <g className="chart-legend__note-badge" data-kind={kind}>
        <rect x={1} y={1.5} width={width} height={15} rx={3} />
        <text x={width / 2 + 1} y={9} textAnchor="middle" dominantBaseline="central">
          {noteKindLabel(kind)}
        </text>
      </g>
    </svg>
  );
}

/**
 * "Legend": what the chart's marks mean — how precisely each date is known (a point, a tinted bar
 * with a dashed outline, a fade for an open end), clusters, eras, and the note badges — in a
 * disclosure beside the zoom buttons, on a phone as on a desktop.
 */
export const ChartLegend = memo(function ChartLegend() {
  const t = useT();
  // The chart's own measure of its labels' font, made when the legend is first drawn.
  const measure = useMemo(() => createLabelMeasure(), []);
  const menu = useRef<HTMLDetailsElement>(null);
  useDismiss(menu);
  return (
    <details ref={menu} className="chart-legend">
      <summary>{t("timeline.legend")}</summary>
      <div className="chart-legend__panel">
        <h2 className="chart-legend__heading">{t("timeline.legendDates")}</h2>
        <dl className="chart-legend__list">
          <div>
            <dt>
              <Swatch>
                <TypeSymbolPath
                  className="chart-legend__point"
                  type="statement"
                  radius={7}
                  x={22}
                  y={9}
                />
              </Swatch>
              <span className="visually-hidden">{t("timeline.legendPoint")}</span>
            </dt>
            <dd>{t("timeline.legendPointMeaning")}</dd>
          </div>
          <div>
            <dt>
              <Swatch>
                <rect className="chart-legend__bar" x={2} y={4} width={40} height={10} rx={3} />
              </Swatch>
              <span className="visually-hidden">{t("timeline.legendBar")}</span>
            </dt>
            <dd>{t("timeline.legendBarMeaning")}</dd>
          </div>
          <div>
            <dt>
              <FadedBar />
              <span className="visually-hidden">{t("timeline.legendFade")}</span>
            </dt>
            <dd>{t("timeline.legendFadeMeaning", { example: formatEventDate(OPEN_EXAMPLE) })}</dd>
          </div>
          <div>
            <dt>
              <Swatch>
                <rect className="chart-legend__cluster" x={6} y={1} width={32} height={16} rx={8} />
                <text
                  className="chart-legend__count"
                  x={22}
                  y={9.5}
                  textAnchor="middle"
                  dominantBaseline="central"
                >
                  3
                </text>
              </Swatch>
              <span className="visually-hidden">{t("timeline.legendCount")}</span>
            </dt>
            <dd>{t("timeline.legendCountMeaning")}</dd>
          </div>
          <div>
            <dt>
              <Swatch>
                <rect className="chart-legend__era" x={2} y={0} width={40} height={18} />
              </Swatch>
              <span className="visually-hidden">{t("timeline.legendEra")}</span>
            </dt>
            <dd>{t("timeline.legendEraMeaning")}</dd>
          </div>
        </dl>
        <p className="chart-legend__note">{t("timeline.legendUndated")}</p>
        <h2 className="chart-legend__heading">{t("timeline.legendNotes")}</h2>
        <dl className="chart-legend__list">
          {NOTE_KINDS.map((kind) => (
            <div key={kind}>
              <dt>
                <BadgeSwatch kind={kind} measure={measure} />
                <span className="visually-hidden">{noteKindLabel(kind)}</span>
              </dt>
              <dd>{t(NOTE_MEANINGS[kind])}</dd>
            </div>
          ))}
        </dl>
      </div>
    </details>
  );
});
