import type { Page } from '@playwright/test';
import { expect } from './fixtures.ts';

/** The rendered size of the stage's grid numbers (CSS px on screen), how many are cut off by the window, and whether the document scrolls. */
export async function gridNumbers(page: Page) {
  return page.evaluate(() => {
    const texts = [...document.querySelectorAll('.stage-box .cell text')].filter((t) => (t.textContent ?? '') !== '');
    const view = { w: innerWidth, h: innerHeight };
    return {
      count: texts.length,
      // The grids' SVGs have no viewBox: a text's computed font size is its size on screen.
      smallest: Math.min(...texts.map((t) => parseFloat(getComputedStyle(t).fontSize))),
      clipped: texts.filter((t) => {
        const r = t.getBoundingClientRect();
        return r.left < 0 || r.top < 0 || r.right > view.w || r.bottom > view.h;
      }).length,
      scrolls: document.documentElement.scrollHeight > document.documentElement.clientHeight || document.documentElement.scrollWidth > document.documentElement.clientWidth,
    };
  });
}

/** Whether the picture region has more than it shows (down, `more`; across, `wider`), and how it lets the rest be reached. */
export function stageOverflow(page: Page) {
  return page.locator('.stage-box').evaluate((el) => ({
    more: el.scrollHeight > el.clientHeight + 1,
    wider: el.scrollWidth > el.clientWidth + 1,
    y: getComputedStyle(el).overflowY,
    x: getComputedStyle(el).overflowX,
  }));
}

/** In the page: whether every element matching `selector` lies inside the picture region's visible rectangle. */
export function inStage(selector: string) {
  const box = document.querySelector('.stage-box')!;
  const b = box.getBoundingClientRect();
  const view = { left: b.left + box.clientLeft, top: b.top + box.clientTop, right: b.left + box.clientLeft + box.clientWidth, bottom: b.top + box.clientTop + box.clientHeight };
  const marked = [...box.querySelectorAll(selector)].map((c) => c.getBoundingClientRect());
  return marked.length > 0 && marked.every((r) => r.left >= view.left - 1 && r.top >= view.top - 1 && r.right <= view.right + 1 && r.bottom <= view.bottom + 1);
}

/**
 * Presses PageDown (the clicker's key) until the playback bar says step `step`, one press at a time, each
 * seen by the page before the next; a press before the page's keys are bound is lost, so the first is
 * repeated until one counts. For scenes where PageDown moves one step.
 */
export async function clickerTo(page: Page, step: number): Promise<void> {
  const count = page.locator('.step-count');
  // The first number in the bar's text ("step 3 of 12", "第 3 步，共 12 步").
  const now = async () => Number(/\d+/.exec((await count.textContent()) ?? '')?.[0] ?? '0');
  await expect.poll(now).toBeGreaterThan(0);
  await expect(async () => {
    const before = await now();
    if (before >= step) return;
    await page.keyboard.press('PageDown');
    await expect.poll(now, { timeout: 400 }).toBeGreaterThan(before);
    expect(await now()).toBe(step);
  }).toPass();
}

/** The two presenter screens the scenes are checked at: a 1080p projector in English, a 720p one in Chinese. */
export const PRESENTER_SIZES = [[1920, 1080, 'en'], [1280, 720, 'zh']] as const;

/** How many numbers a picture shows, the smallest one's size on screen (px), and whether the document scrolls. */
interface Numbers {
  count: number;
  smallest: number;
  scrolls: boolean;
}

/**
 * Opens `link` (`#/<scene>?…`) in presenter mode with the projector theme in `lang`, and checks what the
 * back of the room needs: more than `atLeast` numbers, none below 24 px, the page itself not scrolling, and
 * a picture larger than its region scrolling inside it (`overflow: auto` both ways). `measure` reads the
 * numbers (the grids' cells unless given), once `ready` is visible.
 */
export async function expectPresented(
  page: Page,
  link: string,
  lang: 'en' | 'zh',
  { atLeast = 20, measure = gridNumbers, ready = '.stage-box .cell text', at = link }: { atLeast?: number; measure?: (page: Page) => Promise<Numbers>; ready?: string; at?: string } = {},
): Promise<void> {
  await page.goto(`/${link}${link.includes('?') ? '&' : '?'}present=1&theme=projector&lang=${lang}`);
  await expect(page.locator(ready).first()).toBeVisible();
  const n = await measure(page);
  expect(n.count, at).toBeGreaterThan(atLeast);
  expect(n.smallest, at).toBeGreaterThanOrEqual(24);
  expect(n.scrolls, `${at}: the page itself scrolls`).toBe(false);
  // The picture that does not fit scrolls inside its region (it is never cut off out of reach).
  const o = await stageOverflow(page);
  if (o.more || o.wider) expect([o.x, o.y], at).toEqual(['auto', 'auto']);
}
