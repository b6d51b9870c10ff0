import { isRecord } from "../lib/isRecord.ts";
import { isWebLink } from "../lib/webLink.ts";
import type { LoadProblem } from "./loadProblem.ts";
import { problemIn } from "./problemItem.ts";
import { quoteForProblem } from "./quoteForProblem.ts";

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
      if (!isRecord(source) || typeof source.url !== "string" || isWebLink(source.url))
        return source;
      problems.push(
        problemIn(
          source,
          `sources[${i}].url`,
          `${quoteForProblem(source.url)} is not an http(s) link; shown without a link`,
        ),
      );
      return { ...source, url: null };
    });
    out = { ...out, sources: fixed };
  }
  if (Array.isArray(events)) {
    const fixed = events.map((event: unknown, i) => {
      if (!isRecord(event)) return event;
      let next = event;
      const { media, body } = event;
      if (isRecord(media) && typeof media.url === "string" && !isWebLink(media.url)) {
        problems.push(
          problemIn(
            event,
            `events[${i}].media.url`,
            `${quoteForProblem(media.url)} is not an http(s) link; shown without a link`,
          ),
        );
        next = { ...next, media: { ...media, url: null } };
      }
      if (Array.isArray(body)) {
        const runs = body.map((run: unknown, j) => {
          if (!isRecord(run) || typeof run.href !== "string" || isWebLink(run.href)) return run;
          problems.push(
            problemIn(
              event,
              `events[${i}].body[${j}].href`,
              `${quoteForProblem(run.href)} is not an http(s) link; its text is shown without a link`,
            ),
          );
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
