import { Component } from 'react';
import type { ReactNode } from 'react';
import { translate } from '../i18n/translate.ts';
import { useAppStore } from '../store/store.ts';

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
    if (error === null) return this.props.children;
    const lang = useAppStore.getState().lang;
    return (
      <section className="notice notice-error" role="alert">
        <h1>{translate(lang, 'crashTitle')}</h1>
        <p>{translate(lang, 'crashBody', { message: error.message })}</p>
        <p className="actions">
          <button type="button" onClick={() => location.reload()}>
            {translate(lang, 'crashReload')}
          </button>{' '}
          <a href="#/">{translate(lang, 'backToOverview')}</a>
        </p>
      </section>
    );
  }
}
