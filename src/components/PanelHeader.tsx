import type { ReactNode } from "react";

interface PanelHeaderProps {
  /** What stands before the close button: the event's type, or the way back to it. */
  children: ReactNode;
  /** The close button's accessible name ("Close details", "Close the article"). */
  closeLabel: string;
  onClose: () => void;
}

/** The top row of a side panel or sheet: its lead on the left, a close button (Esc) on the right. */
export function PanelHeader({ children, closeLabel, onClose }: PanelHeaderProps) {
  return (
    <div className="details__top">
      {children}
      <button
        type="button"
        className="icon-button"
        onClick={onClose}
        aria-label={closeLabel}
        aria-keyshortcuts="Escape"
      >
        ×
      </button>
    </div>
  );
}
