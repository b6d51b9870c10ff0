/**
 * Key prefixes of the messages that load with the views which show them, not with the first view:
 * the importers', the reader's, the details panel's and the problems panel's. A build serves them
 * as a second catalog per language, and fails should the first view's code name one of them.
 */
export const LATER_PREFIXES = ["import.", "reader.", "details.", "problems."] as const;

/** Whether a message key's message loads later, with its view. */
export function isLaterKey(key: string): boolean {
  return LATER_PREFIXES.some((prefix) => key.startsWith(prefix));
}
