import { useDeferredValue } from "react";
import type { Person } from "../../data/datasetSchema.ts";
import { useT } from "../../i18n/useT.ts";
import { NAME_LIMIT, shortText } from "../../lib/shortText.ts";

interface PersonFilterProps {
  person: string | null;
  people: readonly Person[];
  /** Events per person under the other filters; null until counted (just after a change). */
  personCounts: ReadonlyMap<string, number> | null;
  onPerson: (person: string | null) => void;
}

const NO_PEOPLE: readonly Person[] = [];

/** The people, with their counts, to show one person's events. */
export function PersonFilter({ person, people, personCounts, onPerson }: PersonFilterProps) {
  // A long list of people (hundreds of options) is filled in just after the first draw, so the
  // timeline is not kept waiting for it; the chosen person is always there.
  const t = useT();
  const deferred = useDeferredValue(people, NO_PEOPLE);
  const options = deferred === NO_PEOPLE ? people.filter((p) => p.id === person) : deferred;
  return (
    <div className="person-filter">
      <label htmlFor="person-filter">{t("filters.person")}</label>
      <select
        id="person-filter"
        value={person ?? ""}
        onChange={(e) => onPerson(e.target.value === "" ? null : e.target.value)}
      >
        <option value="">{t("filters.everyone")}</option>
        {options.map((p) => (
          <option key={p.id} value={p.id}>
            {personCounts
              ? t("filters.personOption", {
                  name: shortText(p.name, NAME_LIMIT),
                  count: personCounts.get(p.id) ?? 0,
                })
              : shortText(p.name, NAME_LIMIT)}
          </option>
        ))}
      </select>
    </div>
  );
}
