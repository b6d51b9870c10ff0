import { fail, ok, type Result } from "../lib/result.ts";

/** An article file split into its parts; `bodyStart` indexes the whole text. */
export interface ParsedArticle {
  /** The first line as an ISO 8601 instant, e.g. `2024-05-18T04:52:21Z`. */
  published: string;
  /** Index in the whole text where the body begins. */
  bodyStart: number;
  body: string;
}

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const IMF_FIXDATE = /^(\w{3}), (\d{2}) (\w{3}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT$/;

/** Parses an HTTP date (RFC 9110 IMF-fixdate, `Sat, 18 May 2024 04:52:21 GMT`) to an instant. */
export function parseHttpDate(line: string): Result<string> {
  const m = IMF_FIXDATE.exec(line);
  if (!m) {
    return fail(
      `first line "${line.slice(0, 60)}" is not an HTTP date like "Sat, 18 May 2024 04:52:21 GMT"`,
    );
  }
  const [, weekday, dd, mon, yyyy, hh, mi, ss] = m as unknown as string[];
  const month = MONTHS.indexOf(mon ?? "");
  if (month < 0) return fail(`first line has an unknown month "${mon}"`);
  const [year, day, hour, minute, second] = [yyyy, dd, hh, mi, ss].map(Number) as number[];
  // setUTCFullYear, not Date.UTC: that reads the years 0–99 as 1900–1999.
  const date = new Date(0);
  date.setUTCFullYear(year ?? 0, month, day);
  date.setUTCHours(hour ?? 0, minute ?? 0, second ?? 0, 0);
  if (
    date.getUTCDate() !== day ||
    date.getUTCMonth() !== month ||
    (hour ?? 0) > 23 ||
    (minute ?? 0) > 59 ||
    (second ?? 0) > 59
  ) {
    return fail(`first line "${line}" is not a real date and time`);
  }
  if (WEEKDAYS[date.getUTCDay()] !== weekday) {
    return fail(
      `first line "${line}" names the wrong weekday (that day is a ${WEEKDAYS[date.getUTCDay()]})`,
    );
  }
  return ok(date.toISOString().replace(".000Z", "Z"));
}

/**
 * Parses the corpus format: an HTTP date on the first line, one blank line, then the body.
 * Line ends may be LF or CRLF. Fails with the reason the text does not fit.
 */
export function parseArticle(text: string): Result<ParsedArticle> {
  if (text.charCodeAt(0) === 0xfeff)
    return fail("starts with a byte-order mark; save it without one");
  const firstBreak = text.indexOf("\n");
  if (firstBreak < 0)
    return fail("has only one line; expected an HTTP date, a blank line, then the body");
  const firstLine = text.slice(0, firstBreak).replace(/\r$/, "");
  const published = parseHttpDate(firstLine);
  if (!published.ok) return published;
  const rest = text.slice(firstBreak + 1);
  const blank = /^\r?\n/.exec(rest);
  if (!blank)
    return fail("second line is not blank; expected a blank line between the date and the body");
  const bodyStart = firstBreak + 1 + blank[0].length;
  const body = text.slice(bodyStart);
  if (!/\S/.test(body)) return fail("has no body after the date line");
  return ok({ published: published.data, bodyStart, body });
}
