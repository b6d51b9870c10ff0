import type { RefObject } from "react";

interface SearchBoxProps {
  query: string;
  inputRef: RefObject<HTMLInputElement | null>;
  onQuery: (query: string) => void;
  /** Shorter words where the row is narrow. */
  compact: boolean;
}

/** The search over titles, summaries, excerpts and names; "/" focuses it. */
export function SearchBox({ query, inputRef, onQuery, compact }: SearchBoxProps) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: <search> is not yet known to every browser this supports.
    <form
      className="search-box"
      role="search"
      aria-label="Search events"
      onSubmit={(e) => e.preventDefault()}
    >
      <label htmlFor="search-input" className="visually-hidden">
        Search events
      </label>
      <input
        id="search-input"
        ref={inputRef}
        type="search"
        value={query}
        placeholder={compact ? "Search…" : "Search events  ( / )"}
        aria-keyshortcuts="/"
        autoComplete="off"
        onChange={(e) => onQuery(e.target.value)}
      />
    </form>
  );
}
