import { type ReactNode, useId } from "react";
import { describeLoadError } from "../data/describeLoadError.ts";
import { useT } from "../i18n/useT.ts";

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
  const { what, todo, technical } = describeLoadError(error);
  const titleId = useId();
  return (
    <section className="error-state" role="alert" aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      <p>{what}</p>
      <p>{todo}</p>
      <details className="error-state__technical">
        <summary>{t("components.technicalDetails")}</summary>
        <ul>
          {technical.map((line) => (
            <li key={line}>
              <code>{line}</code>
            </li>
          ))}
        </ul>
      </details>
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
