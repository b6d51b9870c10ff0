/** A message between a Pym.js parent and its child. */
export interface PymMessage {
  id: string;
  type: string;
  message: string;
}

const DELIMITER = "xPYMx";

/** A message as Pym.js sends it: `pymxPYMx{id}xPYMx{type}xPYMx{message}`. */
export function pymMessage({ id, type, message }: PymMessage): string {
  return ["pym", id, type, message].join(DELIMITER);
}

/** A Pym.js message read back, or null for anything else posted to the window. */
export function parsePymMessage(data: unknown): PymMessage | null {
  if (typeof data !== "string") return null;
  const parts = data.split(DELIMITER);
  if (parts.length !== 4 || parts[0] !== "pym") return null;
  const [, id, type, message] = parts as [string, string, string, string];
  return { id, type, message };
}
