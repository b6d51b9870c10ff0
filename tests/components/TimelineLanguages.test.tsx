import { readFileSync } from "node:fs";
import { join } from "node:path";
import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { App } from "../../src/app/App.tsx";
import type { Dataset, TimelineEvent } from "../../src/data/datasetSchema.ts";
import { loadLocale } from "../../src/i18n/loadLocale.ts";
import type { Locale } from "../../src/i18n/locales.ts";
import { renderWithClient } from "./renderWithClient.tsx";
import { jsonResponse, serveResponses } from "./serveResponses.ts";

const DATA_URL = "http://test.local/data/timeline.json";
const dataset = JSON.parse(
  readFileSync(join(process.cwd(), "public/data/timeline.json"), "utf8"),
) as Dataset;

/** The real dataset plus eight departures on eight days in a row: merged into a cluster. */
function crowded(): Dataset {
  const model = dataset.events.find((e) => e.id === "leike-resigns") as TimelineEvent;
  const extra = Array.from({ length: 8 }, (_, i): TimelineEvent => {
    const day = `2024-03-0${i + 1}`;
    return {
      ...model,
      id: `crowd-${i}`,
      title: `Crowd ${i}`,
      date: { ...model.date, edtf: day, start: day, end: day },
    };
  });
  return { ...dataset, events: [...dataset.events, ...extra] };
}

/** Digits as the language writes them: Western or Arabic-Indic. */
const N = "[0-9٠-٩]+";
/** A number written either way, read back. */
const read = (text: string) =>
  Number(text.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660)));

interface Words {
  locale: Locale;
  /** The mark of "Jan Leike resigns" (a departure, known to the day, one excerpt). */
  mark: RegExp;
  lane: RegExp;
  zoomIn: string;
  /** A cluster's name, its count first. */
  cluster: RegExp;
  /** The list of a cluster's events, by its count. */
  chooser: (count: number) => RegExp;
  zoomToThem: string;
}

const LANGUAGES: Words[] = [
  {
    locale: "ar",
    // Right to left, `t` isolates (U+2068 … U+2069) every text value: the title, the type, the
    // excerpts, the lane’s name and formatted count, so that a group named in English keeps its count after it.
    mark: /^\u2068Jan Leike resigns\u2069، .+، \u2068مغادرة\u2069، \u2068مقتطف واحد\u2069$/,
    lane: new RegExp(`^\u2068مغادرة\u2069 · \u2068${N}\u2069$`),
    zoomIn: "تكبير",
    cluster: new RegExp(`^(${N}) (أحداث|حدثًا|حدث)، من .+ إلى .+\\. كبّر لرؤيتها$`),
    chooser: (count) =>
      new RegExp(`^${count >= 3 && count <= 10 ? `${N} أحداث` : `${N} حدثًا`} هنا$`),
    zoomToThem: "التكبير إلى هذه الأحداث",
  },
  {
    locale: "ja",
    mark: /^Jan Leike resigns、.+、退任、抜粋1件$/,
    lane: new RegExp(`^退任 · ${N}$`),
    zoomIn: "拡大",
    cluster: new RegExp(`^(${N})件の出来事、.+～.+。拡大すると表示されます$`),
    chooser: (count) => new RegExp(`^ここに${count}件の出来事$`),
    zoomToThem: "これらの出来事を拡大",
  },
];

afterEach(async () => {
  vi.unstubAllGlobals();
  await loadLocale("en");
});

describe.each(LANGUAGES)("the timeline in $locale", (words) => {
  it("names marks, lanes, controls and clusters, with their counts, in the language", async () => {
    await loadLocale(words.locale);
    window.history.replaceState(null, "", "/?view=timeline");
    serveResponses({ [DATA_URL]: () => jsonResponse(crowded()) });
    renderWithClient(<App datasetUrl={DATA_URL} />);
    await screen.findByText(words.lane);
    expect(
      screen.getByRole("button", { name: /^\u2068?Jan Leike resigns\u2069?[،、]/ }),
    ).toHaveAccessibleName(words.mark);
    expect(screen.getByRole("button", { name: words.zoomIn })).toBeInTheDocument();

    const cluster = await screen.findByRole("button", { name: words.cluster });
    const count = read(words.cluster.exec(cluster.getAttribute("aria-label") ?? "")?.[1] ?? "");
    // The count drawn on the cluster is the one its name says.
    expect(read(cluster.textContent ?? "")).toBe(count);
    expect(count).toBeGreaterThan(1);

    await userEvent.click(cluster);
    const list = await screen.findByRole("dialog", { name: words.chooser(count) });
    expect(within(list).getAllByRole("button", { name: /^Crowd \d+ / })).toHaveLength(count);
    expect(within(list).getByRole("button", { name: words.zoomToThem })).toBeInTheDocument();
  });
});

describe("the timeline when the language changes", () => {
  it("names its marks, lanes, clusters and controls again in the new language", async () => {
    window.history.replaceState(null, "", "/?view=timeline");
    serveResponses({ [DATA_URL]: () => jsonResponse(crowded()) });
    renderWithClient(<App datasetUrl={DATA_URL} />);
    await screen.findByText("Departure · 12");
    await screen.findByRole("button", { name: /^\d+ events, .+\. Zoom in to see them$/ });
    await act(() => loadLocale("de"));
    // The lane names are laid out again (measured in their new words), the marks named again.
    expect(await screen.findByText("Abgang · 12")).toBeInTheDocument();
    expect(screen.queryByText("Departure · 12")).toBeNull();
    expect(screen.getByRole("button", { name: /^Jan Leike resigns, / })).toHaveAccessibleName(
      /^Jan Leike resigns, .+, Abgang, 1 Auszug$/,
    );
    expect(
      screen.getByRole("button", {
        name: /^\d+ Ereignisse, .+ bis .+\. Zum Ansehen hineinzoomen$/,
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Vergrößern" })).toBeInTheDocument();
    expect(
      screen.getByRole("group", { name: /^Zeitleiste mit \d+ Ereignissen$/ }),
    ).toBeInTheDocument();
  });
});
