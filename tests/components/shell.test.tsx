import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../src/components/App.tsx';
import { ErrorBoundary } from '../../src/components/ErrorBoundary.tsx';
import { defineScene } from '../../src/scenes/define.ts';
import { registerScene } from '../../src/scenes/registry.ts';
import type { SceneModule } from '../../src/scenes/registry.ts';
import { useAppStore } from '../../src/store/store.ts';
import { applyHash, hashFor, startUrlSync } from '../../src/store/urlSync.ts';

describe('the shell', () => {
  it('switching the language changes the visible text', async () => {
    render(<App />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('What would you like to see?');
    await userEvent.selectOptions(screen.getByLabelText('Language'), 'zh');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('想看哪个概念？');
    expect(screen.getByLabelText('语言')).toHaveValue('zh');
  });

  it('the theme switch sets data-theme and remembers it', async () => {
    const stop = startUrlSync();
    render(<App />);
    await userEvent.selectOptions(screen.getByLabelText('Theme'), 'projector');
    expect(document.documentElement.dataset.theme).toBe('projector');
    expect(JSON.parse(localStorage.getItem('convscope.prefs') ?? '{}')).toMatchObject({ theme: 'projector' });
    expect(location.hash).toContain('theme=projector');
    stop();
  });

  it('an unknown scene shows an alert naming it', () => {
    act(() => applyHash('#/conv3d'));
    render(<App />);
    expect(screen.getByRole('alert')).toHaveTextContent('There is no scene called “conv3d”');
    expect(screen.getByRole('link', { name: 'Back to the overview' })).toHaveAttribute('href', '#/');
  });

  it('bad global values are listed in a status message, and can be dismissed', async () => {
    act(() => applyHash('#/?lang=xx&theme=neon'));
    render(<App />);
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('lang=xx is not a valid value; using en.');
    expect(status).toHaveTextContent('theme=neon is not a valid value; using light.');
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('lang and theme from the link win over remembered preferences, and are written back to the hash', () => {
    localStorage.setItem('convscope.prefs', JSON.stringify({ lang: 'en', theme: 'dark' }));
    history.replaceState(null, '', '#/?lang=zh&theme=projector');
    const stop = startUrlSync();
    const s = useAppStore.getState();
    expect([s.lang, s.theme]).toEqual(['zh', 'projector']);
    expect(document.documentElement.lang).toBe('zh-Hans');
    expect(hashFor(useAppStore.getState())).toBe('#/?lang=zh&theme=projector');
    stop();
  });
});

describe('ErrorBoundary', () => {
  function Boom(): never {
    throw new Error('grid exploded');
  }

  it('shows the error readably in the learner’s language instead of a blank page', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined); // React logs the caught error
    useAppStore.getState().setLang('zh');
    render(
      <ErrorBoundary resetKey="a">
        <Boom />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('出错了');
    expect(screen.getByRole('alert')).toHaveTextContent('grid exploded');
    expect(screen.getByRole('button', { name: '重新加载' })).toBeInTheDocument();
    spy.mockRestore();
  });

  it('the message follows a language switch while it is shown', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <ErrorBoundary resetKey="a">
        <Boom />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('heading', { name: 'Something went wrong' })).toBeInTheDocument();
    act(() => useAppStore.getState().setLang('zh'));
    expect(screen.getByRole('heading', { name: '出错了' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '返回总览' })).toHaveAttribute('href', '#/');
    spy.mockRestore();
  });

  it('clears the error when the location changes', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { rerender } = render(
      <ErrorBoundary resetKey="a">
        <Boom />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toBeInTheDocument();
    rerender(
      <ErrorBoundary resetKey="b">
        <p>fine</p>
      </ErrorBoundary>,
    );
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('fine')).toBeInTheDocument();
    spy.mockRestore();
  });
});

describe('scenes load on demand', () => {
  it('a scene whose chunk has not arrived shows a loading status, then the scene; a failed chunk is explained', async () => {
    let arrive: (m: SceneModule) => void = () => undefined;
    const slow = defineScene({
      id: 'slow-probe',
      title: { en: 'Probe', zh: '探针' },
      summary: { en: 'A test scene.', zh: '测试场景。' },
      schema: {},
      playback: false,
      load: () => new Promise((resolve) => (arrive = resolve)),
    });
    registerScene(slow);
    act(() => applyHash('#/slow-probe'));
    // Rendered inside an async act, so React retries the suspended view when its chunk arrives.
    await act(async () => {
      render(<App />);
    });
    expect(screen.getByText('Loading the scene…')).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByRole('navigation', { name: 'Scenes' })).toBeInTheDocument();
    await act(async () => arrive({ default: () => <p>slow scene drawn</p> }));
    expect(await screen.findByText('slow scene drawn')).toBeInTheDocument();
    expect(screen.queryByText('Loading the scene…')).toBeNull();

    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    registerScene(defineScene({ id: 'offline-probe', title: { en: 'Probe', zh: '探针' }, summary: { en: 'A test scene.', zh: '测试场景。' }, schema: {}, playback: false, load: () => Promise.reject(new Error('Failed to fetch dynamically imported module')) }));
    await act(async () => applyHash('#/offline-probe?lang=zh'));
    expect(await screen.findByRole('alert')).toHaveTextContent('Failed to fetch dynamically imported module');
    expect(screen.getByRole('heading', { name: '出错了' })).toBeInTheDocument();
    // The header stays usable: the learner can pick another scene.
    expect(screen.getByRole('navigation', { name: '场景' })).toBeInTheDocument();
    spy.mockRestore();
  });
});
