/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { offline } from './scripts/offlinePlugin.ts';

export default defineConfig({
  // offline(): sw.js, the service worker that precaches this build (scripts/offlinePlugin.ts).
  plugins: [react(), offline()],
  // Relative asset paths, so the built app works from any folder a teaching site embeds it in.
  base: './',
  css: {
    modules: {
      // A scene's class `.row` in src/scenes/<scene>/view/*.module.css becomes `<scene>-row`; a shared view's
      // becomes `shared-row`: scoped per scene (two scenes' `.row` never meet), readable in the page and stable
      // for the end-to-end tests.
      generateScopedName: (local: string, file: string) => `${/\/scenes\/([^/]+)\/view\//.exec(file.replaceAll('\\', '/'))?.[1] ?? 'shared'}-${local}`,
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'engine',
          environment: 'node',
          include: ['tests/engine/**/*.test.ts', 'tests/animations/**/*.test.ts', 'tests/layout/**/*.test.ts', 'tests/scenes/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'components',
          environment: 'jsdom',
          include: ['tests/components/**/*.test.{ts,tsx}'],
          // Whole scenes render in jsdom: on two busy cores one can take several seconds, not a hang.
          testTimeout: 20_000,
          setupFiles: ['tests/setup.ts'],
        },
      },
    ],
  },
});
