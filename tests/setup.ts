import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { useAppStore } from '../src/store/store.ts';

afterEach(() => {
  cleanup();
  useAppStore.getState().reset();
  localStorage.clear();
  history.replaceState(null, '', '#/');
});
