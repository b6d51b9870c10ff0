import { useId } from "react";
import type { Copied } from "../../components/useCopyText.ts";

interface CopyFieldProps {
  label: string;
  value: string;
  /** What the value is, in "Select the … and copy it." when the clipboard refuses. */
  noun: string;
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
  noun,
  action,
  fieldClass,
  rows,
  copied,
  onCopy,
}: CopyFieldProps) {
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
        {copied === "yes"
          ? "Copied."
          : copied === "failed"
            ? `Select the ${noun} and copy it.`
            : ""}
      </span>
    </>
  );
}
