import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import { isBuilt, loadScene, SCENES } from '../src/scenes/registry.ts';
import { useAppStore } from '../src/store/store.ts';

// Every scene's chunk arrives before the tests, so a rendered scene shows at once (the lazy path itself
// is tested in shell.test.tsx).
beforeAll(() => Promise.all(SCENES.filter(isBuilt).map(loadScene)));

afterEach(() => {
  cleanup();
  useAppStore.getState().reset();
  localStorage.clear();
  history.replaceState(null, '', '#/');
});
