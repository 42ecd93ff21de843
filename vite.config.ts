/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  // Relative asset paths, so the built app works from any folder a teaching site embeds it in.
  base: './',
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'engine',
          environment: 'node',
          include: ['tests/engine/**/*.test.ts', 'tests/animations/**/*.test.ts', 'tests/scenes/**/*.test.ts'],
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
