import { Component } from 'react';
import type { ReactNode } from 'react';
import { CrashNotice } from './CrashNotice.tsx';

interface State {
  error: Error | null;
}

/**
 * Catches a render error below it and shows a readable, translated message with a way out, instead of
 * a blank page. `resetKey` (the location) clears the error when the learner navigates elsewhere.
 */
export class ErrorBoundary extends Component<{ children: ReactNode; resetKey: string }, State & { key: string }> {
  state = { error: null, key: this.props.resetKey } as State & { key: string };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: { resetKey: string }, state: State & { key: string }) {
    return props.resetKey === state.key ? null : { error: null, key: props.resetKey };
  }

  render() {
    const { error } = this.state;
    return error === null ? this.props.children : <CrashNotice error={error} />;
  }
}
