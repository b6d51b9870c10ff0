import { describe, expect, it } from "vitest";
import { datasetUrlFromSearch } from "../../src/data/datasetUrlFromSearch.ts";

const BASE = "https://example.org/news/sourceline/index.html";
const BUNDLED = "https://example.org/news/sourceline/data/timeline.json";

describe("datasetUrlFromSearch(search) picks the dataset the address names", () => {
  it.each([
    ["", BUNDLED],
    ["?data=", BUNDLED],
    ["?data=%20%20", BUNDLED],
    ["?event=x", BUNDLED],
    ["?data=other.json", "https://example.org/news/sourceline/other.json"],
    ["?data=/bench/events-1000.json", "https://example.org/bench/events-1000.json"],
    ["?data=https%3A%2F%2Fdata.example.com%2Fa.json", "https://data.example.com/a.json"],
    ["?data=http://localhost:8080/a.json", "http://localhost:8080/a.json"],
    // Pasted with the non-breaking spaces a chat or a document put around it.
    ["?data=%C2%A0https://data.example.com/a.json%C2%A0", "https://data.example.com/a.json"],
  ])("%j → %s", (search, url) => {
    expect(datasetUrlFromSearch(search, BASE, BUNDLED)).toEqual({ ok: true, data: url });
  });

  it.each([
    [
      "?data=javascript:alert(1)",
      'The address asks for the dataset "javascript:alert(1)", but only http and https datasets can be loaded.',
    ],
    [
      "?data=file:///etc/passwd",
      'The address asks for the dataset "file:///etc/passwd", but only http and https datasets can be loaded.',
    ],
    ["?data=http://", 'The address asks for the dataset "http://", which is not a valid URL.'],
  ])("refuses %j", (search, reason) => {
    expect(datasetUrlFromSearch(search, BASE, BUNDLED)).toEqual({ ok: false, reason });
  });
});

describe("a ?data= address with a user name or password is refused, never quoting them", () => {
  it.each([
    ["?data=https://user:secret@host.example/x.json", "https://host.example/x.json"],
    ["?data=https%3A%2F%2Fuser%3Asecret%40host.example%2Fx.json", "https://host.example/x.json"],
    ["?data=//user:secret@host.example/x.json", "https://host.example/x.json"],
    ["?data=https://secret@host.example/x.json", "https://host.example/x.json"],
    ["?data=https://user:se%09cret@host.example/x.json", "https://host.example/x.json"],
  ])("%j", (search, shown) => {
    const result = datasetUrlFromSearch(search, BASE, BUNDLED);
    expect(result).toEqual({
      ok: false,
      reason: `The address asks for the dataset at ${shown} with a user name or password in it, which Sourceline does not send: only public datasets can be loaded.`,
    });
  });

  it.each([
    [
      "?data=https://user:secret@[bad/x.json",
      '"https://***@[bad/x.json", which is not a valid URL',
    ],
    ["?data=ftp://user:secret@host/x.json", '"ftp://***@host/x.json", but only http and https'],
  ])("%j is refused for what else is wrong, its secret hidden", (search, reason) => {
    const result = datasetUrlFromSearch(search, BASE, BUNDLED);
    expect(result.ok).toBe(false);
    expect(result.ok ? "" : result.reason).toContain(reason);
    expect(result.ok ? "" : result.reason).not.toMatch(/user|secret/);
  });
});
