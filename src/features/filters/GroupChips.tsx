import { useT } from "../../i18n/useT.ts";
import { NAME_LIMIT, shortText } from "../../lib/shortText.ts";
import { groupLabel } from "../../state/checkGroupFilter.ts";

/** The longest group name a toggle shows; the whole name stays its tooltip. */
export const GROUP_CHIP_LIMIT = 32;

interface GroupChipsProps {
  /** The groups shown (`groupKey`s); null shows every group. */
  groups: readonly string[] | null;
  /** Events per group under the other filters; a group absent has none. */
  groupCounts: ReadonlyMap<string, number>;
  /** The timeline's groups (`listGroups`): one toggle each. */
  presentGroups: readonly string[];
  onGroups: (groups: string[] | null) => void;
}

/** A toggle per group of the open timeline, with its name and count; all on is no group filter. */
export function GroupChips({ groups, groupCounts, presentGroups, onGroups }: GroupChipsProps) {
  const t = useT();
  const shown = groups ?? presentGroups;
  const toggle = (group: string) => {
    const next = shown.includes(group) ? shown.filter((g) => g !== group) : [...shown, group];
    // Every group shown again is no group filter at all.
    const all = presentGroups.every((g) => next.includes(g));
    onGroups(all ? null : presentGroups.filter((g) => next.includes(g)));
  };
  return (
    <fieldset className="type-chips group-chips">
      <legend className="visually-hidden">{t("filters.groups")}</legend>
      {presentGroups.map((group) => {
        const label = groupLabel(group);
        const short = shortText(label, GROUP_CHIP_LIMIT);
        const count = groupCounts.get(group) ?? 0;
        // A clipped name is still said, and shown on hover, in full (up to a name's length).
        const whole = short === label ? undefined : shortText(label, NAME_LIMIT);
        return (
          <button
            key={group}
            type="button"
            className="type-toggle group-toggle"
            aria-pressed={shown.includes(group)}
            aria-label={whole && t("filters.chipName", { name: whole, count })}
            onClick={() => toggle(group)}
            title={whole}
          >
            <span>{short}</span> <span className="type-toggle__count">{count}</span>
          </button>
        );
      })}
    </fieldset>
  );
}
