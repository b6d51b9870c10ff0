/** The outcome of a step that can fail for a reason worth showing to a person. */
export type Result<T> = { ok: true; data: T } | { ok: false; reason: string };

/** Wraps a value as a success. */
export const ok = <T>(data: T): Result<T> => ({ ok: true, data });

/** Wraps a reason as a failure. */
export const fail = <T = never>(reason: string): Result<T> => ({ ok: false, reason });
