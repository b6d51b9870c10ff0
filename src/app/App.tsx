import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import { ClampedText } from "../components/ClampedText.tsx";
import { ErrorState } from "../components/ErrorState.tsx";
import { fillSlots, slot } from "../components/fillSlots.tsx";
import { LoadingState } from "../components/LoadingState.tsx";
import { DatasetLoadError } from "../data/datasetLoadError.ts";
import { bundledDatasetUrl, datasetQueryOptions, useDataset } from "../data/datasetQuery.ts";
import { datasetUrlFromSearch } from "../data/datasetUrlFromSearch.ts";
import { type IndexedDataset, indexDataset } from "../data/indexDataset.ts";
import { useLoadProgress } from "../data/loadProgress.ts";
import { readDatasetFile } from "../data/readDatasetFile.ts";
import type { MessageKey } from "../i18n/messageKey.ts";
import { useActiveLocale } from "../i18n/useActiveLocale.ts";
import { useT } from "../i18n/useT.ts";
import { shortText } from "../lib/shortText.ts";
import { parseViewState } from "../state/parseViewState.ts";
import { serializeViewState } from "../state/serializeViewState.ts";
import { DEFAULT_VIEW_STATE } from "../state/viewState.ts";
import { OpenFileButton } from "./OpenFileButton.tsx";
import { SkipLink } from "./SkipLink.tsx";
import { TimelineApp } from "./TimelineApp.tsx";
import { useFileDrop } from "./useFileDrop.ts";
import { useOnLanguageChange } from "./useOnLanguageChange.ts";
import { usePymChild } from "./usePymChild.ts";

/** The page for the dataset the address names (`?data=`), else the bundled one. */
export function App({ datasetUrl }: { datasetUrl?: string }) {
  // The whole page is drawn again in a newly chosen language.
  useActiveLocale();
  const t = useT();
  const [location] = useState(() =>
    datasetUrl === undefined
      ? datasetUrlFromSearch(window.location.search, document.baseURI, bundledDatasetUrl())
      : ({ ok: true, data: datasetUrl } as const),
  );
  if (!location.ok) {
    return (
      <>
        <header className="masthead">
          <p className="masthead__brand">Sourceline</p>
          <h1>{t("app.newsTimeline")}</h1>
        </header>
        <main id="main" className="page">
          <ErrorState
            title={t("app.loadFailed")}
            error={new DatasetLoadError(location.reason, [], { kind: "bad-address" })}
          >
            <BundledTimelineLink />
          </ErrorState>
        </main>
      </>
    );
  }
  return <DatasetPage datasetUrl={location.data} />;
}

/** A way on from a timeline that failed: the one that comes with Sourceline. */
function BundledTimelineLink() {
  const t = useT();
  return (
    <p className="error-state__way-on">
      <a href="./">{t("app.openBundled")}</a>
    </p>
  );
}

/** This page's address outside an embed: without `embed` and the parameters Pym.js adds. */
function fullPageUrl(): string {
  const url = new URL(window.location.href);
  for (const name of ["embed", "childId", "initialWidth", "parentTitle", "parentUrl"])
    url.searchParams.delete(name);
  return url.href;
}

/** What the masthead says of a file opened, by its format. */
const OPENED_FORMAT: Record<IndexedDataset["format"], MessageKey> = {
  sourceline: "app.openedFile",
  timelinejs: "app.openedTimelineJs",
  spreadsheet: "app.openedSpreadsheet",
};

/**
 * Clears the address's selection, filters, search and window before another timeline replaces
 * the one shown (a file opened, or closed): they name the last one's events and groups, so kept
 * they would hide the new one's ("0 of 10 events match"). The dataset's address, the view and
 * embedding stay.
 */
function startViewAfresh() {
  const { data, view, embed } = parseViewState(window.location.search);
  const fresh = serializeViewState({ ...DEFAULT_VIEW_STATE, data, view, embed });
  window.history.replaceState(
    null,
    "",
    `${window.location.pathname}${fresh}${window.location.hash}`,
  );
}

/** A local file the reader opened, shown instead of the address's dataset until closed. */
interface OpenedFile {
  name: string;
  data: IndexedDataset;
  /** Changes with every file opened, so the views start afresh. */
  key: number;
}

/**
 * A masthead, then the timeline once its dataset has loaded, in every load state; a file opened or
 * dropped replaces it (and a bad file says why while the current timeline stays).
 */
