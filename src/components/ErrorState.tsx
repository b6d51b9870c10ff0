import { type ReactNode, useId } from "react";
import { useT } from "../i18n/useT.ts";
import { useLoadErrorText } from "./useLoadErrorText.ts";

interface ErrorStateProps {
  title: string;
  error: Error;
  /** Offers Retry (a load that may work next time). */
  onRetry?: () => void;
  retrying?: boolean;
  /** Offers Dismiss (a message about something already over, like a bad file). */
  onDismiss?: () => void;
  /** Another way on, after the buttons (a link to the bundled timeline, say). */
  children?: ReactNode;
}

/**
 * Says in plain words what failed and what to do, keeps the technical detail (address, server
 * status, parser message) in a disclosure, and offers Retry or Dismiss.
 */
export function ErrorState({
  title,
  error,
  onRetry,
  retrying = false,
  onDismiss,
  children,
}: ErrorStateProps) {
  const t = useT();
  const text = useLoadErrorText(error);
  const titleId = useId();
  // The alert is shown whole, once its words have loaded (at once, once they have been).
  if (text === null) return null;
  return (
    <section className="error-state" role="alert" aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      {text === "failed" ? (
        // The words could not be fetched (offline): the error's own message says what it can.
        <p>{error.message}</p>
      ) : (
        <>
          <p>{text.what}</p>
          <p>{text.todo}</p>
          <details className="error-state__technical">
            <summary>{t("components.technicalDetails")}</summary>
            <ul>
              {text.technical.map((line) => (
                <li key={line}>
                  <code>{line}</code>
                </li>
              ))}
            </ul>
          </details>
        </>
      )}
      {onRetry && (
        <button type="button" onClick={onRetry} disabled={retrying}>
          {retrying ? t("components.retrying") : t("components.retry")}
        </button>
      )}
      {onDismiss && (
        <button type="button" onClick={onDismiss}>
          {t("components.dismiss")}
        </button>
      )}
      {children}
    </section>
  );
}
