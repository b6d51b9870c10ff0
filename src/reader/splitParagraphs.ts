/** A paragraph of an article with its offsets into the whole text. */
export interface Paragraph {
  start: number;
  end: number;
  text: string;
}

// A line break followed by one or more lines holding nothing but white space.
const BLANK_LINES = /\r?\n(?:[^\S\r\n]*\r?\n)+/g;

function pushTrimmed(paragraphs: Paragraph[], text: string, start: number, end: number): void {
  const raw = text.slice(start, end);
  const trimmed = raw.trim();
  if (trimmed === "") return;
  const from = start + raw.length - raw.trimStart().length;
  paragraphs.push({ start: from, end: from + trimmed.length, text: trimmed });
}

/**
 * Splits the body (the text from `bodyStart` on) at blank lines into trimmed paragraphs whose
 * offsets index the whole text, so excerpt offsets can be laid over them unchanged.
 */
export function splitParagraphs(text: string, bodyStart: number): Paragraph[] {
  // Clamped so a stray offset cannot make `slice` count from the end of the text.
  const from = Math.min(Math.max(bodyStart, 0), text.length);
  const paragraphs: Paragraph[] = [];
  let start = from;
  for (const match of text.slice(from).matchAll(BLANK_LINES)) {
    pushTrimmed(paragraphs, text, start, from + match.index);
    start = from + match.index + match[0].length;
  }
  pushTrimmed(paragraphs, text, start, text.length);
  return paragraphs;
}
