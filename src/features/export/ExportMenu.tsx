import { useRef, useState } from "react";
import { useDismiss } from "../../components/useDismiss.ts";
import type { Dataset, TimelineEvent } from "../../data/schema.ts";
import { downloadFile } from "../../lib/downloadFile.ts";
import { EmbedCode } from "./EmbedCode.tsx";
import { fileStem } from "./fileStem.ts";

interface ExportFormat {
  label: string;
  extension: string;
  type: string;
  /** Builds the file; the exporters load only when asked for. */
  build: (dataset: Dataset, events: readonly TimelineEvent[]) => Promise<string>;
}

const FORMATS: ExportFormat[] = [
  {
    label: "Sourceline JSON",
    extension: "json",
    type: "application/json",
    build: async (d, e) =>
      (await import("../../formats/exportSourceline.ts")).exportSourceline(d, e),
  },
  {
    label: "TimelineJS JSON",
    extension: "timelinejs.json",
    type: "application/json",
    build: async (d, e) => {
      const { exportTimelineJs } = await import("../../formats/timelineJs/exportTimelineJs.ts");
      return `${JSON.stringify(exportTimelineJs(d, e), null, 2)}\n`;
    },
  },
  {
    label: "CSV (spreadsheet)",
    extension: "csv",
    type: "text/csv;charset=utf-8",
    build: async (d, e) => (await import("../../formats/exportCsv.ts")).exportCsv(d, e),
  },
  {
    label: "iCalendar (.ics)",
    extension: "ics",
    type: "text/calendar;charset=utf-8",
    build: async (d, e) => (await import("../../formats/exportIcs.ts")).exportIcs(d, e),
  },
];

/**
 * "Export": the events shown now (after filters) as Sourceline JSON, TimelineJS, CSV or
 * iCalendar, and the page's embed code.
 */
export function ExportMenu({
  dataset,
  events,
}: {
  dataset: Dataset;
  events: readonly TimelineEvent[];
}) {
  const menu = useRef<HTMLDetailsElement>(null);
  useDismiss(menu);
  const [failure, setFailure] = useState<string | null>(null);
  const shown = events.length === 1 ? "the 1 event shown" : `the ${events.length} events shown`;
  const save = async (format: ExportFormat) => {
    setFailure(null);
    try {
      const text = await format.build(dataset, events);
      downloadFile(`${fileStem(dataset.title)}.${format.extension}`, format.type, text);
      if (menu.current) menu.current.open = false;
    } catch (error) {
      setFailure(`Export failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  return (
    <details ref={menu} className="export-menu">
      <summary>Export</summary>
      <div className="export-menu__panel">
        <p className="export-menu__caption">Save {shown} as:</p>
        <ul>
          {FORMATS.map((format) => (
            <li key={format.label}>
              <button type="button" onClick={() => save(format)} disabled={events.length === 0}>
                {format.label}
              </button>
            </li>
          ))}
        </ul>
        {failure && <p role="alert">{failure}</p>}
        <EmbedCode title={dataset.title} />
      </div>
    </details>
  );
}
