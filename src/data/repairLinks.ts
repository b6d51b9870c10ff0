import { isWebLink } from "../lib/webLink.ts";
import type { LoadProblem } from "./loadProblem.ts";

const isWebUrl = isWebLink;
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The link text as a problem shows it: quoted, clipped. */
const quoted = (value: string) =>
  JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);

/**
 * A copy of raw dataset JSON in which every link that is not http(s) — a source's `url`, an
 * event's `media.url`, a link in its `body` — is taken out (the text stays), each listed as a
 * problem. Links are the only strings a reader could follow, so only web addresses remain.
 * The input is not changed.
 */
export function repairLinks(
  json: Record<string, unknown>,
  problems: LoadProblem[],
): Record<string, unknown> {
  let out = json;
  const { sources, events } = json;
  if (Array.isArray(sources)) {
    const fixed = sources.map((source: unknown, i) => {
      if (!isObject(source) || typeof source.url !== "string" || isWebUrl(source.url))
        return source;
      problems.push({
        path: `sources[${i}].url`,
        reason: `${quoted(source.url)} is not an http(s) link; shown without a link`,
      });
      return { ...source, url: null };
    });
    out = { ...out, sources: fixed };
  }
  if (Array.isArray(events)) {
    const fixed = events.map((event: unknown, i) => {
      if (!isObject(event)) return event;
      let next = event;
      const { media, body } = event;
      if (isObject(media) && typeof media.url === "string" && !isWebUrl(media.url)) {
        problems.push({
          path: `events[${i}].media.url`,
          reason: `${quoted(media.url)} is not an http(s) link; shown without a link`,
        });
        next = { ...next, media: { ...media, url: null } };
      }
      if (Array.isArray(body)) {
        const runs = body.map((run: unknown, j) => {
          if (!isObject(run) || typeof run.href !== "string" || isWebUrl(run.href)) return run;
          problems.push({
            path: `events[${i}].body[${j}].href`,
            reason: `${quoted(run.href)} is not an http(s) link; its text is shown without a link`,
          });
          const { href: _, ...text } = run;
          return text;
        });
        next = { ...next, body: runs };
      }
      return next;
    });
    out = { ...out, events: fixed };
  }
  return out;
}
