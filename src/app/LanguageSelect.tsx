import { LOCALE_NAMES, LOCALES } from "../i18n/locales.ts";
import { useLocale } from "../i18n/useLocale.ts";
import { useT } from "../i18n/useT.ts";

/** The interface language, each named in itself. */
export function LanguageSelect() {
  const t = useT();
  const [locale, setLocale] = useLocale();
  return (
    <div className="language-select">
      <label htmlFor="language-select">{t("app.language")}</label>
      <select
        id="language-select"
        value={locale}
        onChange={(e) => void setLocale(e.target.value as (typeof LOCALES)[number])}
      >
        {LOCALES.map((option) => (
          <option key={option} value={option} lang={option}>
            {LOCALE_NAMES[option]}
          </option>
        ))}
      </select>
    </div>
  );
}
