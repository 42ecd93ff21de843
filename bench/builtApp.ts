import { chromium } from '@playwright/test';
import type { Browser } from '@playwright/test';
import { preview } from 'vite';
import { freePort } from './freePort.ts';

/** Chromium's flags for every bench: headless on this machine, nothing fetched in the background. */
export const CHROME_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * Serves the production build (`dist/`, or the folder `BENCH_DIST` names) with `vite preview` on a free
 * loopback port, launches Chromium (`CHROME_PATH` or /usr/bin/chromium), runs `bench` with the app's
 * base URL, then closes both, whatever happened.
 */
export async function withBuiltApp(bench: (browser: Browser, base: string) => Promise<void>): Promise<void> {
  const port = await freePort();
  const server = await preview({ preview: { port, strictPort: true, host: '127.0.0.1' }, build: { outDir: process.env.BENCH_DIST ?? 'dist' }, logLevel: 'silent' });
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: CHROME_FLAGS });
  try {
    await bench(browser, `http://127.0.0.1:${port}`);
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}

/** Runs a bench's `main`, printing its error and exiting 1 when it fails. */
export function runBench(main: () => Promise<void>): void {
  main().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
