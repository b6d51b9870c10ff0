// What draws nothing: white space, separators, control and format characters (zero-width
// spaces and joiners, bidi controls, the byte-order mark), code points Unicode says to ignore
// (variation selectors, Hangul fillers), the blank braille pattern, and a lone surrogate.
const INVISIBLE = String.raw`\p{White_Space}\p{Z}\p{Cc}\p{Cf}\p{Cs}\p{Default_Ignorable_Code_Point}\u2800`;
const VISIBLE = new RegExp(`[^${INVISIBLE}]`, "u");
const INVISIBLE_CHARACTER = new RegExp(`[${INVISIBLE}]`, "gu");

/** True when the text has at least one character that draws something. */
export function hasVisibleCharacter(text: string): boolean {
  return VISIBLE.test(text);
}

/** The code points of a text that draws nothing, as a reader can look them up: "U+200B U+202E". */
export function describeInvisible(text: string, limit = 6): string {
  const points = [...text.matchAll(INVISIBLE_CHARACTER)].map(
    ([c]) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`,
  );
  const shown = points.slice(0, limit).join(" ");
  return points.length > limit ? `${shown} …` : shown;
}

/** Why a text shows nothing, as "has no visible character (only U+200B U+202E)", or null when it shows something. */
export function invisibleFault(text: string): string | null {
  return hasVisibleCharacter(text)
    ? null
    : `has no visible character (only ${describeInvisible(text)})`;
}
