import { afterEach, describe, expect, it, vi } from "vitest";
import { DatasetLoadError } from "../../src/data/datasetLoadError.ts";
import { fetchJson, MAX_DATASET_BYTES } from "../../src/data/fetchJson.ts";
import {
  type LoadProgress,
  readProgress,
  subscribeToProgress,
} from "../../src/data/loadProgress.ts";

const URL_ = "http://test.local/data.json";
const MB = 1024 * 1024;

/** A body that sends `chunks` pieces of `size` bytes, then (unless `hang`) ends. */
function streamed(chunks: number, size: number, hang = false): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent < chunks) {
        sent += 1;
        controller.enqueue(new Uint8Array(size).fill(0x20));
      } else if (!hang) {
        controller.enqueue(new TextEncoder().encode("[]"));
        controller.close();
      }
      // hang: never answer again.
    },
  });
}

/** A body sent as the given chunks of bytes. */
function pieces(...chunks: number[][]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(new Uint8Array(chunk));
      controller.close();
    },
  });
}

function serve(respond: () => Response | Promise<Response>) {
  vi.stubGlobal(
    "fetch",
    vi.fn(async () => respond()),
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("fetchJson(url) loads JSON within limits and says what failed", () => {
  it.each([
    ["JSON", () => Response.json({ a: 1 }), { a: 1 }],
    ["a streamed body of 3 MB with no length", () => new Response(streamed(3, MB)), []],
    [
      "UTF-8 split between chunks, after a byte order mark",
      () => new Response(pieces([0xef, 0xbb, 0xbf, 0x22, 0xc3], [0xa9, 0xe2, 0x80], [0x9c, 0x22])),
      "é“",
    ],
    [
      "UTF-16 LE after its byte-order mark, the mark and a character split between chunks",
      () => new Response(pieces([0xff], [0xfe, 0x22, 0x00, 0xe9], [0x00, 0x1c, 0x20, 0x22, 0x00])),
      "é“",
    ],
    [
      "UTF-16 BE after its byte-order mark",
      () => new Response(pieces([0xfe, 0xff, 0x00, 0x22, 0x00, 0xe9, 0x20, 0x1c, 0x00, 0x22])),
      "é“",
    ],
  ])("reads %s", async (_, respond, expected) => {
    serve(respond);
    expect(await fetchJson(URL_)).toEqual(expected);
  });

  it.each([
    [
      "an error status",
      () => new Response("gone", { status: 404, statusText: "Not Found" }),
      `Loading ${URL_} failed: the server answered 404 Not Found`,
    ],
    [
      "a network failure",
      () => Promise.reject(new TypeError("Failed to fetch")),
      `Could not reach ${URL_} (Failed to fetch).`,
    ],
    ["a body that is not JSON", () => new Response("<html>"), `${URL_} is not valid JSON.`],
    [
      "a stated length over 50 MB (refused before reading)",
      () => new Response(streamed(0, 0, true), { headers: { "content-length": String(60 * MB) } }),
      `${URL_} is 60.0 MB; Sourceline opens datasets of up to 50.0 MB.`,
    ],
    [
      "a body that grows past 50 MB with no stated length",
      () => new Response(streamed(MAX_DATASET_BYTES / MB + 1, MB)),
      `${URL_} is larger than 50.0 MB, the most Sourceline opens.`,
    ],
    [
      "a small body that stops arriving",
      () => new Response(streamed(1, 100, true), { headers: { "content-length": "1000" } }),
      `Loading ${URL_} stalled: nothing arrived for 0.2 s.`,
    ],
    [
      "a compressed body that unpacks past 50 MB (its stated length is the compressed one)",
      () =>
        new Response(streamed(MAX_DATASET_BYTES / MB + 1, MB), {
          headers: { "content-length": String(MB), "content-encoding": "gzip" },
        }),
      `${URL_} is larger than 50.0 MB, the most Sourceline opens.`,
    ],
    [
      "a body whose connection drops part way",
      () => {
        let sent = 0;
        const body = new ReadableStream<Uint8Array>({
          pull(controller) {
            if (sent++ < 2) controller.enqueue(new TextEncoder().encode("[1,"));
            else controller.error(new TypeError("network error"));
          },
        });
        return new Response(body);
      },
      `Loading ${URL_} broke off before the end (network error).`,
    ],
    [
      "no answer",
      () => new Promise<Response>(() => {}),
      `Loading ${URL_} timed out: no answer in 0.2 s.`,
    ],
    [
      "a body that stops arriving",
      () => new Response(streamed(2, MB, true)),
      `Loading ${URL_} stalled: nothing arrived for 0.2 s.`,
    ],
  ])("refuses %s", async (_, respond, message) => {
    serve(respond);
    const error = await fetchJson(URL_, null, 200).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetLoadError);
    expect((error as Error).message).toBe(message);
    // Only a parser has more to say than the message.
    expect((error as DatasetLoadError).details).toEqual(
      message.endsWith("is not valid JSON.") ? [expect.stringMatching(/JSON/)] : [],
    );
  });
});

describe("fetchJson(url) reports the progress of a large body", () => {
  it("says how much has arrived (of how much, when the length is known), then clears it", async () => {
    const seen: (LoadProgress | null)[] = [readProgress(URL_)];
    const unsubscribe = subscribeToProgress(() => seen.push(readProgress(URL_)));
    const reader = streamed(3, MB).getReader();
    // Each chunk takes a while, so more than one report is due.
    const slow = new ReadableStream<Uint8Array>({
      async pull(controller) {
        await new Promise((done) => setTimeout(done, 120));
        const { done, value } = await reader.read();
        if (done) controller.close();
        else controller.enqueue(value);
      },
    });
    serve(() => new Response(slow, { headers: { "content-length": String(3 * MB + 2) } }));
    try {
      expect(await fetchJson(URL_)).toEqual([]);
    } finally {
      unsubscribe();
    }
    const reports = seen.filter((p) => p !== null);
    expect(reports.map((p) => p.loaded)).toEqual([MB, 2 * MB, 3 * MB, 3 * MB + 2]);
    expect(reports.every((p) => p.total === 3 * MB + 2)).toBe(true);
    expect(seen[0]).toBeNull();
    expect(seen.at(-1)).toBeNull();
  });
});
