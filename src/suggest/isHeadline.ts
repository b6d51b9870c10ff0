/** Whether most words are capitalised, as in a headline ("Read Next: … Likely To Join …"). */
export function isHeadline(text: string): boolean {
  const words = text.match(/[A-Za-z][\w’'-]*/g) ?? [];
  const capitalised = words.filter((w) => /^[A-Z]/.test(w)).length;
  return words.length >= 4 && capitalised / words.length > 0.6;
}
