/** A decoder fed a body part by part: `push` each part, then `end` once for what is left. */
export interface StreamDecoder {
  push(bytes: Uint8Array): string;
  end(): string;
}

/** The encoding a byte-order mark names; UTF-8 when there is none. */
function encodingOf(head: Uint8Array): string {
  if (head[0] === 0xff && head[1] === 0xfe) return "utf-16le";
  if (head[0] === 0xfe && head[1] === 0xff) return "utf-16be";
  return "utf-8";
}

/**
 * Decodes text as it arrives in the encoding its byte-order mark names (UTF-16 LE or BE, as
 * editors on Windows save it), else as UTF-8; the mark itself is dropped. The first two bytes
 * are held back until both are in, since a part may be a single byte.
 */
export function streamDecoder(): StreamDecoder {
  let decoder: TextDecoder | null = null;
  let head = new Uint8Array(0);
  const start = (bytes: Uint8Array, stream: boolean) => {
    const joined = new Uint8Array(head.length + bytes.length);
    joined.set(head);
    joined.set(bytes, head.length);
    head = joined;
    if (stream && head.length < 2) return "";
    decoder = new TextDecoder(encodingOf(head));
    return decoder.decode(head, { stream });
  };
  return {
    push: (bytes) => (decoder ? decoder.decode(bytes, { stream: true }) : start(bytes, true)),
    end: () => (decoder ? decoder.decode() : start(new Uint8Array(0), false)),
  };
}
