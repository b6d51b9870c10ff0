import { useT } from "../../i18n/useT.ts";
import { shortText } from "../../lib/shortText.ts";

/**
 * Said when the address names an event this timeline does not have (a link to another dataset,
 * or to an event since removed): names the id, and can be dismissed; the page works meanwhile.
 */
export function MissingEventNotice({
  id,
  datasetTitle,
  onDismiss,
}: {
  id: string;
  datasetTitle: string;
  onDismiss: () => void;
}) {
  const t = useT();
  return (
    <div className="notice" role="status">
      <p className="notice__text">
        {t("filters.missingEvent", {
          id: shortText(id, 80),
          title: shortText(datasetTitle, 120),
        })}
      </p>
      <button type="button" onClick={onDismiss}>
        {t("filters.dismiss")}
      </button>
    </div>
  );
}
