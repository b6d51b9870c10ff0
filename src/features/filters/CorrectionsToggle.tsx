import { useT } from "../../i18n/useT.ts";

/**
 * "Corrections (n)": shows only the events that carry a note (a correction or a caveat), with how
 * many the other filters leave, so a fact-checker need not open every event to find them.
 */
export function CorrectionsToggle({
  on,
  count,
  onChange,
}: {
  on: boolean;
  count: number;
  onChange: (on: boolean) => void;
}) {
  const t = useT();
  return (
    <button
      type="button"
      className="corrections-toggle"
      aria-pressed={on}
      title={t("filters.correctionsTitle")}
      onClick={() => onChange(!on)}
    >
      {t("filters.corrections", { count })}
    </button>
  );
}
