/** What stands for a user name and password taken out of an address. */
export const HIDDEN_CREDENTIALS = "***";

// The start of an address's authority: `//` (after any scheme), or a web scheme browsers read
// with or without its slashes (`https:user:pw@host` opens as `https://user:pw@host`).
const AUTHORITY = String.raw`(?:[a-z][a-z\d+.-]*:)?[\\/]{2}|\b(?:https?|wss?|ftp|file):[\\/]*`;
// The user name and password: up to the authority's last `@` (browsers drop tabs and line
// breaks in an address, so those do not end it; a slash, `?`, `#`, a space or a quote does).
const USERINFO = String.raw`(?:[\t\n\r]|[^\s/\\?#"'<>\x60])+@`;
const CREDENTIALS = new RegExp(`(${AUTHORITY})${USERINFO}`, "gi");
// A query parameter whose name says it carries a secret (`?token=`, `&access_key=`, a signed
// link's `X-Amz-Signature=`): its value, up to the next parameter or the end of the address.
const SECRET_PARAMETER =
  /([?&][\w.-]*(?:token|key|sig|secret|passw|pwd|auth|credential|session)[\w.-]*=)[^&#\s"'<>\x60]+/gi;

/**
 * `text` with the user name and password of every address in it replaced by `***`, and the value
 * of every query parameter named for a secret (token, key, signature, password…): for every
 * message that may quote an address (a load's error, its technical details), so a link's secret
 * is never shown or copied on.
 */
export function redactCredentials(text: string): string {
  return text
    .replace(CREDENTIALS, `$1${HIDDEN_CREDENTIALS}@`)
    .replace(SECRET_PARAMETER, `$1${HIDDEN_CREDENTIALS}`);
}

/** True when the address carries a user name or password. */
export function hasCredentials(url: URL): boolean {
  return url.username !== "" || url.password !== "";
}
