import { useT } from "../../i18n/useT.ts";

/**
 * Said when the address asked for something that was not understood (a filter naming no known
 * type, a malformed event or window): what each was and what is shown instead. It can be
 * dismissed; the page works meanwhile.
 */
export function LinkNotice({
  notices,
  onDismiss,
}: {
  notices: readonly string[];
  onDismiss: () => void;
}) {
  const t = useT();
  return (
    <div className="notice" role="status" aria-label={t("filters.linkNotice")}>
      {notices.map((notice) => (
        <p key={notice} className="notice__text">
          {notice}
        </p>
      ))}
      <button type="button" onClick={onDismiss}>
        {t("filters.dismiss")}
      </button>
    </div>
  );
}
