import { useRef } from "react";

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
        {busy ? "Opening…" : "Open file…"}
      </button>
      <span id="open-file-hint" className="visually-hidden">
        A Sourceline or TimelineJS JSON file, or a spreadsheet (CSV, TSV or .xlsx); it is read in
        your browser and not uploaded. You can also drop it on the page.
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
