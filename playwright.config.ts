import { execFileSync } from 'node:child_process';
import { defineConfig } from '@playwright/test';

/**
 * A port nobody is listening on, chosen once by the main process and handed to the workers through the
 * environment (workers re-read this file), so the tests never attach to a stranger's server on 4173.
 */
function freePort(): string {
  const script = "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close();});";
  return execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }).trim();
}
const port = (process.env.CONVSCOPE_E2E_PORT ??= freePort());
const baseURL = `http://127.0.0.1:${port}/`;
/** The build under test: `dist/` unless CONVSCOPE_DIST names another folder (a private build beside a shared tree). */
const outDir = process.env.CONVSCOPE_DIST ?? 'dist';

/**
 * End-to-end tests against the production build (`vite preview`), in the machine's Chromium:
 * `CHROME_PATH` if set, else Debian's /usr/bin/chromium. No browser is downloaded.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  reporter: 'list',
  use: {
    baseURL,
    viewport: { width: 1280, height: 800 },
    // The app's service worker would serve later requests itself, out of page.route's sight: only
    // offline.spec.ts allows it.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort --outDir ${outDir}`,
    url: baseURL,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
