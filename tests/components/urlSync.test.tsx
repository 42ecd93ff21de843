import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../src/components/App.tsx';
import { defineScene } from '../../src/scenes/define.ts';
import { loadScene, registerScene } from '../../src/scenes/registry.ts';
import { selectParams, useAppStore } from '../../src/store/store.ts';
import { startUrlSync } from '../../src/store/urlSync.ts';
import { boolParam, intParam, paddingParam, pairParam } from '../../src/url/params.ts';

// A scene registered only in this file: the sync is tested without depending on a real scene's schema.
const schema = {
  kernelSize: pairParam('kernel_size', 1, 11, 3),
  padding: paddingParam('padding', 5, 0),
  groups: intParam('groups', 1, 8, 1),
  bias: boolParam('bias', true),
};
function Probe() {
  const params = useAppStore(selectParams);
  return <pre data-testid="params">{JSON.stringify(params)}</pre>;
}
const probe = defineScene({ id: 'probe', title: { en: 'Probe', zh: '探针' }, summary: { en: 'A test scene.', zh: '测试场景。' }, schema, playback: false, load: () => Promise.resolve({ default: Probe }) });
registerScene(probe);
// Fetched before the tests, as a scene chunk that has arrived: the view then renders without suspending.
beforeAll(() => loadScene(probe));

const go = (hash: string) =>
  act(() => {
    history.replaceState(null, '', hash);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });

let stop: () => void;
beforeEach(() => {
  stop = () => undefined;
});
afterEach(() => stop());

describe('store ⇄ hash', () => {
  it('a hashchange opens the scene with validated values; a parameter change rewrites the hash', () => {
    stop = startUrlSync();
    render(<App />);
    go('#/probe?kernel_size=5x7&padding=same&bias=0');
    expect(useAppStore.getState().params).toEqual({ kernelSize: [5, 7], padding: 'same', groups: 1, bias: false });
    expect(screen.getByTestId('params')).toHaveTextContent('"kernelSize":[5,7]');
    act(() => useAppStore.getState().setParams({ groups: 4, kernelSize: [3, 3] }));
    expect(location.hash).toBe('#/probe?padding=same&groups=4&bias=0');
    act(() => useAppStore.getState().setParams({ padding: 0, groups: 1, bias: true }));
    expect(location.hash).toBe('#/probe');
  });

  it('setParams goes through the codecs: the store never holds a value the link cannot carry', () => {
    stop = startUrlSync();
    render(<App />);
    go('#/probe');
    // What a scene could write by mistake: too large, the wrong kind, a name the schema does not have.
    act(() => useAppStore.getState().setParams({ kernelSize: [17, 3], groups: 2.5, padding: 'banana', stride: 2 }));
    expect(useAppStore.getState().params).toEqual({ kernelSize: [11, 3], padding: 0, groups: 1, bias: true });
    expect(location.hash).toBe('#/probe?kernel_size=11x3');
    go('#/probe?kernel_size=11x3');
    expect(useAppStore.getState().params).toEqual({ kernelSize: [11, 3], padding: 0, groups: 1, bias: true });
  });

  it('a corrected link is rewritten to the values used, and the notice names key, given and used value', () => {
    stop = startUrlSync();
    render(<App />);
    go('#/probe?groups=0&padding=banana&stride=2&groups=12');
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('groups=0 is overridden by a later groups in the link; using 8.');
    expect(status).toHaveTextContent('groups=12 is out of range; using 8.');
    expect(status).toHaveTextContent('padding=banana is not a valid value; using 0.');
    expect(status).toHaveTextContent('stride=2 is ignored: this scene has no parameter called stride.');
    expect(location.hash).toBe('#/probe?groups=8');
  });

  it('an unreadable lang in a link keeps the remembered language, and the notice says so in it', () => {
    localStorage.setItem('convscope.prefs', JSON.stringify({ lang: 'zh', theme: 'dark' }));
    history.replaceState(null, '', '#/probe?lang=tlh&theme=dark');
    stop = startUrlSync();
    render(<App />);
    expect(useAppStore.getState().lang).toBe('zh');
    expect(document.documentElement.lang).toBe('zh-Hans');
    expect(screen.getByRole('status')).toHaveTextContent('lang=tlh 不是有效的值，改用 zh。');
  });

  it('going to another scene from the overview replaces the params and clears old corrections', () => {
    stop = startUrlSync();
    render(<App />);
    go('#/probe?groups=99');
    expect(screen.getByRole('status')).toBeInTheDocument();
    go('#/');
    expect(useAppStore.getState().params).toEqual({});
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('What would you like to see?');
  });
});
