import { Resvg } from "@resvg/resvg-js";
import { renderToStaticMarkup } from "react-dom/server";
import type { Dataset, EventType } from "../data/datasetSchema.ts";
import { EVENT_TYPE_LABELS } from "../data/eventTypeLabels.ts";
import { EVENT_TYPES } from "../data/vocabulary.ts";
import { formatInstantDay } from "../dates/formatInstantDay.ts";
import { TimelineChart } from "../features/timeline/TimelineChart.tsx";
import { FRAME, LAYOUT, TRACK } from "../features/timeline/timelineOptions.ts";
import { eventSpan, spansExtent } from "../timeline/eventSpan.ts";
import { ELLIPSIS, fitLabel } from "../timeline/fitLabel.ts";
import { prepareSpans } from "../timeline/prepareSpans.ts";
import { timelineModel } from "../timeline/timelineModel.ts";
import type { MeasureText } from "../timeline/types.ts";
import { wrapText } from "../timeline/wrapText.ts";
import { fitWindow, zoomBounds } from "../timeline/zoomWindow.ts";

/** The share card's size, as Open Graph and Twitter cards want it. */
export const CARD = { width: 1200, height: 630 };
const MARGIN = 40;
/** Where the chart begins, under the brand, the title and two lines of description. */
const CHART_TOP = 176;

/** The light theme's colours, written out: the card is drawn with no style sheet but this. */
const TYPE_COLOURS: Record<EventType, string> = {
  departure: "#a12a1c",
  board: "#5b3aa0",
  appointment: "#1d6b3a",
  statement: "#0b5cad",
  report: "#5b5346",
  policy: "#8a4b00",
  other: "#44546a",
};

const typeRules = EVENT_TYPES.map((type) => {
  const colour = TYPE_COLOURS[type];
  const at = `[data-type="${type}"]`;
  return `${at} .mark__shape, ${at} .lane__symbol { fill: ${colour}; }
${at} .mark__bar { fill: ${colour}; stroke: ${colour}; }
${at} .cluster__body { stroke: ${colour}; }`;
}).join("\n");

/** The chart's look in the card, for a renderer that knows neither CSS variables nor themes. */
const STYLE = `
text { font-family: "DejaVu Sans"; fill: #1c1b19; }
.brand { font-size: 15px; font-weight: bold; letter-spacing: 2px; fill: #55524b; }
.title { font-weight: bold; }
.description { font-size: 19px; fill: #55524b; }
.time-axis__tick, .time-axis__context { font-size: 12px; fill: #55524b; }
.time-axis__context { font-weight: bold; fill: #1c1b19; }
.time-axis__grid { stroke: #ebe8e1; }
.time-axis__context-line, .time-axis__baseline { stroke: #dedad2; }
.lane__band { fill: none; }
.lane__band--alt { fill: #f4f2ec; }
.lane__name text { font-size: 12px; font-weight: bold; }
.era__band { fill: #f1ede2; }
.era__title { font-size: 11px; font-weight: bold; fill: #5b5346; }
.mark__label { font-size: 13px; }
.mark__ellipsis { fill: #1c1b19; }
.mark__shape { stroke: #ffffff; stroke-width: 1.5; }
.mark__bar { fill-opacity: 0.22; stroke-width: 1; stroke-dasharray: 3 2; }
.mark__focus { fill: none; stroke: none; }
.cluster__body { fill: #ffffff; stroke-width: 2; }
.cluster__count { font-size: 12px; font-weight: bold; }
${typeRules}
`;

/** The fonts the card is drawn in: DejaVu Sans, from the `dejavu-fonts-ttf` package. */
export function cardFonts(root: string): string[] {
  const dir = `${root}/node_modules/dejavu-fonts-ttf/ttf`;
  return [`${dir}/DejaVuSans.ttf`, `${dir}/DejaVuSans-Bold.ttf`];
}

