import { useState } from "react";
import { fillSlots, slot } from "../../components/fillSlots.tsx";
import type { Copied } from "../../components/useCopyText.ts";
import type { IndexedDataset } from "../../data/indexDataset.ts";
import { withEmbeddedData } from "../../data/withEmbeddedData.ts";
import { isEmbeddable } from "../../embed/embedSnippet.ts";
import { useT } from "../../i18n/useT.ts";
import { downloadFile } from "../../lib/downloadFile.ts";
import { describeShare, shareLink } from "../../state/describeShare.ts";
import type { ViewState } from "../../state/viewState.ts";
import { CopyField } from "./CopyField.tsx";
import { fileStem } from "./fileStem.ts";

interface SharePanelProps {
  data: IndexedDataset;
  /** The view when the menu was last opened, and the page's address then (none before). */
  state: ViewState | null;
  page: string;
  /** The dataset came from a file on this device, not from an address: a link cannot open it. */
  local: boolean;
  /** How the last copy went, and the copy itself (kept by the menu, forgotten when it opens). */
  copied: Copied;
  copyText: (text: string) => Promise<void>;
}

/**
 * The Share menu's panel: the link of the current view, with what it will open (the event or the
 * timeline, the filters, the window), and a button that copies it. A timeline opened from a file
 * on this device has no address to link to: the panel says how to publish it, and offers the file.
 */
export function SharePanel({ data, state, page, local, copied, copyText }: SharePanelProps) {
  const t = useT();
  const link = state ? shareLink(page, state) : "";
  const preview = state ? describeShare(state, data) : null;
  const copy = () => copyText(link);
  const [pageProblem, setPageProblem] = useState<string | null>(null);
  const fileText = async () => {
    const { exportSourceline } = await import("../../formats/exportSourceline.ts");
    return exportSourceline(data.dataset, data.dataset.events);
  };
  const download = async () => {
    downloadFile(`${fileStem(data.dataset.title)}.json`, "application/json", await fileText());
  };
  // The built site carries the standalone page beside the app; this timeline goes inside it.
  const downloadPage = async () => {
    setPageProblem(null);
    let html: string | null = null;
    try {
      const response = await fetch(new URL("standalone.html", document.baseURI));
      if (response.ok) {
        const dataset: unknown = JSON.parse(await fileText());
        html = withEmbeddedData(await response.text(), { dataset, texts: {} });
      }
    } catch {
      html = null;
    }
    if (html === null) {
      setPageProblem(t("export.noOnePage"));
      return;
    }
    downloadFile(`${fileStem(data.dataset.title)}.html`, "text/html", html);
  };
  const base = page.replace(/[?#].*$/, "");
  return (
    <>
      {local ? (
        <>
          <p className="share-menu__text">
            {fillSlots(t("export.localFile", { data: slot("data") }), {
              data: <code>?data=</code>,
            })}
          </p>
          <p className="share-menu__example">
            <code>
              {state
                ? shareLink(`${base}?data=https://example.org/timeline.json`, {
                    ...state,
                    data: "https://example.org/timeline.json",
                  })
                : `${base}?data=https://example.org/timeline.json`}
            </code>
          </p>
          <button type="button" onClick={download}>
            {t("export.downloadFile")}
          </button>
          <button type="button" onClick={downloadPage}>
            {t("export.downloadPage")}
          </button>
          <p className="share-menu__text">{t("export.onePageAbout")}</p>
          {pageProblem && (
            <p className="share-menu__text" role="alert">
              {pageProblem}
            </p>
          )}
          <p className="share-menu__text">{t("export.fileOpensHere")}</p>
        </>
      ) : (
        preview && (
          <>
            <p className="share-menu__opens">
              <strong>{t("export.linkOpens")}</strong> {preview.opens}
            </p>
            <ul className="share-menu__details">
              {preview.details.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
            <CopyField
              label={t("export.linkLabel")}
              value={link}
              byHand={t("export.copyLinkByHand")}
              action={t("export.copyLink")}
              fieldClass="share-menu__link"
              copied={copied}
              onCopy={copy}
            />
            {!isEmbeddable(page) && <p className="share-menu__text">{t("export.linkOnlyHere")}</p>}
          </>
        )
      )}
    </>
  );
}
