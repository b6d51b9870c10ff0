import { useT } from "../i18n/useT.ts";
import type { ViewMode } from "../state/viewState.ts";

/** Timeline or list: two views of the same filtered events and selection. */
export function ViewSwitch({
  value,
  onChange,
}: {
  value: ViewMode;
  onChange: (view: ViewMode) => void;
}) {
  const t = useT();
  return (
    <fieldset className="view-switch">
      <legend className="visually-hidden">{t("app.view")}</legend>
      {(["timeline", "list"] as const).map((view) => (
        <button
          key={view}
          type="button"
          aria-pressed={value === view}
          onClick={() => onChange(view)}
        >
          {view === "timeline" ? t("app.viewTimeline") : t("app.viewList")}
        </button>
      ))}
    </fieldset>
  );
}