function DatasetPage({ datasetUrl }: { datasetUrl: string }) {
  const t = useT();
  const query = useDataset(datasetUrl);
  const [opened, setOpened] = useState<OpenedFile | null>(null);
  const [openError, setOpenError] = useState<Error | null>(null);
  const [opening, setOpening] = useState(false);
  // Each file opened gets a number; only the latest one's outcome is shown.
  const latest = useRef(0);
  // The file opened last, kept to read again in another language.
  const openedFile = useRef<File | null>(null);
  const open = useCallback(async (file: File) => {
    const ticket = ++latest.current;
    setOpening(true);
    setOpenError(null);
    try {
      const data = indexDataset(await readDatasetFile(file));
      if (ticket === latest.current) {
        startViewAfresh();
        openedFile.current = file;
        setOpened({ name: file.name, data, key: ticket });
      }
    } catch (error) {
      if (ticket === latest.current)
        setOpenError(error instanceof Error ? error : new Error(String(error)));
    } finally {
      if (ticket === latest.current) setOpening(false);
    }
  }, []);
  const dragging = useFileDrop(open);
  // A file's problems are worded as it is read: in a newly chosen language, a timeline with
  // problems is read again (the view and its selection stay), so they speak it too.
  const client = useQueryClient();
  useOnLanguageChange(() => {
    const file = openedFile.current;
    if (opened && file) {
      if (opened.data.problems.length === 0) return;
      const ticket = latest.current;
      readDatasetFile(file).then(
        (read) => {
          if (ticket === latest.current) setOpened({ ...opened, data: indexDataset(read) });
        },
        () => {}, // it was read once; if it cannot be now, its problems keep their words
      );
    } else if (query.status === "success" && query.data.problems.length > 0) {
      void client.invalidateQueries({ queryKey: datasetQueryOptions(datasetUrl).queryKey });
    }
  });
  // A file opened (or closed) replaces the page under the reader: focus goes to its new title,
  // not to <body>, so keyboard and screen-reader users start from the top of the new timeline.
  const heading = useRef<HTMLHeadingElement>(null);
  const openedKey = opened?.key ?? 0;
  const shownKey = useRef(openedKey);
  useEffect(() => {
    if (shownKey.current === openedKey) return;
    shownKey.current = openedKey;
    heading.current?.focus();
  }, [openedKey]);
  const progress = useLoadProgress(datasetUrl);
  const data = opened?.data ?? (query.status === "success" ? query.data : null);
  // Inside another site's page: a minimal header, and the page's height told to its parent.
  const [embedded] = useState(
    () => typeof window !== "undefined" && parseViewState(window.location.search).embed,
  );
  usePymChild(embedded);

  return (
    <>
      {data && <SkipLink />}
      {embedded ? (
        <header className="masthead masthead--embed">
          <p className="masthead__embed">
            <a className="masthead__embed-link" href={fullPageUrl()} target="_blank" rel="noopener">
              {data ? shortText(data.dataset.title, 200) : t("app.newsTimeline")}
            </a>{" "}
            <span className="masthead__brand">Sourceline</span>
          </p>
        </header>
      ) : (
        <header className="masthead">
          <div className="masthead__top">
            <p className="masthead__brand">Sourceline</p>
            {/* Once a timeline shows, Open file… is in its toolbar. */}
            {!data && <OpenFileButton onFile={open} busy={opening} />}
          </div>
          {data ? (
            <>
              <h1 ref={heading} tabIndex={-1}>
                <bdi>{shortText(data.dataset.title, 200)}</bdi>
              </h1>
              {data.dataset.description !== "" && (
                <p className="masthead__description">
                  <ClampedText text={data.dataset.description} limit={400} />
                </p>
              )}
            </>
          ) : (
            <h1>{t("app.newsTimeline")}</h1>
          )}
          {opened && (
            <p className="masthead__opened">
              {fillSlots(t(OPENED_FORMAT[opened.data.format], { name: slot("name") }), {
                name: <strong dir="auto">{opened.name}</strong>,
              })}{" "}
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  startViewAfresh();
                  setOpened(null);
                }}
              >
                {t("app.closeOpened")}
              </button>
            </p>
          )}
        </header>
      )}
      {openError && (
        <div className="page">
          <ErrorState
            title={t("app.openFailed")}
            error={openError}
            onDismiss={() => setOpenError(null)}
          />
        </div>
      )}
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <p>{t("app.dropHint")}</p>
        </div>
      )}
      {data ? (
        <TimelineApp
          key={opened?.key ?? "address"}
          data={data}
          datasetUrl={opened ? null : datasetUrl}
          onOpenFile={open}
          opening={opening}
          embedded={embedded}
        />
      ) : (
        <main id="main" className="page">
          {query.status === "error" ? (
            <ErrorState
              title={t("app.loadFailed")}
              error={query.error}
              onRetry={() => query.refetch()}
              retrying={query.isFetching}
            >
              {datasetUrl !== bundledDatasetUrl() && <BundledTimelineLink />}
            </ErrorState>
          ) : (
            <LoadingState label={t("app.loading")} progress={progress} />
          )}
        </main>
      )}
    </>
  );
}
