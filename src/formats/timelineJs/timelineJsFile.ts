/**
 * The TimelineJS3 JSON shape Sourceline writes (https://timeline.knightlab.com/docs/json-format.html).
 * Every text field except `unique_id` is HTML to TimelineJS, so the exporter escapes it.
 */

/** A TimelineJS date: only the fields of its precision are present. */
export interface TimelineJsDate {
  year: number;
  month?: number;
  day?: number;
  display_date?: string;
}

/** A slide's words: `headline` and `text` are HTML. */
export interface TimelineJsText {
  headline?: string;
  text?: string;
}

/** A slide's media; TimelineJS shows it only when `url` is not empty. */
export interface TimelineJsMedia {
  url: string;
  caption?: string;
  credit?: string;
}

/** The title slide: no dates. */
export interface TimelineJsTitleSlide {
  text: TimelineJsText;
}

/** One event. */
export interface TimelineJsSlide {
  start_date: TimelineJsDate;
  end_date?: TimelineJsDate;
  text: TimelineJsText;
  media?: TimelineJsMedia;
  group?: string;
  display_date?: string;
  unique_id: string;
}

/** A background period. */
export interface TimelineJsEra {
  start_date: TimelineJsDate;
  end_date: TimelineJsDate;
  text: TimelineJsText;
}

/** A whole TimelineJS3 file as Sourceline writes it. */
export interface TimelineJsFile {
  title: TimelineJsTitleSlide;
  events: TimelineJsSlide[];
  eras?: TimelineJsEra[];
  scale: "human" | "cosmological";
}
