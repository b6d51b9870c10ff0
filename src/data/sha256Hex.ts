/**
 * The SHA-256 of `bytes` in lowercase hex, as the pipeline records it; null where this page
 * cannot compute it (browsers offer SubtleCrypto only to pages served over HTTPS or from this
 * device).
 */
export async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  const digest = new Uint8Array(await subtle.digest("SHA-256", bytes));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, "0")).join("");
}
