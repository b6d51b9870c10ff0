/**
 * Text with its Unicode isolates (U+2068 FIRST STRONG ISOLATE, U+2069 POP DIRECTIONAL ISOLATE)
 * taken out: `t` isolates every text value in a right-to-left language, and a test that compares
 * a whole sentence compares it through this, asserting the isolation on its own.
 */
export function withoutIsolates(text: string): string {
  return text.replace(/[\u2068\u2069]/g, "");
}

/** A text value as `t` writes it in a right-to-left language: isolated. */
export function isolated(text: string): string {
  return `\u2068${text}\u2069`;
}
