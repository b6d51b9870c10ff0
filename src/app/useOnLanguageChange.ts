import { useEffect, useRef } from "react";
import { useActiveLocale } from "../i18n/useActiveLocale.ts";

/** Calls `act` (as last drawn) each time the interface language changes, not on the first draw. */
export function useOnLanguageChange(act: () => void): void {
  const locale = useActiveLocale();
  const latest = useRef(act);
  latest.current = act;
  const seen = useRef(locale);
  useEffect(() => {
    if (seen.current === locale) return;
    seen.current = locale;
    latest.current();
  }, [locale]);
}
