/** A control of the toolbar row and the width it takes there. */
export interface ToolbarItem {
  id: string;
  width: number;
  /** Always in the row (never moved into the menu). */
  required?: boolean;
}

/** Which controls stay in the row, and which move into the menu, in the order given. */
export interface ToolbarFit {
  inline: ReadonlySet<string>;
  menu: readonly string[];
}

/**
 * Fits the toolbar into one row of `available` pixels: `items` in the order they should stay
 * (the first stays longest), each `gap` apart. When all do not fit, the menu's button takes
 * `moreWidth`, the required items stay, and the others stay in order while they fit; from the
 * first that does not, the rest move into the menu, so what moves is always the least needed.
 */
export function toolbarOverflow(
  available: number,
  items: readonly ToolbarItem[],
  moreWidth: number,
  gap: number,
): ToolbarFit {
  const widthOf = (list: readonly ToolbarItem[]) =>
    list.reduce((sum, item, i) => sum + item.width + (i > 0 ? gap : 0), 0);
  if (widthOf(items) <= available)
    return { inline: new Set(items.map((item) => item.id)), menu: [] };
  let used = widthOf(items.filter((item) => item.required)) + gap + moreWidth;
  const inline = new Set(items.filter((item) => item.required).map((item) => item.id));
  const menu: string[] = [];
  for (const item of items) {
    if (item.required) continue;
    if (menu.length === 0 && used + gap + item.width <= available) {
      inline.add(item.id);
      used += gap + item.width;
    } else menu.push(item.id);
  }
  return { inline, menu };
}
