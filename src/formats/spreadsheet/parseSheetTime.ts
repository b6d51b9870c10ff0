import { t } from "../../i18n/i18n.ts";
import { fail, ok, type Result } from "../../lib/result.ts";

/** A time of day as TimelineJS date fields (all dropped by the importer, which keeps days). */
export interface SheetTime {
  hour: number;
  minute?: number;
  second?: number;
  millisecond?: number;
}

/**
 * Reads a Time cell as TimelineJS3 does (`parseTime` in its DateUtil.js): "14:30", "1430",
 * "2:30 PM", "14.30", "14:30:15", "14:30:15.5". Fails, quoting the cell, for anything else.
 */
export function parseSheetTime(text: string): Result<SheetTime> {
  const period = /\s*([AaPp])\.?[Mm]\.?\s*$/.exec(text);
  const clock = (period ? text.slice(0, period.index) : text).trim();
  const compact = /^(\d{1,2})(\d{2})$/.exec(clock);
  const parts = compact
    ? [compact[1] as string, compact[2] as string]
    : clock.includes(":")
      ? clock.split(":")
      : clock.split(".");
  const whole = (part: string | undefined) =>
    part !== undefined && /^\d{1,2}$/.test(part) ? Number(part) : Number.NaN;
  let hour = whole(parts[0]);
  const minute = parts.length > 1 ? whole(parts[1]) : 0;
  const [secondText, fraction] = (parts[2] ?? "0").split(/[.,]/);
  const second = whole(secondText);
  const millis = fraction === undefined ? 0 : Number(`0.${fraction}`) * 1000;
  if (period) {
    if (hour < 1 || hour > 12) return fail(t("import.notTime", { text }));
    hour = (hour % 12) + (period[1]?.toLowerCase() === "p" ? 12 : 0);
  }
  const valid =
    parts.length <= 3 &&
    hour >= 0 &&
    hour <= 23 &&
    minute >= 0 &&
    minute <= 59 &&
    second >= 0 &&
    second <= 59 &&
    (fraction === undefined || /^\d{1,3}$/.test(fraction));
  if (!valid) return fail(t("import.notTime", { text }));
  return ok({
    hour,
    ...(parts.length > 1 ? { minute } : {}),
    ...(parts.length > 2 ? { second } : {}),
    ...(fraction === undefined ? {} : { millisecond: Math.round(millis) }),
  });
}
