/** The signatures of a zip's end record and of each entry in its central directory. */
const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
/** A size of 0xFFFFFFFF means the real one is in a ZIP64 record: more than 4 GB. */
const ZIP64 = 0xffffffff;

/**
 * How many bytes a zip archive (an .xlsx) says its files unpack to, from its central directory,
 * without unpacking anything; null when it has no readable directory (the unzipper then says
 * what is wrong). A workbook of a few megabytes can unpack to gigabytes, which would freeze the
 * page or crash it, so this is looked at first.
 */
export function unpackedSize(bytes: Uint8Array): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record is the last 22 bytes, or more when the archive has a comment (up to 64 KB).
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) return null;
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  let total = 0;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== DIRECTORY_ENTRY) return null;
    const size = view.getUint32(at + 24, true);
    if (size === ZIP64) return Number.POSITIVE_INFINITY;
    total += size;
    at +=
      46 +
      view.getUint16(at + 28, true) +
      view.getUint16(at + 30, true) +
      view.getUint16(at + 32, true);
  }
  return total;
}
