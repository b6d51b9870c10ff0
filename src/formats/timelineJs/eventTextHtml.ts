import type { Source, TimelineEvent } from "../../data/datasetSchema.ts";
import { sourcePublisher } from "../../data/sourcePublisher.ts";
import { escapeHtml } from "./escapeHtml.ts";
import { escapeLines, textRunsHtml } from "./textRunsHtml.ts";

/**
 * An event's words as TimelineJS slide HTML, every dataset string escaped: its own text (links
 * kept only when http or https), else its summary; then each excerpt as a block quote with the
 * publisher and title of its source. A summary that only repeats the title is left out.
 */
export function eventTextHtml(event: TimelineEvent, sources: ReadonlyMap<string, Source>): string {
  const body = event.body?.length
    ? textRunsHtml(event.body)
    : // A summary that only repeats the title (an imported event without text) is not repeated.
      event.summary === event.title
      ? ""
      : escapeLines(event.summary);
  const excerpts = event.excerpts.map((excerpt) => {
    const source = sources.get(excerpt.source);
    const quote = `<blockquote>${escapeLines(excerpt.exact)}</blockquote>`;
    return source
      ? `${quote}<p>— ${escapeHtml([sourcePublisher(source), source.title].filter(Boolean).join(", "))}</p>`
      : quote;
  });
  return (body ? `<p>${body}</p>` : "") + excerpts.join("");
}
