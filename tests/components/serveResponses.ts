import { vi } from "vitest";

/** The network boundary for component tests: answers fetches from a table of URL → response. */
export function serveResponses(table: Record<string, () => Response | Promise<Response>>) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const url = String(input instanceof Request ? input.url : input);
    const respond = table[url];
    if (!respond) throw new TypeError(`Failed to fetch ${url}`);
    return respond();
  });
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}

/** A JSON response with status 200. */
export function jsonResponse(body: unknown): Response {
  return new Response(JSON.stringify(body), { headers: { "content-type": "application/json" } });
}