/** Text widths in the card's font, measured by the renderer itself. */
function cardMeasure(fonts: string[], size: number, bold = false): MeasureText {
  const cache = new Map<string, number>();
  return (text) => {
    let width = cache.get(text);
    if (width === undefined) {
      const escaped = text.replace(/&/g, "&amp;").replace(/</g, "&lt;");
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="4000" height="40"><text x="0" y="20" font-family="DejaVu Sans" font-size="${size}"${bold ? ' font-weight="bold"' : ""} xml:space="preserve">${escaped}</text></svg>`;
      const box = new Resvg(svg, {
        font: { fontFiles: fonts, loadSystemFonts: false, defaultFontFamily: "DejaVu Sans" },
      }).getBBox();
      width = box ? box.width : text.length * size * 0.6;
      cache.set(text, width);
    }
    return width;
  };
}

const escapeText = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A text on one line of `width`: whole, or cut at its last fitting character with an ellipsis. */
function oneLine(text: string, width: number, measure: MeasureText): string {
  const fitted = fitLabel(text, width, measure, 0);
  if (!fitted) return "";
  return fitted.truncated ? `${fitted.text}${ELLIPSIS}` : fitted.text;
}

/** The title's size: 40 px, or 32 px where that fits it whole, or 32 px cut with an ellipsis. */
function titleLine(title: string, width: number, fonts: string[]): { text: string; size: number } {
  if (cardMeasure(fonts, 40, true)(title) <= width) return { text: title, size: 40 };
  return { text: oneLine(title, width, cardMeasure(fonts, 32, true)), size: 32 };
}

/** The description in at most two lines, the second cut with an ellipsis if the text goes on. */
function descriptionLines(description: string, width: number, measure: MeasureText): string[] {
  const lines = wrapText(description, width, measure);
  if (lines.length <= 2) return lines;
  return [lines[0] ?? "", oneLine(lines.slice(1).join(" "), width, measure)];
}

/** The card's words for what it shows: its alt text. */
export function shareCardAlt(dataset: Dataset): string {
  const spans = dataset.events.map(eventSpan);
  const extent = spansExtent(spans);
  const span = extent
    ? `, from ${formatInstantDay(extent.start)} to ${formatInstantDay(extent.end - 1)}`
    : "";
  const types = EVENT_TYPES.filter((t) => dataset.events.some((e) => e.type === t))
    .map((t) => EVENT_TYPE_LABELS[t].toLowerCase())
    .join(", ");
  const dated = spans.filter((s) => s.kind !== "undated").length;
  const count =
    dated === dataset.events.length
      ? `${dated} events`
      : `${dated} dated events (of ${dataset.events.length})`;
  return `A timeline of ${dataset.title}: ${count}${span}, in lanes by type (${types}), each with its title.`;
}

/**
 * The share card of a dataset as SVG, 1200 × 630: the story's title and description over its
 * timeline, drawn by the app's own chart component from the same model the page uses.
 */
export function shareCardSvg(dataset: Dataset, fonts: string[]): string {
  const measure = cardMeasure(fonts, 13);
  const spans = dataset.events.map(eventSpan);
  const extent = spansExtent(spans);
  const width = CARD.width - 2 * MARGIN;
  const model = timelineModel({
    orientation: "horizontal",
    prepared: prepareSpans(spans, LAYOUT.typeOrder),
    track: null,
    window: extent ? fitWindow(zoomBounds(extent)) : { start: 0, end: 1 },
    width,
    height: 0,
    eras: dataset.eras ?? [],
    measure,
    lanes: { ...LAYOUT, measure },
    trackOptions: { ...TRACK, measure },
    frame: FRAME,
  });
  const chart = renderToStaticMarkup(
    <TimelineChart
      model={model}
      markName={(mark) => mark.id}
      clusterName={(cluster) => cluster.key}
      selectedId={null}
      activeId={null}
      onSelect={() => {}}
      onFocusMark={() => {}}
      onCluster={() => {}}
    />,
  );
  const title = titleLine(dataset.title, width, fonts);
  const description = descriptionLines(dataset.description, width, cardMeasure(fonts, 19));
  const lines = description
    .map(
      (line, i) =>
        `<text class="description" x="${MARGIN}" y="${128 + i * 25}">${escapeText(line)}</text>`,
    )
    .join("");
  const scale = Math.min(1, (CARD.height - CHART_TOP - MARGIN) / model.height);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD.width}" height="${CARD.height}" viewBox="0 0 ${CARD.width} ${CARD.height}">
<style>${STYLE}</style>
<rect width="${CARD.width}" height="${CARD.height}" fill="#fbfaf7"/>
<text class="brand" x="${MARGIN}" y="46">SOURCELINE</text>
<text class="title" x="${MARGIN}" y="92" font-size="${title.size}">${escapeText(title.text)}</text>
${lines}
<rect x="${MARGIN - 1}" y="${CHART_TOP - 1}" width="${width * scale + 2}" height="${model.height * scale + 2}" fill="#ffffff" stroke="#dedad2"/>
<g transform="translate(${MARGIN},${CHART_TOP}) scale(${scale})">${chart}</g>
</svg>`;
}

/** The share card as a PNG. */
export function shareCardPng(dataset: Dataset, root: string): Buffer {
  const fonts = cardFonts(root);
  const svg = shareCardSvg(dataset, fonts);
  return new Resvg(svg, {
    font: { fontFiles: fonts, loadSystemFonts: false, defaultFontFamily: "DejaVu Sans" },
    fitTo: { mode: "original" },
  })
    .render()
    .asPng();
}
