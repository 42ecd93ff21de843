/**
 * `npm run bench:image`: the image lab in Chromium at 1920×1080. Uploads a 1024×1024 RGB picture (noise made
 * in the page) and filters it with one 3×3 kernel several times (Sobel-x and Sobel-y in turn), printing
 * the round trip per run (request posted to the worker until its coloured map is back on the main
 * thread: the page's `data-run-ms`), median, min and max. Then filters a 2048×2048 RGB picture and prints
 * the main thread's long tasks meanwhile (target: none over 50 ms) and that run's round trip.
 * Runs against the production build (`vite build` first; the npm script does it) on a free port;
 * `BENCH_DIST` names another build folder than `dist`.
 */
import type { Page } from '@playwright/test';
import { runBench, withBuiltApp } from './builtApp.ts';

const RUNS = 7;

/** A `side × side` PNG of RGB noise, encoded in the page. */
async function noisePng(page: Page, side: number): Promise<Buffer> {
  const b64 = await page.evaluate(async (n) => {
    const c = new OffscreenCanvas(n, n);
    const ctx = c.getContext('2d')!;
    const img = ctx.createImageData(n, n);
    for (let i = 0; i < img.data.length; i += 65536) crypto.getRandomValues(img.data.subarray(i, Math.min(img.data.length, i + 65536)));
    for (let i = 3; i < img.data.length; i += 4) img.data[i] = 255;
    ctx.putImageData(img, 0, 0);
    const bytes = new Uint8Array(await (await c.convertToBlob({ type: 'image/png' })).arrayBuffer());
    let s = '';
    for (let i = 0; i < bytes.length; i += 32768) s += String.fromCharCode(...bytes.subarray(i, i + 32768));
    return btoa(s);
  }, side);
  return Buffer.from(b64, 'base64');
}

/** Picks filter 1's kernel and waits for that map; returns the run's round trip (ms). */
async function runWith(page: Page, kernel: 'sobelX' | 'sobelY', caption: string): Promise<number> {
  const before = await page.locator('[data-run-ms]').getAttribute('data-run-ms');
  await page.getByLabel('Filter 1', { exact: true }).selectOption(kernel);
  await page.locator('figure[data-filter="1"] figcaption', { hasText: caption }).waitFor({ timeout: 120_000 });
  await page.waitForFunction((b) => {
    const v = document.querySelector('[data-run-ms]')?.getAttribute('data-run-ms');
    return v !== null && v !== undefined && v !== b;
  }, before);
  return Number(await page.locator('[data-run-ms]').getAttribute('data-run-ms'));
}

async function upload(page: Page, side: number): Promise<void> {
  await page.getByLabel('Upload a picture').setInputFiles({ name: `noise${side}.png`, mimeType: 'image/png', buffer: await noisePng(page, side) });
  await page.getByText(`filtered at ${side}×${side}.`).waitFor({ timeout: 120_000 });
  await page.locator('figure[data-filter="1"] [role="group"]').waitFor({ timeout: 120_000 });
}

async function main(): Promise<void> {
  await withBuiltApp(async (browser, base) => {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await page.addInitScript('window.__name = (f) => f');
    await page.goto(`${base}/#/image-lab?filters=sobelX&color=rgb&max_side=2048`);
    await page.locator('figure[data-filter="1"] [role="group"]').waitFor();

    await upload(page, 1024);
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) times.push(await runWith(page, i % 2 === 0 ? 'sobelY' : 'sobelX', i % 2 === 0 ? 'Sobel-y' : 'Sobel-x'));
    const sorted = [...times].sort((a, b) => a - b);
    console.log(`1024×1024 RGB, one 3×3 filter (Sobel), worker round trip over ${RUNS} runs: median ${sorted[Math.floor(RUNS / 2)]} ms, min ${sorted[0]} ms, max ${sorted[RUNS - 1]} ms`);
    console.log(`  runs: ${times.join(', ')} ms`);

    await upload(page, 2048);
    await page.evaluate(() => {
      const w = window as unknown as { longTasks: number[] };
      w.longTasks = [];
      new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push(e.duration))).observe({ type: 'longtask', buffered: false });
    });
    const big = await runWith(page, 'sobelX', 'Sobel-x');
    // One more frame, so a task that drew the map is counted too.
    await page.waitForTimeout(300);
    const long = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
    console.log(`2048×2048 RGB, one 3×3 filter: worker round trip ${big} ms; main-thread tasks over 50 ms meanwhile: ${long.length}${long.length ? ` (longest ${Math.round(Math.max(...long))} ms)` : ''}`);
  });
}

runBench(main);
