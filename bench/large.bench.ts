/**
 * `npm run bench:large`: the largest settings the channel scenes accept, as a learner reaches them, in
 * Chromium at 1920×1080 against the production build (`vite build` first; the npm script does it;
 * `BENCH_DIST` names another build folder). For each link, 5 runs after one warm-up: the scene opens at its
 * defaults, then the link is set as the learner's typing would set it (`location.hash`), and the page
 * reports
 * - the time until the large setting is drawn (its own text is on the page and the picture is no longer
 *   busy), ms: median, min and max;
 * - the main thread's long tasks meanwhile (over 50 ms): how many, and the longest, ms (target: the page
 *   never freezes, no task over 200 ms; heavy work goes in slices).
 */
import type { Page } from '@playwright/test';
import { runBench, withBuiltApp } from './builtApp.ts';

const RUNS = 5;

/** A large link and the text its page shows once it is drawn (in English). */
const CASES = [
  { name: 'squeeze-excite, 2,048 channels, reduction 1', from: '#/squeeze-excite', to: '#/squeeze-excite?channels=2048&reduction=1&size=8', testId: 'se-param-count', text: '8,392,704' },
  { name: 'group-shuffle, 2,048 → 2,048 in 16 groups', from: '#/group-shuffle', to: '#/group-shuffle?in_channels=2048&out_channels=2048&groups=16', testId: 'gs-weights', text: '2,359,296' },
  {
    name: 'depthwise-separable, 2,048 → 2,048, ×4, 7×7 on 12×12',
    from: '#/depthwise-separable',
    to: '#/depthwise-separable?in_channels=2048&out_channels=2048&depth_multiplier=4&kernel_size=7&size=12',
    testId: 'dw-drawn-maps',
    text: '8,192',
  },
] as const;

interface Run {
  ms: number;
  longTasks: number;
  longestMs: number;
}

/** Opens `from`, then sets `to` and measures, in the page, until `testId` shows `text` and the stage is idle. */
async function once(page: Page, base: string, c: (typeof CASES)[number]): Promise<Run> {
  await page.goto(`${base}/${c.from}`);
  await page.locator('.stage-box svg').first().waitFor();
  return page.evaluate(
    ({ to, testId, text }) =>
      new Promise<Run>((resolve, reject) => {
        const tasks: number[] = [];
        const observer = new PerformanceObserver((list) => {
          for (const e of list.getEntries()) tasks.push(e.duration);
        });
        observer.observe({ type: 'longtask', buffered: false });
        const start = performance.now();
        location.hash = to;
        const check = () => {
          const shown = document.querySelector(`[data-testid="${testId}"]`)?.textContent?.includes(text) ?? false;
          const busy = document.querySelector('.stage-box')?.getAttribute('aria-busy') === 'true';
          if (shown && !busy) {
            const ms = performance.now() - start;
            // A task still running when the page is drawn is reported once it ends: wait a frame pair.
            requestAnimationFrame(() =>
              setTimeout(() => {
                observer.disconnect();
                resolve({ ms, longTasks: tasks.length, longestMs: tasks.length ? Math.max(...tasks) : 0 });
              }, 50),
            );
          } else if (performance.now() - start > 60_000) {
            observer.disconnect();
            reject(new Error(`${to}: not drawn after 60 s`));
          } else {
            requestAnimationFrame(check);
          }
        };
        requestAnimationFrame(check);
      }),
    { to: c.to, testId: c.testId, text: c.text },
  );
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main(): Promise<void> {
  await withBuiltApp(async (browser, base) => {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    // tsx (esbuild) names functions with a `__name` helper that the page does not have.
    await page.addInitScript('window.__name = (f) => f');
    console.log(`large settings, 1920×1080, ${RUNS} runs after a warm-up (ms from the link to the drawn picture; main-thread tasks over 50 ms)`);
    for (const c of CASES) {
      await once(page, base, c);
      const runs: Run[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(await once(page, base, c));
      const ms = runs.map((r) => r.ms);
      const longest = Math.max(...runs.map((r) => r.longestMs));
      console.log(
        `${c.name.padEnd(56)} drawn in ${median(ms).toFixed(0)} ms (min ${Math.min(...ms).toFixed(0)}, max ${Math.max(...ms).toFixed(0)}); ` +
          `long tasks per run ${median(runs.map((r) => r.longTasks))} (median), longest ${longest.toFixed(0)} ms`,
      );
    }
  });
}

runBench(main);
