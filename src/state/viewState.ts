import type { EventType } from "../data/datasetSchema.ts";
import type { DateCertainty } from "../dates/dateCertainty.ts";
import type { TimeWindow } from "../timeline/types.ts";

/** The ways events can be shown, in the order a switch lists them. */
export const VIEW_MODES = ["timeline", "list"] as const;

/** How events are shown: on a time axis, or as a list. */
export type ViewMode = (typeof VIEW_MODES)[number];

/** Everything a reader can change that a link should reproduce. */
export interface ViewState {
  /** The dataset's address as given in `?data=` (loaded instead of the bundled one); null = bundled. */
  data: string | null;
  /** The selected event's id. */
  event: string | null;
  /** Index of the selected event's excerpt shown in the source reader; null = reader closed. */
  reader: number | null;
  /** Event types shown; null = all, [] = none. */
  types: EventType[] | null;
  /** Only events naming this person; null = everyone. */
  person: string | null;
  /** How certain shown events' dates are; null = any, [] = none. */
  certainty: DateCertainty[] | null;
  /** Only events with a note (a correction or caveat). */
  corrections: boolean;
  /**
   * The groups shown, by name (`NO_GROUP`, "", for events with none); null = all, [] = none. Read
   * from the address as it is: the names the open timeline lacks are set aside where it is known.
   */
  groups: string[] | null;
  /** Search text; "" = none. */
  query: string;
  /** Visible time window; null = fit all events. */
  window: TimeWindow | null;
  /** null = the default for the screen width. */
  view: ViewMode | null;
  /** Shown inside another site's page (`?embed=1`): the timeline with a minimal header. */
  embed: boolean;
}

/** The state of a bare URL: nothing selected, nothing filtered, every event in view. */
export const DEFAULT_VIEW_STATE: ViewState = {
  data: null,
  event: null,
  reader: null,
  types: null,
  person: null,
  certainty: null,
  corrections: false,
  groups: null,
  query: "",
  window: null,
  view: null,
  embed: false,
};
