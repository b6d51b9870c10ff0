import type { EventType } from "../data/datasetSchema.ts";
import type { NoteKind } from "../data/vocabulary.ts";
import type { Px, TimeWindow } from "./types.ts";

/** Which way time runs: across the chart (left to right), or down it (top to bottom, phones). */
export type Orientation = "horizontal" | "vertical";

/**
 * A title drawn beside (or inside) its mark, in one line or (down a phone) several. Its text is
 * always a part of the mark's accessible name: when cut, an ellipsis is drawn after it, apart.
 */
export interface LabelLayout {
  /** Where the text is anchored: its left edge, or its right edge when `anchor` is "end". */
  x: Px;
  /** Centre of the first line. */
  y: Px;
  anchor: "start" | "end";
  lines: string[];
  /** Width of the widest line (and the ellipsis after a cut one), as measured. */
  width: Px;
  /** The box the label takes, ellipsis included. */
  x0: Px;
  x1: Px;
  y0: Px;
  y1: Px;
  lineHeight: Px;
  /** True when the text is cut short and an ellipsis follows it. */
  truncated: boolean;
  /** Where the ellipsis after a cut text begins (it is drawn apart from the text), else null. */
  ellipsisX: Px | null;
  /** True when drawn inside its bar. */
  inside: boolean;
  /** The note's badge after the title (its box, centred on `y`), for an event with a note. */
  badge?: BadgeLayout | null;
}

/** A note's kind in words, drawn in a small outlined box after its event's title. */
export interface BadgeLayout {
  kind: NoteKind;
  text: string;
  x0: Px;
  x1: Px;
  /** Centre of the line it stands on. */
  y: Px;
}

/** One event drawn as a point or a bar; its box in chart pixels. */
export interface MarkLayout {
  id: string;
  /** Where its span stands in the list the lanes were prepared from. */
  at: number;
  type: EventType;
  kind: "point" | "bar";
  /** The drawn box; a point is centred in it. */
  x0: Px;
  x1: Px;
  y0: Px;
  y1: Px;
  /** Its place across the time axis: the row of its lane, or the column of the phone's track. */
  row: number;
  openStart: boolean;
  openEnd: boolean;
  label: LabelLayout | null;
}

/** Several crowded events merged into one mark with their count. */
export interface ClusterLayout {
  key: string;
  x0: Px;
  x1: Px;
  y0: Px;
  y1: Px;
  row: number;
  /** How many events it merges. */
  count: number;
  /** The time the merged events cover, to zoom to. */
  extent: TimeWindow;
}

/** A line from a mark to its label, where the label had to move away from it. */
export interface LeaderLayout {
  id: string;
  /** x, y of each point in turn. */
  points: Px[];
}

/** A lane's name and count, drawn at the start of its first row. */
export interface LaneTitle {
  x: Px;
  y: Px;
  text: string;
  /** Where the name ends: nothing is drawn before this in the first row. */
  end: Px;
}

/**
 * One lane: every event of one type, or of one group (imported timelines). `type` is the lane's
 * type, or for a group the type its clusters are drawn in (the first event's). On a phone all
 * events share one lane, the track, with no title.
 */
export interface LaneLayout {
  key: string;
  /** The group's name for a group lane; null for a type lane. */
  group: string | null;
  type: EventType;
  count: number;
  y: Px;
  height: Px;
  /** How many rows its marks take (lanes are as tall as their rows). */
  rows: number;
  title: LaneTitle | null;
  marks: MarkLayout[];
  clusters: ClusterLayout[];
}
