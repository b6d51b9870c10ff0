/**
 * True for a link a reader may follow: http or https, no white space, and a URL the browser can
 * read. The dataset schema's rule (`webUrlSchema`), in one place for the loader's checks.
 */
export function isWebLink(value: string): boolean {
  return /^https?:\/\/\S+$/.test(value) && URL.canParse(value);
}
