import { test, expect } from './fixtures.ts';
import type { Page } from '@playwright/test';

/** The rendered size of the stage's grid numbers (CSS px on screen), and whether the document scrolls (as in present.spec.ts). */
async function gridNumbers(page: Page) {
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

/** The picture region: whether its content overflows it, and its overflow style. */
const stageOverflow = (page: Page) =>
  page.locator('.stage-box').evaluate((el) => ({ more: el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1, x: getComputedStyle(el).overflowX, y: getComputedStyle(el).overflowY }));

/** Whether every cell marked current lies inside the picture region (scrolled into view, not cut off). */
function currentInView() {
  const box = document.querySelector('.stage-box')!.getBoundingClientRect();
  const marked = [...document.querySelectorAll('.stage-box .cell-current')].map((c) => c.getBoundingClientRect());
  return marked.length > 0 && marked.every((r) => r.left >= box.left - 1 && r.top >= box.top - 1 && r.right <= box.right + 1 && r.bottom <= box.bottom + 1);
}

const SIZES = [[1920, 1080, 'en'], [1280, 720, 'zh']] as const;

// Steps to check besides the first: the later maps hold wider numbers (one decimal, a minus sign).
for (const [scene, steps] of [['inception', [1, 6, 12]], ['residual', [1, 6, 9]], ['digits', [0]]] as const) {
  test(`present=1: ${scene} draws its numbers at ≥ 24 px at 1920×1080 and 1280×720; what does not fit scrolls in the picture`, async ({ page, problems }) => {
    for (const [w, h, lang] of SIZES) {
      await page.setViewportSize({ width: w, height: h });
      for (const step of steps) {
        await page.goto(`/#/${scene}?present=1&theme=projector&lang=${lang}${step > 0 ? `&step=${step}` : ''}`);
        await expect(page.locator('.stage-box .cell text').first()).toBeVisible();
        const n = await gridNumbers(page);
        const at = `${scene} ${w}×${h} step ${step}`;
        expect(n.count, at).toBeGreaterThan(15);
        expect(n.smallest, at).toBeGreaterThanOrEqual(24);
        expect(n.scrolls, at).toBe(false);
        // The picture that does not fit scrolls inside its region (it is never cut off out of reach).
        const overflow = await stageOverflow(page);
        if (overflow.more) expect([overflow.x, overflow.y], at).toEqual(['auto', 'auto']);
      }
    }
    expect(problems).toEqual([]);
  });
}

test('present=1: digits prints the class maps (colour only before at 1280×720) and every one is reachable by scrolling the picture', async ({ page, problems }) => {
  for (const [w, h, lang] of SIZES) {
    await page.setViewportSize({ width: w, height: h });
    await page.goto(`/#/digits?present=1&theme=projector&lang=${lang}`);
    const maps = page.getByTestId('digits-layer-classMaps').locator('svg.grid');
    await expect(maps).toHaveCount(10);
    await expect(page.getByTestId('digits-layer-classMaps').locator('.cell text').first()).toBeVisible();
    const last = maps.last();
    await last.scrollIntoViewIfNeeded();
    await expect(last).toBeInViewport({ ratio: 1 });
    expect(await gridNumbers(page).then((n) => n.scrolls)).toBe(false);
  }
  expect(problems).toEqual([]);
});

for (const [scene, presses, title] of [['inception', 5, /step 6 of 12/], ['residual', 8, /step 9 of 9/]] as const) {
  test(`present=1 at 1280×720: ${scene} keeps the current step’s cell in view as the clicker steps`, async ({ page, problems }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`/#/${scene}?present=1&theme=projector`);
    await expect(page.locator('.stage-box .cell text').first()).toBeVisible();
    // The picture is larger than its region here: the test is about scrolling to the step.
    const overflow = await stageOverflow(page);
    expect(overflow.more).toBe(true);
    for (let i = 0; i < presses; i++) await page.keyboard.press('PageDown');
    await expect(page.locator('.step-count').getByText(title)).toBeVisible();
    await expect.poll(() => page.evaluate(currentInView)).toBe(true);
    expect((await gridNumbers(page)).smallest).toBeGreaterThanOrEqual(24);
    expect(problems).toEqual([]);
  });
}
