import { useT } from "../i18n/useT.ts";

/** "Show more" / "Show less" for a text cut short, saying whether it is open. */
export function ShowMoreButton({ open, onToggle }: { open: boolean; onToggle: () => void }) {
  const t = useT();
  return (
    <button
      type="button"
      className="link-button clamped__toggle"
      aria-expanded={open}
      onClick={onToggle}
    >
      {open ? t("components.showLess") : t("components.showMore")}
    </button>
  );
}
