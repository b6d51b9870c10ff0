import { t } from "../i18n/i18n.ts";

/** What a JSON value is, in a few words, for "found …" in an error message (in the active language). */
export function describeFound(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) {
    return value.length === 0
      ? t("data.foundEmptyList")
      : t("data.foundList", { count: value.length, n: String(value.length) });
  }
  if (typeof value === "object") {
    const keys = Object.keys(value);
    if (keys.length === 0) return t("data.foundEmptyObject");
    const fields = keys
      .slice(0, 5)
      .map((k) => `"${k.slice(0, 40)}"`)
      .join(", ");
    return keys.length > 5
      ? t("data.foundObjectMore", { fields, more: String(keys.length - 5) })
      : t("data.foundObject", { fields });
  }
  if (typeof value === "string") {
    const text = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return t("data.foundText", { text });
  }
  return t("data.foundValue", { type: typeof value, value: String(value) });
}
