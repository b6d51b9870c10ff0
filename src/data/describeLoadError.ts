import { redactCredentials } from "../lib/redactCredentials.ts";
import { ArticleLoadError } from "./articleTextQuery.ts";
import { DatasetLoadError } from "./datasetLoadError.ts";
import type { LoadFailure } from "./loadFailure.ts";

/** A failed load told to a reader: what happened and what to do, in plain words, then the detail. */
export interface LoadErrorText {
  what: string;
  todo: string;
  /** For whoever fixes it: the address, the server's answer, the parser's message. */
  technical: string[];
}

type Thing = "timeline" | "article";

function serverSays(f: LoadFailure, thing: Thing): Omit<LoadErrorText, "technical"> {
  const status = f.status ?? 0;
  if (status === 404 || status === 410)
    return {
      what: `There is no ${thing} at this address: the server it points to does not have it.`,
      todo: "The link may be mistyped, or the file moved or removed. Ask whoever shared it for a current link.",
    };
  if (status === 401 || status === 403)
    return {
      what: `The server this ${thing} is on refused to share it.`,
      todo: "It may be private. Ask its publisher to make it public, or for another link.",
    };
  if (status >= 500)
    return {
      what: `The server this ${thing} is on ran into a problem of its own.`,
      todo: "This is often brief: try again in a few minutes.",
    };
  return {
    what: `The server this ${thing} is on would not send it.`,
    todo: "Try again later, or ask whoever shared the link.",
  };
}

function plainWords(f: LoadFailure, thing: Thing): Omit<LoadErrorText, "technical"> {
  switch (f.kind) {
    case "bad-address":
      return {
        what: "The link names a timeline by an address Sourceline cannot open.",
        todo: "Check the link: after ?data= it needs a public web address that begins with http:// or https://, with no user name or password.",
      };
    case "unreachable":
      return {
        what: `Sourceline could not reach the server this ${thing} is on.`,
        todo: "Check your internet connection and try again. If it still fails, the server may be down or the address mistyped.",
      };
    case "timeout":
      return {
        what: `The server this ${thing} is on did not answer in time.`,
        todo: "Try again in a moment.",
      };
    case "stalled":
    case "broken-off":
      return {
        what: `The ${thing} stopped arriving part of the way through.`,
        todo: "Try again; a steadier connection may help.",
      };
    case "http":
      return serverSays(f, thing);
    case "too-large":
      if (thing === "article")
        return {
          what: "This article is too large for Sourceline to show.",
          todo: "Read it at its publisher instead, with the link to the original.",
        };
      return {
        what: "This timeline is too large for Sourceline to open.",
        todo: "Ask its publisher for a smaller one, for example split by year.",
      };
    case "not-json":
      return {
        what: "This is not a timeline file: it is not written in JSON, the format timelines are kept in.",
        todo:
          f.url === undefined
            ? "Choose the timeline's .json file."
            : "Check that the link points to the timeline's .json file, not to a web page about it.",
      };
    case "unrecognised":
      return {
        what: "This is not a timeline Sourceline can read.",
        todo: "Sourceline opens its own timelines and TimelineJS3 files. The technical details say what it found instead.",
      };
    case "version":
      return {
        what: "This timeline was made for another version of Sourceline.",
        todo: "Ask its publisher for a file this version reads; the technical details say which it has.",
      };
    case "invalid":
      return {
        what: "This timeline has mistakes that stop Sourceline from reading it.",
        todo: "Tell its publisher; the technical details say where the mistakes are.",
      };
  }
}

/**
 * Says what a failed load means for the reader and what they can do, with the technical detail
 * (address, server status, parser message) kept apart for a disclosure; no address in it shows
 * a user name or password.
 */
export function describeLoadError(error: Error): LoadErrorText {
  const failure =
    error instanceof DatasetLoadError || error instanceof ArticleLoadError ? error.failure : null;
  if (failure === null)
    return {
      what: "Something went wrong.",
      todo: "Try again.",
      technical: [redactCredentials(error.message)],
    };
  const thing: Thing = error instanceof ArticleLoadError ? "article" : "timeline";
  const technical = [
    ...(failure.url ? [`Address: ${failure.url}`] : []),
    ...(failure.status
      ? [`Server's answer: ${`${failure.status} ${failure.statusText ?? ""}`.trim()}`]
      : []),
    // The message of a server's answer only repeats the address and the status.
    ...(failure.kind === "http" ? [] : [error.message]),
    ...(error instanceof DatasetLoadError ? error.details : []),
  ];
  // Whatever quoted an address, its user name and password are never shown.
  return { ...plainWords(failure, thing), technical: technical.map(redactCredentials) };
}
