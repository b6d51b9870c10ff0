/**
 * The text with what is inside double quotes blanked to spaces, offsets kept: quoted words are
 * what someone said, so they neither give the clause its event nor name its speaker. A clause
 * may be cut inside a quote: an opening mark with no close runs to the end, and a closing mark
 * with no opening runs from the start. A straight mark opens after a space or at the start. A
 * term of up to three words with no punctuation in quotes is kept: it is the article's word.
 */
export function maskQuotes(text: string): string {
  const chars = [...text];
  let open: number | null = null;
  let from = 0;
  const blank = (a: number, b: number) => {
    for (let i = a; i < b; i++) chars[i] = " ".repeat((chars[i] as string).length);
  };
  // A quoted term ("facing a "mass exodus"") is the article's own word, marked; speech ends in
  // punctuation or runs longer.
  const isTerm = (a: number, b: number) => {
    const inner = chars.slice(a + 1, b - 1).join("");
    return !/[.,;:!?]/.test(inner) && inner.trim().split(/\s+/).length <= 3;
  };
  chars.forEach((c, i) => {
    const opens = c === "“" || (c === '"' && (i === 0 || /[\s([—-]/.test(chars[i - 1] as string)));
    const closes = c === "”" || (c === '"' && !opens);
    if (opens && open === null) open = i;
    else if (closes) {
      if (open === null || !isTerm(open, i + 1)) blank(open ?? from, i + 1);
      open = null;
      from = i + 1;
    }
  });
  if (open !== null) blank(open, chars.length);
  return chars.join("");
}
