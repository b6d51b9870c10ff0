/** The fields that place an event in time order. */
interface Dated {
  id: string;
  date: { start: string | null; end: string | null };
}

/**
 * Time order: by earliest possible day (the latest, when only that is known), undated events
 * last, then by id. Calendar-day strings compare as text, so no time zone enters.
 */
export function compareEvents(a: Dated, b: Dated): number {
  const ka = a.date.start ?? a.date.end;
  const kb = b.date.start ?? b.date.end;
  if (ka !== kb) {
    if (ka === null) return 1;
    if (kb === null) return -1;
    return ka < kb ? -1 : 1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
