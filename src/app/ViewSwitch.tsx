import type { ViewMode } from "../state/viewState.ts";

/** Timeline or list: two views of the same filtered events and selection. */
export function ViewSwitch({
  value,
  onChange,
}: {
  value: ViewMode;
  onChange: (view: ViewMode) => void;
}) {
  return (
    <fieldset className="view-switch">
      <legend className="visually-hidden">View</legend>
      {(["timeline", "list"] as const).map((view) => (
        <button
          key={view}
          type="button"
          aria-pressed={value === view}
          onClick={() => onChange(view)}
        >
          {view === "timeline" ? "Timeline" : "List"}
        </button>
      ))}
    </fieldset>
  );
}
