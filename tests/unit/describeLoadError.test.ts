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

  it("gives an unexpected error's message as its only detail", () => {
    expect(describeLoadError(new Error("boom"))).toEqual({
      what: "Something went wrong.",
      todo: "Try again.",
      technical: ["boom"],
    });
  });
});
