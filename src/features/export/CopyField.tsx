import { useId } from "react";
import type { Copied } from "../../components/useCopyText.ts";
import { useT } from "../../i18n/useT.ts";

interface CopyFieldProps {
  label: string;
  value: string;
  /** What to do when the clipboard refuses: "Select the link and copy it." */
  byHand: string;
  /** The Copy button's words. */
  action: string;
  /** The field's class; with `rows`, a text area of that many rows, else a one-line input. */
  fieldClass: string;
  rows?: number;
  copied: Copied;
  onCopy: () => void;
}

/**
 * A labelled read-only text, selected whole when focused, and a Copy button whose outcome is
 * announced: where the clipboard refuses, the reader is told to copy by hand.
 */
export function CopyField({
  label,
  value,
  byHand,
  action,
  fieldClass,
  rows,
  copied,
  onCopy,
}: CopyFieldProps) {
  const t = useT();
  const id = useId();
  const field = {
    id,
    className: fieldClass,
    readOnly: true,
    value,
    onFocus: (e: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) =>
      e.currentTarget.select(),
  };
  return (
    <>
      <label htmlFor={id} className="embed-code__label">
        {label}
      </label>
      {rows === undefined ? <input {...field} /> : <textarea {...field} rows={rows} />}
      <button type="button" onClick={onCopy}>
        {action}
      </button>{" "}
      <span role="status" className="embed-code__status">
        {copied === "yes" ? t("export.copied") : copied === "failed" ? byHand : ""}
      </span>
    </>
  );
}
