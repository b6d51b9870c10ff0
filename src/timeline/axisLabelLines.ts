// The most characters a line of the column shows whole ("13.8 billion").
const LINE_FITS = 12;

/** The index to split `text` at: the `mark` nearest its middle, or -1. */
function nearestMiddle(text: string, mark: string): number {
  let split = -1;
  for (let i = text.indexOf(mark); i !== -1; i = text.indexOf(mark, i + 1)) {
    if (split === -1 || Math.abs(i - text.length / 2) < Math.abs(split - text.length / 2)) {
      split = i;
    }
  }
  return split;
}

// What other languages group thousands with, tried when a line has no comma: German's point,
// French's narrow no-break space, the no-break space, Arabic's separator, Swiss apostrophe.
const OTHER_GROUPINGS = [".", "\u202f", "\u00a0", "\u066c", "'"];

/** A line too wide for the column, split again at a space, or after a thousands separator. */
function wrap(line: string): string[] {
  if (line.length <= LINE_FITS) return [line];
  const space = nearestMiddle(line, " ");
  if (space !== -1) return [...wrap(line.slice(0, space)), ...wrap(line.slice(space + 1))];
  for (const mark of [",", ...OTHER_GROUPINGS]) {
    const at = nearestMiddle(line, mark);
    if (at !== -1) return [...wrap(line.slice(0, at + 1)), ...wrap(line.slice(at + 1))];
  }
  return [line];
}

/**
 * The lines a tick label takes down a phone, whose axis column holds about nine characters: the
 * label whole when it fits, else split in two at the space nearest its middle ("14 billion" /
 * "years ago", "315,000" / "BCE"), and a part still too wide split again ("13,799," /
 * "630,002" / "BCE").
 */
export function axisLabelLines(label: string, maxChars = 9): string[] {
  if (label.length <= maxChars) return [label];
  const split = nearestMiddle(label, " ");
  if (split === -1) return wrap(label);
  return [...wrap(label.slice(0, split)), ...wrap(label.slice(split + 1))];
}
