/**
 * What kind of thing went wrong in a load, as far as a reader's next step depends on it: the
 * address (for a fetch) and the server's status travel with it for the technical details.
 */
export interface LoadFailure {
  kind:
    | "bad-address"
    | "unreachable"
    | "timeout"
    | "stalled"
    | "broken-off"
    | "http"
    | "too-large"
    | "not-json"
    | "unrecognised"
    | "version"
    | "invalid";
  /** The address fetched; none for a file opened from this device. */
  url?: string;
  /** The server's answer, for `http`. */
  status?: number;
  statusText?: string;
}
