import { t } from "../i18n/i18n.ts";
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
      what: t("data.errorNotFound", { thing }),
      todo: t("data.errorNotFoundTodo"),
    };
  if (status === 401 || status === 403)
    return {
      what: t("data.errorRefused", { thing }),
      todo: t("data.errorRefusedTodo"),
    };
  if (status >= 500)
    return {
      what: t("data.errorServer", { thing }),
      todo: t("data.errorServerTodo"),
    };
  return {
    what: t("data.errorHttp", { thing }),
    todo: t("data.errorHttpTodo"),
  };
}

function plainWords(f: LoadFailure, thing: Thing): Omit<LoadErrorText, "technical"> {
  switch (f.kind) {
    case "bad-address":
      return { what: t("data.errorBadAddress"), todo: t("data.errorBadAddressTodo") };
    case "unreachable":
      return {
        what: t("data.errorUnreachable", { thing }),
        todo: t("data.errorUnreachableTodo"),
      };
    case "timeout":
      return { what: t("data.errorTimeout", { thing }), todo: t("data.errorTimeoutTodo") };
    case "stalled":
    case "broken-off":
      return {
        what: t("data.errorBrokenOff", { thing }),
        todo: t("data.errorBrokenOffTodo"),
      };
    case "http":
      return serverSays(f, thing);
    case "too-large":
      if (thing === "article")
        return {
          what: t("data.errorArticleTooLarge"),
          todo: t("data.errorArticleTooLargeTodo"),
        };
      return {
        what: t("data.errorTimelineTooLarge"),
        todo: t("data.errorTimelineTooLargeTodo"),
      };
    case "not-json":
      return {
        what: t("data.errorNotJson"),
        todo: f.url === undefined ? t("data.errorNotJsonFileTodo") : t("data.errorNotJsonLinkTodo"),
      };
    case "unrecognised":
      return { what: t("data.errorUnrecognised"), todo: t("data.errorUnrecognisedTodo") };
    case "version":
      return { what: t("data.errorVersion"), todo: t("data.errorVersionTodo") };
    case "invalid":
      return { what: t("data.errorInvalid"), todo: t("data.errorInvalidTodo") };
  }
}

/**
 * Says what a failed load means for the reader and what they can do, in the active language, with the technical detail
 * (address, server status, parser message) kept apart for a disclosure; no address in it shows
 * a user name or password.
 */
export function describeLoadError(error: Error): LoadErrorText {
  const failure =
    error instanceof DatasetLoadError || error instanceof ArticleLoadError ? error.failure : null;
  if (failure === null)
    return {
      what: t("data.errorUnknown"),
      todo: t("data.errorUnknownTodo"),
      technical: [redactCredentials(error.message)],
    };
  const thing: Thing = error instanceof ArticleLoadError ? "article" : "timeline";
  const technical = [
    ...(failure.url ? [t("data.errorAddress", { url: failure.url })] : []),
    ...(failure.status
      ? [
          t("data.errorServerAnswer", {
            answer: `${failure.status} ${failure.statusText ?? ""}`.trim(),
          }),
        ]
      : []),
    // The message of a server's answer only repeats the address and the status.
    ...(failure.kind === "http" ? [] : [error.message]),
    ...(error instanceof DatasetLoadError ? error.details : []),
  ];
  // Whatever quoted an address, its user name and password are never shown.
  return { ...plainWords(failure, thing), technical: technical.map(redactCredentials) };
}
