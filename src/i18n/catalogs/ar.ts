import type { Messages } from "@lingui/core";
import raw from "../messages/ar.json" with { type: "json" };

/**
 * The ar messages. Vite serves them compiled (src/build/messagesPlugin.ts); the command-line
 * tools, which run in development mode, compile each on first use.
 */
export const messages: Messages = raw;
