import { useRef } from "react";
import { useT } from "../i18n/useT.ts";

/** What Open file… offers: JSON, CSV, TSV, text and .xlsx files, by extension and type. */
const OPEN_FILE_TYPES = [
  ".json",
  "application/json",
  ".csv",
  "text/csv",
  ".tsv",
  "text/tab-separated-values",
  ".txt",
  ".xlsx",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
].join(",");

/**
 * "Open file…": picks a local timeline (Sourceline or TimelineJS3 JSON, or a spreadsheet: CSV,
 * TSV, .xlsx); it stays in the browser.
 */
export function OpenFileButton({ onFile, busy }: { onFile: (file: File) => void; busy: boolean }) {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        className="open-file"
        onClick={() => input.current?.click()}
        disabled={busy}
        aria-describedby="open-file-hint"
      >
        {busy ? t("app.opening") : t("app.openFile")}
      </button>
      <span id="open-file-hint" className="visually-hidden">
        {t("app.openFileHint")}
      </span>
      <input
        ref={input}
        type="file"
        accept={OPEN_FILE_TYPES}
        hidden
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = "";
          if (file) onFile(file);
        }}
      />
    </>
  );
}
