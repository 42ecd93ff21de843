import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import { isBuilt, loadScene, SCENES } from '../src/scenes/registry.ts';
import { useAppStore } from '../src/store/store.ts';

/**
 * jsdom lays nothing out and has no ResizeObserver: this one reports a 1200×800 box for every element it
 * observes, so the scenes' stages (which wait for their measured size) render their grids in tests.
 */
class FixedSizeObserver {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(): void {
    this.callback([{ contentRect: { width: 1200, height: 800 } } as ResizeObserverEntry], this as unknown as ResizeObserver);
  }
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= FixedSizeObserver as unknown as typeof ResizeObserver;

// Every scene's chunk arrives before the tests, so a rendered scene shows at once (the lazy path itself
// is tested in shell.test.tsx).
beforeAll(() => Promise.all(SCENES.filter(isBuilt).map(loadScene)));

afterEach(() => {
  cleanup();
  useAppStore.getState().reset();
  localStorage.clear();
  history.replaceState(null, '', '#/');
});
