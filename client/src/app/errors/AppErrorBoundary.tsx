import { Component, type ErrorInfo, type ReactNode } from 'react';

interface State {
  hasError: boolean;
}

/**
 * The last line: an error outside the router's own boundaries (a provider, the router itself).
 * Deliberately dependency-free plain HTML, since anything fancier may be what broke.
 */
export class AppErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { hasError: false };

  static getDerivedStateFromError(): State {
    return { hasError: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('Commons stopped with an error', error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.hasError) return this.props.children;
    return (
      <main id="main" className="app-error">
        <h1>Sorry, there is a problem</h1>
        <p>Commons stopped working in this tab. Reload the page to try again.</p>
        <p>
          <a href="/">Go to the home page</a>
        </p>
      </main>
    );
  }
}
