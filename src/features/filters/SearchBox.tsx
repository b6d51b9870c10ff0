import type { RefObject } from "react";
import { useT } from "../../i18n/useT.ts";

interface SearchBoxProps {
  query: string;
  inputRef: RefObject<HTMLInputElement | null>;
  onQuery: (query: string) => void;
  /** Shorter words where the row is narrow. */
  compact: boolean;
}

/** The search over titles, summaries, excerpts and names; "/" focuses it. */
export function SearchBox({ query, inputRef, onQuery, compact }: SearchBoxProps) {
  const t = useT();
  return (
    // biome-ignore lint/a11y/useSemanticElements: <search> is not yet known to every browser this supports.
    <form
      className="search-box"
      role="search"
      aria-label={t("filters.searchEvents")}
      onSubmit={(e) => e.preventDefault()}
    >
      <label htmlFor="search-input" className="visually-hidden">
        {t("filters.searchEvents")}
      </label>
      <input
        id="search-input"
        ref={inputRef}
        type="search"
        value={query}
        placeholder={compact ? t("filters.searchShort") : t("filters.searchPlaceholder")}
        aria-keyshortcuts="/"
        autoComplete="off"
        onChange={(e) => onQuery(e.target.value)}
      />
    </form>
  );
}
