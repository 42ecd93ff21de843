/**
 * `npm run bench:ui`: plays the conv2d scene (16×16×3 input, 4 filters) at 8× in Chromium at 1920×1080 and
 * prints frame time (main-thread work per frame) median and p95, frame intervals, long tasks (> 50 ms),
 * then plays again under a performance trace for the main thread's busy share and where the time goes,
 * the DOM and SVG node counts, and the time from a parameter change to the updated picture.
 * Targets: p95 ≤ 16.7 ms, busy ≤ 30 %, no long task, change ≤ 50 ms.
 * Runs against the production build (`vite build` first; the npm script does it) served on a free port;
 * `BENCH_DIST` names another build folder than `dist`; `BENCH_TRACE=file.json` keeps the trace (open it in
 * DevTools' Performance panel).
 */
import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { mainThreadReport, TRACE_CATEGORIES } from './mainThread.ts';
import { runBench, withBuiltApp } from './builtApp.ts';

const SCENE = '#/conv2d?size=16&in_channels=3&out_channels=4&padding=1&speed=8&theme=projector';
const PLAY_MS = 5000;

/** Presses Space (play), waits `ms` of animation frames, presses Space (pause); marks start and end. */
async function playFor(page: Page, ms: number): Promise<void> {
  await page.evaluate(async (duration) => {
    performance.mark('bench-play-start');
    window.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true }));
    const end = performance.now() + duration;
    while (performance.now() < end) await new Promise((r) => requestAnimationFrame(r));
    window.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true }));
    performance.mark('bench-play-end');
  }, ms);
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

async function main(): Promise<void> {
  await withBuiltApp(async (browser, base) => {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    // tsx (esbuild) names functions with a `__name` helper that the page does not have.
    await page.addInitScript('window.__name = (f) => f');
    await page.goto(`${base}/${SCENE}`);
    await page.getByTestId('output-shape').waitFor();
    await page.waitForTimeout(500);
    const play = await page.evaluate(async (duration) => {
      const longTasks: number[] = [];
      const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => longTasks.push(e.duration)));
      observer.observe({ type: 'longtask', buffered: false });
      const intervals: number[] = [];
      const work: number[] = [];
      const channel = new MessageChannel();
      let frameStart = 0;
      // A message posted from a frame callback arrives after that frame's rendering steps: the time
      // from the frame's start to it is the main-thread work of the frame (clock, React, style, layout).
      channel.port1.onmessage = () => work.push(performance.now() - frameStart);
      const startStep = document.querySelector('.step-count')?.textContent ?? '';
      window.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true }));
      await new Promise<void>((resolve) => {
        let last = performance.now();
        const end = last + duration;
        const tick = (now: number) => {
          intervals.push(now - last);
          last = now;
          frameStart = now;
          channel.port2.postMessage(0);
          if (now < end) requestAnimationFrame(tick);
          else resolve();
        };
        requestAnimationFrame(tick);
      });
      window.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true }));
      observer.disconnect();
      return { intervals: intervals.slice(1), work: work.slice(1), longTasks, startStep, endStep: document.querySelector('.step-count')?.textContent ?? '' };
    }, PLAY_MS);
    // The same playback again under a trace (tracing costs time itself, so frame times come from the pass above).
    await page.waitForTimeout(300);
    const nodes = await page.evaluate(() => ({ all: document.querySelectorAll('*').length, svg: document.querySelectorAll('svg *').length }));
    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    await playFor(page, PLAY_MS);
    const traceJson = (await browser.stopTracing()).toString('utf8');
    if (process.env.BENCH_TRACE) writeFileSync(process.env.BENCH_TRACE, traceJson);
    const trace = mainThreadReport(traceJson, 'bench-play-start', 'bench-play-end');
    // Parameter change: type a new stride and time until the output shape shows it, five times.
    const changes: number[] = [];
    for (const stride of ['2', '1', '3', '1', '2']) {
      const ms = await page.evaluate(async (value) => {
        const input = document.querySelectorAll<HTMLInputElement>('fieldset.pair-field')[2].querySelector('input')!;
        const shape = document.querySelector('[data-testid="output-shape"]')!;
        const before = shape.textContent;
        const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
        const t0 = performance.now();
        setter.call(input, value);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        while (shape.textContent === before) await new Promise((r) => requestAnimationFrame(r));
        // The picture is on screen after the next frame is painted.
        await new Promise((r) => requestAnimationFrame(r));
        return performance.now() - t0;
      }, stride);
      changes.push(ms);
    }
    const sorted = [...play.intervals].sort((a, b) => a - b);
    const workSorted = [...play.work].sort((a, b) => a - b);
    const dropped = play.intervals.filter((ms) => ms > 25).length;
    const changeSorted = [...changes].sort((a, b) => a - b);
    const lines = [
      `playback 16×16×3 → 4 filters at 8× for ${PLAY_MS / 1000} s: ${play.startStep} → ${play.endStep}`,
      `frame time (main-thread work per frame): median ${quantile(workSorted, 0.5).toFixed(1)} ms, p95 ${quantile(workSorted, 0.95).toFixed(1)} ms, max ${workSorted[workSorted.length - 1].toFixed(1)} ms (target p95 ≤ 16.7)`,
      `frames ${sorted.length}, interval median ${quantile(sorted, 0.5).toFixed(1)} ms, p95 ${quantile(sorted, 0.95).toFixed(1)} ms, dropped (interval > 25 ms) ${dropped}`,
      `long tasks > 50 ms during playback: ${play.longTasks.length}${play.longTasks.length ? ` (longest ${Math.max(...play.longTasks).toFixed(0)} ms)` : ''} (target 0)`,
      `main thread busy during playback (union of top-level tasks in the trace / wall time): ${(trace.busyShare * 100).toFixed(1)} % of ${(trace.windowMs / 1000).toFixed(1)} s (target ≤ 30 %); main-thread CPU (thread time of those tasks) ${(trace.cpuShare * 100).toFixed(1)} %`,
      `  by phase (self CPU ms): ${trace.phases.filter(([, ms]) => ms >= 1).map(([k, ms]) => `${k} ${ms.toFixed(0)}`).join(', ')}`,
      `  by trace event (self CPU ms): ${trace.names.slice(0, 8).map(([k, ms]) => `${k} ${ms.toFixed(0)}`).join(', ')}`,
      `DOM nodes ${nodes.all} (SVG ${nodes.svg})`,
      `parameter change → updated picture: median ${quantile(changeSorted, 0.5).toFixed(1)} ms, max ${changeSorted[changeSorted.length - 1].toFixed(1)} ms (target ≤ 50)`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  });
}

runBench(main);
