// @vitest-environment jsdom
import { readFileSync } from "node:fs";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { renderHook, waitFor } from "@testing-library/react";
import { createElement, type ReactNode } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { EMBEDDED_DATA_ID } from "../../src/data/embeddedData.ts";

const published = readFileSync("public/data/timeline.json", "utf8");
const EVENTS = JSON.parse(published).events.length;
const PAGE = "https://example.org/story/";
const BUNDLED = `${PAGE}data/timeline.json`;
const ELSEWHERE = "https://elsewhere.org/t.json";

/** The network: every fetch answers with the published dataset. */
const network = vi.fn(async (_url: string) => new Response(published));

/**
 * A fresh copy of the module (the page's data is read once) on a page at `PAGE`, carrying
 * `embedded` as its data when given.
 */
async function pageWith(embedded?: unknown) {
  document.head.innerHTML = `<base href="${PAGE}">`;
  document.body.innerHTML = "";
  if (embedded !== undefined) {
    const block = document.createElement("script");
    block.type = "application/json";
    block.id = EMBEDDED_DATA_ID;
    block.textContent = JSON.stringify(embedded);
    document.body.append(block);
  }
  vi.resetModules();
  return import("../../src/data/datasetQuery.ts");
}

type Prefetch = { url: string; response: Promise<Response>; controller?: AbortController };
const holder = globalThis as { __sourcelinePrefetch?: Prefetch };

beforeEach(() => {
  network.mockClear();
  vi.stubGlobal("fetch", network);
});

afterEach(() => {
  vi.unstubAllGlobals();
  holder.__sourcelinePrefetch = undefined;
  document.head.innerHTML = "";
  document.body.innerHTML = "";
});

const fetched = () => network.mock.calls.map(([url]) => url);

describe("bundledDatasetUrl()", () => {
  it("is the dataset beside the page, wherever the page is", async () => {
    const { bundledDatasetUrl } = await pageWith();
    expect(bundledDatasetUrl()).toBe(BUNDLED);
  });
});

describe("fetchDataset(url) loads a dataset and checks it", () => {
  it("fetches the address and reads what arrives", async () => {
    const { fetchDataset } = await pageWith();
    const loaded = await fetchDataset(ELSEWHERE);
    expect(fetched()).toEqual([ELSEWHERE]);
    expect(loaded.format).toBe("sourceline");
    expect(loaded.dataset.events).toHaveLength(EVENTS);
  });

  it("marks when the dataset was read and when it was checked, for the benchmark", async () => {
    const { fetchDataset } = await pageWith();
    performance.clearMarks();
    await fetchDataset(ELSEWHERE);
    const marks = performance.getEntriesByType("mark").map((m) => m.name);
    expect(marks.filter((name) => name.startsWith("dataset-"))).toEqual([
      "dataset-parsed",
      "dataset-checked",
    ]);
  });

  it.each([
    ["the bundled dataset on a standalone page is the one it carries", BUNDLED, "Carried", []],
    ["another address on a standalone page is still fetched", ELSEWHERE, undefined, [ELSEWHERE]],
  ])("%s", async (_, url, title, urls) => {
    const embedded = { dataset: { ...JSON.parse(published), title: "Carried" }, texts: {} };
    const { fetchDataset } = await pageWith(embedded);
    const loaded = await fetchDataset(url);
    expect(fetched()).toEqual(urls);
    if (title) expect(loaded.dataset.title).toBe(title);
    else expect(loaded.dataset.title).not.toBe("Carried");
  });

  it("fetches the bundled dataset on a page that carries none", async () => {
    const { fetchDataset } = await pageWith();
    await fetchDataset(BUNDLED);
    expect(fetched()).toEqual([BUNDLED]);
  });
});

describe("fetchDataset takes the download the page started early, once", () => {
  const started = (url: string, body: string, controller?: AbortController) => {
    holder.__sourcelinePrefetch = {
      url,
      response: Promise.resolve(new Response(body)),
      controller,
    };
  };

  it("uses it for its address, then fetches as usual", async () => {
    const { fetchDataset } = await pageWith();
    started(BUNDLED, published);
    expect((await fetchDataset(BUNDLED)).dataset.events).toHaveLength(EVENTS);
    expect(fetched()).toEqual([]);
    await fetchDataset(BUNDLED);
    expect(fetched()).toEqual([BUNDLED]);
  });

  it("leaves it for its own address when another is asked for", async () => {
    const { fetchDataset } = await pageWith();
    started(BUNDLED, published);
    await fetchDataset(ELSEWHERE);
    await fetchDataset(BUNDLED);
    expect(fetched()).toEqual([ELSEWHERE]);
  });

  // A body read to its end is not stopped: there is nothing left to download.
  it.each([
    ["when what arrives is not JSON", new AbortController()],
    ["when what arrives is not JSON and the early download cannot be stopped", undefined],
  ])("fails with the not-JSON message %s", async (_, controller) => {
    const { fetchDataset } = await pageWith();
    started(BUNDLED, "<!doctype html>", controller);
    await expect(fetchDataset(BUNDLED)).rejects.toMatchObject({
      name: "DatasetLoadError",
      failure: { kind: "not-json", url: BUNDLED },
    });
  });
});

describe("datasetQueryOptions(url) and useDataset(url)", () => {
  const client = () => new QueryClient({ defaultOptions: { queries: { retry: false } } });

  it("keeps a loaded dataset under its address", async () => {
    const { datasetQueryOptions } = await pageWith();
    const queries = client();
    const loaded = await queries.fetchQuery(datasetQueryOptions(ELSEWHERE));
    expect(loaded.dataset.events).toHaveLength(EVENTS);
    expect(queries.getQueryData(["dataset", ELSEWHERE])).toBe(loaded);
  });

  it.each([
    ["the bundled dataset when given no address", undefined, BUNDLED],
    ["the dataset at the address given", ELSEWHERE, ELSEWHERE],
  ])("gives %s, indexed in time order", async (_, url, expected) => {
    const { useDataset } = await pageWith();
    const queries = client();
    const wrapper = ({ children }: { children: ReactNode }) =>
      createElement(QueryClientProvider, { client: queries }, children);
    const { result } = renderHook(() => useDataset(url), { wrapper });
    await waitFor(() => expect(result.current.status).toBe("success"));
    expect(fetched()).toEqual([expected]);
    expect(result.current.data?.ordered).toHaveLength(EVENTS);
  });
});
