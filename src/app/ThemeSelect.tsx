import type { ThemeChoice } from "./useTheme.ts";

/** Light, dark or the system's choice. */
export function ThemeSelect({
  value,
  onChange,
}: {
  value: ThemeChoice;
  onChange: (choice: ThemeChoice) => void;
}) {
  return (
    <div className="theme-select">
      <label htmlFor="theme-select">Theme</label>
      <select
        id="theme-select"
        value={value}
        onChange={(e) => onChange(e.target.value as ThemeChoice)}
      >
        <option value="system">System</option>
        <option value="light">Light</option>
        <option value="dark">Dark</option>
      </select>
    </div>
  );
}
