/** A stretch of an article's text with its offsets into the whole file text. */
export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

/** Abbreviations whose full stop does not end a sentence: titles and ranks before a name ("Sgt. Dale Whitcomb"), months before a day. */
const ABBREVIATION =
  /\b(Mr|Ms|Mrs|Dr|Prof|Sr|Jr|St|Inc|Corp|Co|Ltd|Gen|Gov|Sen|Rep|vs|etc|U\.S|U\.K|No|Sgt|Lt|Col|Capt|Cpl|Maj|Cmdr|Adm|Brig|Det|Insp|Supt|Rev|Fr|Hon|Cllr|Mme|Messrs|Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.$/;

/**
 * The body's sentences with offsets into the whole text: split after . ! ? (and a closing quote)
 * before a capital, an opening quote or a new paragraph, but not after an abbreviation. Cheaper
 * than a tagger's split, which the suggester's speed target (README, performance) could not afford.
 */
export function splitSentences(text: string, bodyStart: number): TextSpan[] {
  const sentences: TextSpan[] = [];
  const end = /[.!?]["”’')]*(?=\s+["“‘(]?[A-Z0-9])|\n\s*\n/g;
  end.lastIndex = bodyStart;
  let from = bodyStart;
  const push = (to: number) => {
    const raw = text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const piece = raw.trim();
    if (piece) sentences.push({ start: from + lead, end: from + lead + piece.length, text: piece });
  };
  for (const m of text.matchAll(end)) {
    if (m.index < bodyStart) continue;
    const to = m.index + (m[0].startsWith("\n") ? 0 : m[0].length);
    if (!m[0].startsWith("\n") && ABBREVIATION.test(text.slice(Math.max(from, to - 6), to)))
      continue;
    push(to);
    from = to;
  }
  push(text.length);
  return sentences;
}
