import { useRef } from "react";

/** "Open file…": picks a local .json timeline (Sourceline or TimelineJS3); it stays in the browser. */
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
        A Sourceline or TimelineJS JSON file; it is read in your browser and not uploaded. You can
        also drop it on the page.
      </span>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
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
