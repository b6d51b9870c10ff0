/** "Show more" / "Show less" for a text cut short, saying whether it is open. */
export function ShowMoreButton({ open, onToggle }: { open: boolean; onToggle: () => void }) {
  return (
    <button
      type="button"
      className="link-button clamped__toggle"
      aria-expanded={open}
      onClick={onToggle}
    >
      {open ? "Show less" : "Show more"}
    </button>
  );
}
