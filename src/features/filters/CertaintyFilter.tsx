import {
  DATE_CERTAINTIES,
  type DateCertainty,
  dateCertaintyLabel,
} from "../../dates/dateCertainty.ts";
import { useT } from "../../i18n/useT.ts";

/** The select's value for "any certainty", and for a list of several (only a link can make one). */
const ANY = "any";
const SEVERAL = "several";

/**
 * Filters by how certain an event's date is (exact day, month or year, range, open-ended,
 * unknown), each with how many events the other filters leave it.
 */
export function CertaintyFilter({
  certainty,
  counts,
  onCertainty,
}: {
  /** The certainties shown; null shows every one. */
  certainty: readonly DateCertainty[] | null;
  counts: Record<DateCertainty, number>;
  onCertainty: (certainty: DateCertainty[] | null) => void;
}) {
  const t = useT();
  const value =
    certainty === null ? ANY : certainty.length === 1 ? (certainty[0] as string) : SEVERAL;
  return (
    <label className="certainty-filter">
      <span>{t("filters.dates")}</span>
      <select
        value={value}
        onChange={(e) => {
          const chosen = DATE_CERTAINTIES.find((c) => c === e.target.value);
          if (chosen) onCertainty([chosen]);
          else if (e.target.value === ANY) onCertainty(null);
        }}
      >
        <option value={ANY}>{t("filters.anyCertainty")}</option>
        {DATE_CERTAINTIES.map((c) => (
          <option key={c} value={c}>
            {t("filters.certaintyOption", { label: dateCertaintyLabel(c), count: counts[c] })}
          </option>
        ))}
        {value === SEVERAL && (
          <option value={SEVERAL}>
            {certainty?.length === 0
              ? t("filters.none")
              : certainty?.map((c) => dateCertaintyLabel(c)).join(", ")}
          </option>
        )}
      </select>
    </label>
  );
}
