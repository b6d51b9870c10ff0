/** What one item of each dataset section is called in a problem ("…; event left out"). */
export const SECTION_ITEM = {
  sources: "source",
  people: "person",
  events: "event",
  eras: "era",
} as const;
