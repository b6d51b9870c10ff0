import { useT } from "../i18n/useT.ts";
import type { ThemeChoice } from "./useTheme.ts";

/** Light, dark or the system's choice. */
export function ThemeSelect({
  value,
  onChange,
}: {
  value: ThemeChoice;
  onChange: (choice: ThemeChoice) => void;
}) {
  const t = useT();
  return (
    <div className="theme-select">
      <label htmlFor="theme-select">{t("app.theme")}</label>
      <select
        id="theme-select"
        value={value}
        onChange={(e) => onChange(e.target.value as ThemeChoice)}
      >
        <option value="system">{t("app.themeSystem")}</option>
        <option value="light">{t("app.themeLight")}</option>
        <option value="dark">{t("app.themeDark")}</option>
      </select>
    </div>
  );
}
