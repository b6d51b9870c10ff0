import { Highlighted } from "../../components/Highlighted.tsx";
import { TypeIcon } from "../../components/TypeIcon.tsx";
import type { EventType } from "../../data/datasetSchema.ts";
import { eventTypeLabel } from "../../data/eventTypeLabels.ts";
import { useT } from "../../i18n/useT.ts";
import { NAME_LIMIT, shortText } from "../../lib/shortText.ts";

interface TypeBadgeProps {
  type: EventType;
  /** The event's group (`eventGroup`); null without one. */
  group?: string | null;
  /** The type's shape before its name (the details' heading). */
  icon?: boolean;
}

/**
 * The event's type as a labelled badge (the label, not only the colour, tells types apart), and
 * its group where it has one: in place of "Other", which is all an imported event's type says,
 * else beside the type.
 */
export function TypeBadge({ type, group = null, icon = false }: TypeBadgeProps) {
  const t = useT();
  const groupOnly = group !== null && type === "other";
  return (
    <>
      {!groupOnly && (
        <span className="type-badge" data-type={type}>
          {icon && <TypeIcon type={type} />}
          {icon && " "}
          {eventTypeLabel(type)}
        </span>
      )}
      {group !== null && (
        <span className="type-badge type-badge--group" data-type={type}>
          {groupOnly && icon && <TypeIcon type={type} />}
          {groupOnly && icon && " "}
          <span className="visually-hidden">{t("list.group")} </span>
          <bdi>
            <Highlighted text={shortText(group, NAME_LIMIT)} />
          </bdi>
        </span>
      )}
    </>
  );
}
