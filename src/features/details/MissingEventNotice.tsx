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
  return (
    <div className="notice" role="status">
      <p className="notice__text">
        No event “{shortText(id, 80)}” in this timeline. The link may be meant for another dataset,
        or the event may have been removed; everything in “{shortText(datasetTitle, 120)}” is shown
        below.
      </p>
      <button type="button" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
