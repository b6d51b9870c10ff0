import { describe, expect, it } from "vitest";
import { ArticleLoadError } from "../../src/data/articleTextQuery.ts";
import { DatasetLoadError } from "../../src/data/datasetLoadError.ts";
import { describeLoadError } from "../../src/data/describeLoadError.ts";
import type { LoadFailure } from "../../src/data/loadFailure.ts";

const URL_ = "https://example.org/t.json";
const dataset = (failure: LoadFailure, details: string[] = []) =>
  new DatasetLoadError("the technical message", details, failure);

describe("describeLoadError(error) tells a reader what happened and what to do", () => {
  it.each([
    [
      { kind: "unreachable", url: URL_ },
      /could not reach the server/,
      /Check your internet connection/,
    ],
    [{ kind: "timeout", url: URL_ }, /did not answer in time/, /Try again/],
    [{ kind: "stalled", url: URL_ }, /stopped arriving/, /Try again/],
    [{ kind: "broken-off", url: URL_ }, /stopped arriving/, /steadier connection/],
    [
      { kind: "http", url: URL_, status: 404 },
      /There is no timeline at this address/,
      /current link/,
    ],
    [{ kind: "http", url: URL_, status: 410 }, /There is no timeline at this address/, /removed/],
    [{ kind: "http", url: URL_, status: 403 }, /refused to share it/, /private/],
    [{ kind: "http", url: URL_, status: 401 }, /refused to share it/, /private/],
    [{ kind: "http", url: URL_, status: 503 }, /a problem of its own/, /few minutes/],
    [{ kind: "http", url: URL_, status: 500 }, /a problem of its own/, /few minutes/],
    [{ kind: "http", url: URL_, status: 418 }, /would not send it/, /Try again later/],
    [{ kind: "too-large" }, /too large/, /smaller/],
    [
      { kind: "not-json", url: URL_ },
      /not written in JSON/,
      /the link points to the timeline's \.json file/,
    ],
    [{ kind: "not-json" }, /not written in JSON/, /^Choose the timeline's \.json file\.$/],
    [{ kind: "unrecognised" }, /not a timeline Sourceline can read/, /TimelineJS3/],
    [{ kind: "version" }, /another version of Sourceline/, /publisher/],
    [{ kind: "invalid" }, /mistakes/, /where the mistakes are/],
    [{ kind: "bad-address" }, /address Sourceline cannot open/, /http:\/\/ or https:\/\//],
  ] as [LoadFailure, RegExp, RegExp][])("%o", (failure, what, todo) => {
    const text = describeLoadError(dataset(failure));
    expect(text.what).toMatch(what);
    expect(text.todo).toMatch(todo);
    // Plain words: no address, no status code, no parser's jargon.
    expect(`${text.what} ${text.todo}`).not.toMatch(/https?:\/\/example|\b\d{3}\b|JSON\.parse/);
  });

  it("keeps the address, the server's answer and the details for the disclosure", () => {
    const error = new DatasetLoadError(`Loading ${URL_} failed`, [], {
      kind: "http",
      url: URL_,
      status: 404,
      statusText: "Not Found",
    });
    expect(describeLoadError(error).technical).toEqual([
      `Address: ${URL_}`,
      "Server's answer: 404 Not Found",
    ]);
    expect(
      describeLoadError(dataset({ kind: "invalid" }, ["title: expected a string"])).technical,
    ).toEqual(["the technical message", "title: expected a string"]);
  });

  it("gives a server's answer without a status text as its number alone", () => {
    const error = new DatasetLoadError("Loading failed", [], { kind: "http", status: 502 });
    expect(describeLoadError(error).technical).toEqual(["Server's answer: 502"]);
  });

  it("speaks of the article when an article failed", () => {
    const error = new ArticleLoadError("Could not reach a", { kind: "unreachable", url: URL_ });
    expect(describeLoadError(error)).toEqual({
      what: "Sourceline could not reach the server this article is on.",
      todo: expect.stringMatching(/internet connection/),
      technical: [`Address: ${URL_}`, "Could not reach a"],
    });
  });

  it("says an article too large to show can be read at its publisher", () => {
    const message = `${URL_} is larger than 10.0 MB, the most Sourceline opens.`;
    const error = new ArticleLoadError(message, { kind: "too-large", url: URL_ });
    expect(describeLoadError(error)).toEqual({
      what: "This article is too large for Sourceline to show.",
      todo: "Read it at its publisher instead, with the link to the original.",
      technical: [`Address: ${URL_}`, message],
    });
  });

  it("says a stalled article stopped arriving, and keeps the message saying for how long", () => {
    const message = `Loading ${URL_} stalled: nothing arrived for 30 s.`;
    const error = new ArticleLoadError(message, { kind: "stalled", url: URL_ });
    expect(describeLoadError(error)).toEqual({
      what: "The article stopped arriving part of the way through.",
      todo: "Try again; a steadier connection may help.",
      technical: [`Address: ${URL_}`, message],
    });
  });

  it("gives an unexpected error's message as its only detail", () => {
    expect(describeLoadError(new Error("boom"))).toEqual({
      what: "Something went wrong.",
      todo: "Try again.",
      technical: ["boom"],
    });
  });
});

describe("no message about a load shows an address's user name or password", () => {
  const SECRET = "https://user:secret@host.example/t.json";
  it.each([
    [
      "a dataset that could not be reached",
      new DatasetLoadError(
        `Could not reach ${SECRET} (Request cannot be constructed from a URL that includes credentials: ${SECRET}).`,
        [`at ${SECRET}`],
        { kind: "unreachable", url: SECRET },
      ),
    ],
    [
      "an article that timed out",
      new ArticleLoadError(`Loading ${SECRET} timed out.`, { kind: "timeout", url: SECRET }),
    ],
    ["any other error", new Error(`Failed to fetch ${SECRET}`)],
  ])("%s", (_, error) => {
    const { what, todo, technical } = describeLoadError(error);
    const shown = [what, todo, ...technical].join("\n");
    expect(shown).not.toMatch(/user|secret/);
    expect(shown).toContain("https://***@host.example/t.json");
  });

  it("a dataset's error keeps no secret in its own message, details or address either", () => {
    const error = new DatasetLoadError(`Loading ${SECRET} failed`, [SECRET], {
      kind: "http",
      url: SECRET,
    });
    expect(JSON.stringify([error.message, error.details, error.failure])).not.toMatch(/secret/);
  });
});
