import { useEffect, useId, useRef, useState } from "react";
import type { Dataset, TimelineEvent } from "../../data/datasetSchema.ts";
import { describeLosses } from "../../formats/describeLosses.ts";
import { type ExportLosses, losesNothing, NO_LOSSES } from "../../formats/exportLosses.ts";
import type { MessageKey } from "../../i18n/messageKey.ts";
import { useT } from "../../i18n/useT.ts";
import { downloadFile } from "../../lib/downloadFile.ts";
import { shortText } from "../../lib/shortText.ts";
import { EmbedCode } from "./EmbedCode.tsx";
import { fileStem } from "./fileStem.ts";

interface ExportFormat {
  /** Its name in the menu, looked up when drawn. */
  label: MessageKey;
  extension: string;
  type: string;
  /** Builds the file; the exporters load only when asked for. */
  build: (dataset: Dataset, events: readonly TimelineEvent[]) => Promise<string>;
  /** What the format cannot carry of these events, told before saving. */
  losses: (dataset: Dataset, events: readonly TimelineEvent[]) => Promise<ExportLosses>;
}

const FORMATS: ExportFormat[] = [
  {
    label: "export.formatSourceline",
    extension: "json",
    type: "application/json",
    build: async (d, e) =>
      (await import("../../formats/exportSourceline.ts")).exportSourceline(d, e),
    losses: async () => NO_LOSSES,
  },
  {
    label: "export.formatTimelineJs",
    extension: "timelinejs.json",
    type: "application/json",
    build: async (d, e) => {
      const { exportTimelineJs } = await import("../../formats/timelineJs/exportTimelineJs.ts");
      return `${JSON.stringify(exportTimelineJs(d, e), null, 2)}\n`;
    },
    losses: async (d, e) =>
      (await import("../../formats/timelineJs/exportTimelineJs.ts")).timelineJsLosses(d, e),
  },
  {
    label: "export.formatCsv",
    extension: "csv",
    type: "text/csv;charset=utf-8",
    build: async (d, e) => (await import("../../formats/exportCsv.ts")).exportCsv(d, e),
    losses: async (d, e) => (await import("../../formats/exportCsv.ts")).csvLosses(d, e),
  },
  {
    label: "export.formatIcs",
    extension: "ics",
    type: "text/calendar;charset=utf-8",
    build: async (d, e) => (await import("../../formats/exportIcs.ts")).exportIcs(d, e),
    losses: async (d, e) => (await import("../../formats/exportIcs.ts")).icsLosses(d, e),
  },
];

/** A format chosen whose file would lose something, waiting for the reader's word. */
interface Pending {
  format: ExportFormat;
  sentences: string[];
}

/**
 * The Export menu's panel: the events shown now (after filters) as Sourceline JSON, TimelineJS,
 * CSV or iCalendar, and the page's embed code. A format that cannot carry everything says what it
 * leaves out (events, notes, people…) before saving, and saves only when asked to go on.
 */
export function ExportPanel({
  dataset,
  events,
  onSaved,
}: {
  dataset: Dataset;
  events: readonly TimelineEvent[];
  /** Called once a file is saved: the menu closes. */
  onSaved: () => void;
}) {
  const t = useT();
  const [failure, setFailure] = useState<string | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const warning = useRef<HTMLFieldSetElement>(null);
  const warningId = useId();
  const captionId = useId();
  // The warning takes focus when it appears, so it is read (and answered) before anything else.
  useEffect(() => {
    if (pending) warning.current?.focus();
  }, [pending]);
  // What would be lost depends on the events: a new filter asks again.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset on a change of events only.
  useEffect(() => setPending(null), [events]);
  const failed = (error: unknown) =>
    t("export.failed", { reason: error instanceof Error ? error.message : String(error) });
  const choose = async (format: ExportFormat) => {
    setFailure(null);
    setPending(null);
    try {
      const losses = await format.losses(dataset, events);
      if (losesNothing(losses)) await save(format);
      else setPending({ format, sentences: describeLosses(losses) });
    } catch (error) {
      setFailure(failed(error));
    }
  };
  const save = async (format: ExportFormat) => {
    setFailure(null);
    setPending(null);
    try {
      const text = await format.build(dataset, events);
      downloadFile(`${fileStem(dataset.title)}.${format.extension}`, format.type, text);
      onSaved();
    } catch (error) {
      setFailure(failed(error));
    }
  };
  return (
    <>
      <p id={captionId} className="export-menu__caption">
        {t("export.saveAs", { count: events.length })}
      </p>
      <ul aria-labelledby={captionId}>
        {FORMATS.map((format) => (
          <li key={format.label}>
            <button type="button" onClick={() => choose(format)} disabled={events.length === 0}>
              {t(format.label)}
            </button>
          </li>
        ))}
      </ul>
      {pending && (
        <fieldset
          ref={warning}
          className="export-menu__warning"
          aria-describedby={`${warningId}-list`}
          tabIndex={-1}
        >
          <legend className="export-menu__warning-title">
            {t("export.cannotCarry", { format: t(pending.format.label) })}
          </legend>
          <ul id={`${warningId}-list`}>
            {pending.sentences.map((sentence) => (
              <li key={sentence}>{sentence}</li>
            ))}
          </ul>
          <div className="export-menu__warning-actions">
            <button type="button" onClick={() => save(pending.format)}>
              {t("export.saveAnyway")}
            </button>
            <button type="button" onClick={() => setPending(null)}>
              {t("export.cancel")}
            </button>
          </div>
        </fieldset>
      )}
      {failure && <p role="alert">{failure}</p>}
      <EmbedCode title={shortText(dataset.title, 200)} />
    </>
  );
}
