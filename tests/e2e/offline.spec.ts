import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { expect, test } from './fixtures.ts';

// The app's service worker is what these tests are about (playwright.config.ts blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

const DIST = resolve(process.env.CONVSCOPE_DIST ?? 'dist');
const FOLDER = '/courses/cnn/convscope/';
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.png': 'image/png', '.svg': 'image/svg+xml', '.jpg': 'image/jpeg', '.webp': 'image/webp' };

/** A plain static site: the built app under FOLDER, nothing anywhere else (404). */
function staticSite(): Promise<Server> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = path.startsWith(FOLDER) ? normalize(join(DIST, path.slice(FOLDER.length) || 'index.html')) : '';
    if (!file.startsWith(DIST) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

test('after one visit the app works offline: reload with no network, a scene still renders', async ({ page, context, problems }) => {
  await page.goto('./#/conv2d');
  await expect(page.getByRole('region', { name: 'Picture' }).locator('svg').first()).toBeVisible();
  const online = await page.locator('.step-count').textContent();
  expect(online).toMatch(/^step 1 of \d+$/);
  // Installed means every file of the build is cached (install waits for the whole precache).
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(new URL(scope).pathname).toBe('/');
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('region', { name: 'Picture' }).locator('svg text').first()).toBeVisible();
  await expect(page.locator('.step-count')).toHaveText(online ?? '');
  // Another scene's chunk was never loaded online: it comes from the precache too.
  await page.goto('./#/pooling?lang=zh');
  await expect(page.getByRole('region', { name: '图示' }).locator('svg').first()).toBeVisible();
  await context.setOffline(false);
  expect(problems).toEqual([]);
});

test('the built app opens from a sub-folder of a static site, and works offline there', async ({ page, context, problems }) => {
  const server = await staticSite();
  try {
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const missing: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) missing.push(r.url());
    });
    await page.goto(`${origin}${FOLDER}#/squeeze-excite?step=3`);
    await expect(page.locator('.step-count')).toHaveText('step 3 of 4');
    await expect(page.getByRole('region', { name: 'Picture' }).locator('svg').first()).toBeVisible();
    expect(missing).toEqual([]);
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(`${origin}${FOLDER}`);
    await context.setOffline(true);
    await page.reload();
    await expect(page.locator('.step-count')).toHaveText('step 3 of 4');
    await context.setOffline(false);
  } finally {
    server.close();
  }
  expect(problems).toEqual([]);
});
