import { type RefObject, useDeferredValue } from "react";
import { EVENT_TYPE_LABELS } from "../../data/eventTypeLabels.ts";
import type { Person } from "../../data/schema.ts";
import { EVENT_TYPES, type EventType } from "../../data/vocabulary.ts";
import type { EventFilters } from "../../state/filterEvents.ts";
import { TypeIcon } from "../timeline/TypeSymbol.tsx";

interface FilterBarProps {
  filters: EventFilters;
  typeCounts: Record<EventType, number>;
  /** The types the dataset has at all: only those get a toggle. */
  presentTypes: readonly EventType[];
  people: readonly Person[];
  /** Events per person under the other filters; null until counted (just after a change). */
  personCounts: ReadonlyMap<string, number> | null;
  searchRef: RefObject<HTMLInputElement | null>;
  onQuery: (query: string) => void;
  onTypes: (types: EventType[] | null) => void;
  onPerson: (person: string | null) => void;
  onClear: () => void;
  active: boolean;
}

const NO_PEOPLE: readonly Person[] = [];

/** Search, type toggles with counts and a person filter; all change the views together. */
export function FilterBar(props: FilterBarProps) {
  const { filters, typeCounts, personCounts } = props;
  // A long list of people (hundreds of options) is filled in just after the first draw, so the
  // timeline is not kept waiting for it; the chosen person is always there.
  const deferred = useDeferredValue(props.people, NO_PEOPLE);
  const people =
    deferred === NO_PEOPLE ? props.people.filter((p) => p.id === filters.person) : deferred;
  const shown = filters.types ?? EVENT_TYPES;
  const toggle = (type: EventType) => {
    const next = shown.includes(type) ? shown.filter((t) => t !== type) : [...shown, type];
    // Every type the dataset has shown again is no type filter at all.
    const all = props.presentTypes.every((t) => next.includes(t));
    props.onTypes(all ? null : EVENT_TYPES.filter((t) => next.includes(t)));
  };
  return (
    // biome-ignore lint/a11y/useSemanticElements: <search> is not yet known to every browser this supports.
    <form
      className="filters"
      role="search"
      aria-label="Filter events"
      onSubmit={(e) => e.preventDefault()}
    >
      <div className="filters__search">
        <label htmlFor="search-input" className="visually-hidden">
          Search events
        </label>
        <input
          id="search-input"
          ref={props.searchRef}
          type="search"
          value={filters.query}
          placeholder="Search titles, excerpts, people…  ( / )"
          aria-keyshortcuts="/"
          autoComplete="off"
          onChange={(e) => props.onQuery(e.target.value)}
        />
      </div>
      <fieldset className="filters__types">
        <legend className="visually-hidden">Event types</legend>
        {props.presentTypes.map((type) => (
          <button
            key={type}
            type="button"
            className="type-toggle"
            data-type={type}
            aria-pressed={shown.includes(type)}
            onClick={() => toggle(type)}
          >
            <TypeIcon type={type} />
            {EVENT_TYPE_LABELS[type]} <span className="type-toggle__count">{typeCounts[type]}</span>
          </button>
        ))}
      </fieldset>
      <div className="filters__person">
        <label htmlFor="person-filter">Person</label>
        <select
          id="person-filter"
          value={filters.person ?? ""}
          onChange={(e) => props.onPerson(e.target.value === "" ? null : e.target.value)}
        >
          <option value="">Everyone</option>
          {people.map((person) => (
            <option key={person.id} value={person.id}>
              {personCounts ? `${person.name} (${personCounts.get(person.id) ?? 0})` : person.name}
            </option>
          ))}
        </select>
      </div>
      {props.active && (
        <button type="button" className="link-button" onClick={props.onClear}>
          Clear filters
        </button>
      )}
    </form>
  );
}
