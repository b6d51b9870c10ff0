import type en from "./messages/en.json";

/** The key of a message: every key of the English catalog, the one all others match. */
export type MessageKey = keyof typeof en;
