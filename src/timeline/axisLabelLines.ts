/**
 * The lines a tick label takes down a phone, whose axis column holds about nine characters: the
 * label whole when it fits, else split in two at the space nearest its middle ("14 billion" /
 * "years ago", "315,000" / "BCE").
 */
export function axisLabelLines(label: string, maxChars = 9): string[] {
  if (label.length <= maxChars) return [label];
  let split = -1;
  for (let i = label.indexOf(" "); i !== -1; i = label.indexOf(" ", i + 1)) {
    if (split === -1 || Math.abs(i - label.length / 2) < Math.abs(split - label.length / 2)) {
      split = i;
    }
  }
  return split === -1 ? [label] : [label.slice(0, split), label.slice(split + 1)];
}
