import { Component, type ErrorInfo, type ReactNode } from "react";
import { useT } from "../i18n/useT.ts";

interface ViewErrorBoundaryProps {
  /** What the view is called in the message: "The timeline", "The article". */
  name: string;
  children: ReactNode;
}

/** The card shown in place of a view that failed: what failed, why, and Try again. */
function ViewFailed({ name, error, onRetry }: { name: string; error: Error; onRetry: () => void }) {
  const t = useT();
  return (
    <section className="error-state" role="alert" aria-label={t("components.viewFailed", { name })}>
      <h2>{t("components.viewNotShown", { name })}</h2>
      <p>{error.message}</p>
      <button type="button" onClick={onRetry}>
        {t("components.tryAgain")}
      </button>
    </section>
  );
}

/** A bug in one view shows an error card there, with Try again, instead of blanking the page. */
export class ViewErrorBoundary extends Component<ViewErrorBoundaryProps, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    // Keep the stack for whoever debugs it; the reader sees the card.
    console.error(`${this.props.name} failed:`, error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <ViewFailed
        name={this.props.name}
        error={error}
        onRetry={() => this.setState({ error: null })}
      />
    );
  }
}
