import { type CSSProperties, useEffect, useRef } from "react";
import type { TimelineEvent } from "../../data/datasetSchema.ts";
import { formatEventDate } from "../../dates/formatEventDate.ts";
import { useT } from "../../i18n/useT.ts";
import { shortText } from "../../lib/shortText.ts";

interface MarkChooserProps {
  /** The events whose marks were under the tap, in time order. */
  events: readonly TimelineEvent[];
  /** Where the tap was, in pixels from the timeline's top left corner; the list opens below it or above. */
  at: { x: number; y: number; above: boolean };
  onChoose: (id: string) => void;
  onClose: () => void;
  /** For a cluster: zooms in to all its events. */
  onZoom?: (() => void) | undefined;
}

/**
 * A short list of the events under one tap, where marks stack closer than a finger: choosing
 * one opens it. Focus starts on the first; Esc or a press outside closes it.
 */
export function MarkChooser({ events, at, onChoose, onClose, onZoom }: MarkChooserProps) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.scrollIntoView({ block: "nearest" });
    ref.current?.querySelector("button")?.focus({ preventScroll: true });
    const onPointerDown = (e: PointerEvent) => {
      if (!ref.current?.contains(e.target as Node)) onClose();
    };
    document.addEventListener("pointerdown", onPointerDown);
    return () => document.removeEventListener("pointerdown", onPointerDown);
  }, [onClose]);
  const title = t("timeline.chooserName", { count: events.length });
  return (
    <div
      ref={ref}
      className="mark-chooser"
      role="dialog"
      aria-label={title}
      // As custom properties, so a phone's stylesheet can dock the list instead (styles.css).
      style={
        {
          "--chooser-left": `clamp(0px, calc(${at.x}px - 8rem), calc(100% - min(16rem, 100%)))`,
          "--chooser-top": at.above ? "auto" : `${at.y + 12}px`,
          "--chooser-bottom": at.above ? `calc(100% - ${at.y - 12}px)` : "auto",
        } as CSSProperties
      }
      onKeyDown={(e) => {
        // The timeline's own keys (arrows, Enter) and the page's Esc stay out of the list.
        e.stopPropagation();
        if (e.key === "Escape") onClose();
      }}
    >
      <p className="mark-chooser__title">{t("timeline.chooserTitle", { count: events.length })}</p>
      <ul className="mark-chooser__list">
        {events.map((event) => (
          <li key={event.id}>
            <button type="button" onClick={() => onChoose(event.id)}>
              <span className="mark-chooser__name" dir="auto">
                {shortText(event.title, 120)}
              </span>{" "}
              <span className="mark-chooser__date">{formatEventDate(event.date.edtf)}</span>
            </button>
          </li>
        ))}
      </ul>
      <p className="mark-chooser__actions">
        {onZoom && (
          <button type="button" className="link-button" onClick={onZoom}>
            {t("timeline.chooserZoom")}
          </button>
        )}
        <button type="button" className="link-button" onClick={onClose}>
          {t("timeline.chooserClose")}
        </button>
      </p>
    </div>
  );
}
