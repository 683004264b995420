// Catches render errors so a failing panel shows a message and a retry button instead of a blank screen.
import { Component, type ErrorInfo, type ReactNode } from "react";

interface Props {
  where: string;
  children: ReactNode;
  /** Rendered instead of the default message, e.g. a compact one inside a side panel. */
  compact?: boolean;
}

interface State {
  error: Error | null;
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept for the developer console; the user sees the message below.
    console.warn(`Error in ${this.props.where}:`, error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className={this.props.compact ? "error-box compact" : "error-box"} role="alert">
        <strong>Something went wrong in {this.props.where}.</strong>
        <p>{error.message}</p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
        {!this.props.compact && (
          <button type="button" onClick={() => window.location.reload()}>
            Reload the page
          </button>
        )}
      </div>
    );
  }
}
