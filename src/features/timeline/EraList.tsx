import type { Era } from "../../data/datasetSchema.ts";
import { formatEventDate } from "../../dates/formatEventDate.ts";
import { NAME_LIMIT, shortText } from "../../lib/shortText.ts";

/** The eras by name, each a button that shows its period on the timeline. */
export function EraList({ eras, onEra }: { eras: readonly Era[]; onEra: (era: Era) => void }) {
  return (
    <ul className="era-list" aria-label="Eras">
      <li className="era-list__label" aria-hidden="true">
        Eras:
      </li>
      {eras.map((era) => {
        const when = formatEventDate(era.start === era.end ? era.start : `${era.start}/${era.end}`);
        return (
          <li key={era.id}>
            <button
              type="button"
              className="link-button"
              onClick={() => onEra(era)}
              aria-label={`Show the era ${shortText(era.title, NAME_LIMIT)}, ${when}`}
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
