import type { Era } from "../../data/datasetSchema.ts";
import { formatEraDates } from "../../dates/formatEraDates.ts";
import { useT } from "../../i18n/useT.ts";
import { NAME_LIMIT, shortText } from "../../lib/shortText.ts";

/** The eras by name, with their period at its precision, each a button that shows it on the timeline. */
export function EraList({ eras, onEra }: { eras: readonly Era[]; onEra: (era: Era) => void }) {
  const t = useT();
  return (
    <ul className="era-list" aria-label={t("timeline.eras")}>
      <li className="era-list__label" aria-hidden="true">
        {t("timeline.erasLabel")}
      </li>
      {eras.map((era) => {
        const when = formatEraDates(era);
        return (
          <li key={era.id}>
            <button
              type="button"
              className="link-button"
              onClick={() => onEra(era)}
              aria-label={t("timeline.showEra", { name: shortText(era.title, NAME_LIMIT), when })}
            >
              {shortText(era.title, NAME_LIMIT)}
            </button>{" "}
            <span className="era-list__when">({when})</span>
          </li>
        );
      })}
    </ul>
  );
}
