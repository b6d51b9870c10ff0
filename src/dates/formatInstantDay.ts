import { formatPoint } from "./formatEventDate.ts";

/** The UTC calendar day of an instant, as people write it: "14 May 2024". */
export function formatInstantDay(ms: number): string {
  const d = new Date(ms);
  return formatPoint({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
}
