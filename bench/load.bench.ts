/**
 * `npm run bench:load`: how fast the production build opens. Serves `dist/` with `vite preview` on a free
 * loopback port and prints
 * - the JavaScript of every chunk (raw and gzipped) and what the first chunk holds;
 * - per page (the overview and every built scene, from the registry), cold cache, medians of 5 loads in
 *   headless Chromium: first contentful paint, largest contentful paint (the scene itself), JS fetched until the page is drawn (gzipped size of the
 *   files), and cumulative layout shift over the first 2 s at 1920×1080 and at 390×844;
 * - Lighthouse 12 performance and accessibility scores, mobile and desktop presets, per page
 *   (`--skip-lighthouse` leaves them out).
 * Targets (issue 8): first chunk ≤ 60 kB gzipped, FCP ≤ 300 ms, CLS < 0.02, Lighthouse performance ≥ 95
 * mobile and 100 desktop, accessibility 100.
 */
import { chromium } from '@playwright/test';
import type { Browser } from '@playwright/test';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { preview } from 'vite';
import { BUILT_SCENE_IDS } from '../src/scenes/registry.ts';

const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const RUNS = 5;
/** The build to measure: `dist/` unless CONVSCOPE_DIST names another folder. */
const DIST = process.env.CONVSCOPE_DIST ?? 'dist';
const SIZES = [
  { name: '1920×1080', width: 1920, height: 1080 },
  { name: '390×844', width: 390, height: 844 },
];
const PAGES = ['', ...BUILT_SCENE_IDS];

const kb = (bytes: number) => (bytes / 1000).toFixed(1);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const max = (xs: number[]) => Math.max(...xs);

/** Every JS file of the build with its raw and gzipped size; the entry is the one index.html loads. */
function chunks(): { name: string; raw: number; gz: number; entry: boolean }[] {
  const dir = join(DIST, 'assets');
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .map((name) => {
      const data = readFileSync(join(dir, name));
      return { name, raw: data.length, gz: gzipSync(data, { level: 9 }).length, entry: html.includes(`assets/${name}`) };
    })
    .sort((a, b) => b.gz - a.gz);
}

interface Load {
  fcp: number;
  lcp: number;
  cls: number;
  jsGz: number;
}

/** One cold load of `hash` in a fresh context: FCP, CLS over the first 2 s, and the JS it fetched. */
async function loadOnce(browser: Browser, base: string, hash: string, size: (typeof SIZES)[number], gz: Map<string, number>): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: size.width, height: size.height } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { __cls: number; __lcp: number };
    w.__cls = 0;
    w.__lcp = NaN;
    // The largest paint is the scene's picture or panels: when the learner sees the scene, not the header.
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__lcp = e.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!e.hadRecentInput) w.__cls += e.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(`${base}#/${hash}`);
  // Drawn: the scene's chunk has arrived and replaced the loading status.
  await page.waitForFunction(() => document.querySelector('.scene-loading') === null && document.querySelector('main h1, main h2') !== null, null, { timeout: 10_000 });
  await page.waitForTimeout(2000);
  const result = await page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    cls: (window as unknown as { __cls: number }).__cls,
    lcp: (window as unknown as { __lcp: number }).__lcp,
    scripts: performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((n) => n.endsWith('.js')),
  }));
  await context.close();
  const jsGz = result.scripts.reduce((sum, url) => sum + (gz.get(url.slice(url.lastIndexOf('/') + 1)) ?? 0), 0);
  return { fcp: result.fcp, lcp: result.lcp, cls: result.cls, jsGz };
}

/** Lighthouse scores (0–100) of one page, mobile (the default preset) and desktop. */
async function lighthouseScores(url: string): Promise<{ mobile: number[]; desktop: number[] }> {
  const chrome = await launch({ chromePath: CHROME, chromeFlags: ['--headless=new', ...FLAGS] });
  try {
    const run = async (config?: typeof desktopConfig) => {
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] }, config);
      const cats = result?.lhr.categories;
      return [Math.round((cats?.performance.score ?? 0) * 100), Math.round((cats?.accessibility.score ?? 0) * 100)];
    };
    return { mobile: await run(), desktop: await run(desktopConfig) };
  } finally {
    await chrome.kill();
  }
}

async function main(): Promise<void> {
  const skipLighthouse = process.argv.includes('--skip-lighthouse');
  const all = chunks();
  const gz = new Map(all.map((c) => [c.name, c.gz]));
  const entry = all.filter((c) => c.entry);
  const lines: string[] = ['chunks (kB raw / gzipped):'];
  for (const c of all) lines.push(`  ${c.entry ? '* ' : '  '}${c.name.padEnd(40)} ${kb(c.raw).padStart(7)} / ${kb(c.gz).padStart(6)}`);
  const entryGz = entry.reduce((s, c) => s + c.gz, 0);
  lines.push(`first chunk (*): ${kb(entryGz)} kB gzipped (target ≤ 60); all JS ${kb(all.reduce((s, c) => s + c.gz, 0))} kB gzipped`);
  process.stdout.write(`${lines.join('\n')}\n\n`);

  const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, build: { outDir: DIST }, logLevel: 'silent' });
  const address = server.httpServer.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
  const browser = await chromium.launch({ executablePath: CHROME, args: FLAGS });
  try {
    const header = ['page', 'size', 'FCP ms', 'LCP ms', 'JS kB gz', 'CLS', 'LH mobile perf/a11y', 'LH desktop perf/a11y'];
    const rows: string[][] = [];
    for (const hash of PAGES) {
      const scores = skipLighthouse ? undefined : await lighthouseScores(`${base}#/${hash}`);
      for (const size of SIZES) {
        const loads: Load[] = [];
        for (let i = 0; i < RUNS; i++) loads.push(await loadOnce(browser, base, hash, size, gz));
        rows.push([
          hash === '' ? 'overview' : hash,
          size.name,
          median(loads.map((l) => l.fcp)).toFixed(0),
          median(loads.map((l) => l.lcp)).toFixed(0),
          kb(median(loads.map((l) => l.jsGz))),
          max(loads.map((l) => l.cls)).toFixed(3),
          size === SIZES[0] && scores ? scores.mobile.join('/') : '',
          size === SIZES[0] && scores ? scores.desktop.join('/') : '',
        ]);
      }
    }
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (r: string[]) => r.map((v, i) => (i < 2 ? v.padEnd(widths[i]) : v.padStart(widths[i]))).join('  ');
    process.stdout.write(`${line(header)}\n${rows.map(line).join('\n')}\n`);
    process.stdout.write(`FCP, LCP and JS: medians of ${RUNS} cold loads; CLS: the largest of the ${RUNS}, summed over the first 2 s.\n`);
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}

void main();
