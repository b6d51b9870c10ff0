import type { IndexedDataset } from "../data/indexDataset.ts";
import { formatInstantDay } from "../dates/formatInstantDay.ts";
import { t } from "../i18n/i18n.ts";
import { shortText } from "../lib/shortText.ts";
import { describeFilters } from "./describeFilters.ts";
import { serializeViewState } from "./serializeViewState.ts";
import type { ViewState } from "./viewState.ts";

/** What a shared link opens, in words: the first line names it, the others say how it is shown. */
export interface SharePreview {
  opens: string;
  details: string[];
}

/**
 * What a link to view `state` of `data` will open, for the Share panel: the event (and the
 * article at its excerpt) or the whole timeline, then the filters, the view and the window.
 */
export function describeShare(state: ViewState, data: IndexedDataset): SharePreview {
  const event =
    state.event === null ? undefined : data.dataset.events.find((e) => e.id === state.event);
  const title = (text: string) => shortText(text, 120);
  let opens = t("state.opensTimeline", { title: title(data.dataset.title) });
  if (event && state.reader !== null && event.excerpts[state.reader])
    opens = t("state.opensArticle", { excerpt: state.reader + 1, title: title(event.title) });
  else if (event) opens = t("state.opensDetails", { title: title(event.title) });
  const details = [
    describeFilters(
      { types: state.types, person: state.person, query: state.query, groups: state.groups },
      data,
    ),
  ];
  if (state.view === "list") details.push(t("state.shownAsList"));
  else if (state.window)
    details.push(
      t("state.windowRange", {
        start: formatInstantDay(state.window.start),
        end: formatInstantDay(state.window.end - 1),
      }),
    );
  return { opens, details };
}

/** The address of view `state` on this page: `page` (its address without query or fragment) and the state's query. */
export function shareLink(page: string, state: ViewState): string {
  // A link opens the full page, never the embedded view.
  return page.replace(/[?#].*$/, "") + serializeViewState({ ...state, embed: false });
}
