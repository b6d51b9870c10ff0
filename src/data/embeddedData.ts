/** The id of the <script type="application/json"> the standalone build embeds its data in. */
export const EMBEDDED_DATA_ID = "sourceline-embedded-data";

/** Data carried inside the page itself (standalone build): the dataset and article texts. */
export interface EmbeddedData {
  dataset: unknown;
  /** Article texts by their path relative to the dataset file. */
  texts: Record<string, string>;
}

let cached: EmbeddedData | null | undefined;

/** The data embedded in this page, or null when the page loads its data over the network. */
export function readEmbeddedData(): EmbeddedData | null {
  if (cached !== undefined) return cached;
  cached = null;
  const element =
    typeof document === "undefined" ? null : document.getElementById(EMBEDDED_DATA_ID);
  if (element?.textContent) {
    const parsed = JSON.parse(element.textContent) as EmbeddedData;
    if (parsed && typeof parsed === "object" && "dataset" in parsed) cached = parsed;
  }
  return cached;
}

/** An embedded article text for a resolved URL, if this page carries it. */
export function embeddedText(url: string, datasetUrl: string): string | undefined {
  const data = readEmbeddedData();
  if (!data) return undefined;
  for (const [path, text] of Object.entries(data.texts)) {
    if (new URL(path, datasetUrl).href === url) return text;
  }
  return undefined;
}
