import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ErrorState } from './error-state';

interface Props {
  name: string;
  children: ReactNode;
}
interface State {
  error: unknown;
}

/** One per section: a bug in one part of the page leaves the others working. */
export class SectionBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error(`Section “${this.props.name}” crashed`, error, info.componentStack);
  }

  override render() {
    if (this.state.error !== null) {
      return (
        <ErrorState
          title={`The ${this.props.name} could not be shown.`}
          error={this.state.error}
          onRetry={() => this.setState({ error: null })}
        />
      );
    }
    return this.props.children;
  }
}
