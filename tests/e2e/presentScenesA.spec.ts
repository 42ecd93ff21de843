import { test, expect } from './fixtures.ts';
import type { Page } from '@playwright/test';
import { PRESENTER_SIZES, expectPresented, inStage } from './presenter.ts';

/**
 * Group-shuffle draws no grid of values: its numbers are the channels and channel ranges written in the
 * connection matrix, the flow and the shuffle tiles. Their size on screen: the computed font size times
 * the scale of the SVG's viewBox (a picture shrunk to its region would shrink them too).
 */
async function svgNumbers(page: Page) {
  return page.evaluate(() => {
    const texts = [...document.querySelectorAll('.stage-box svg text')].filter((t) => (t.textContent ?? '') !== '') as SVGTextElement[];
    const onScreen = (t: SVGTextElement) => {
      const svg = t.ownerSVGElement!;
      const vb = svg.viewBox.baseVal;
      const scale = vb && vb.width > 0 ? svg.getBoundingClientRect().width / vb.width : 1;
      return parseFloat(getComputedStyle(t).fontSize) * scale;
    };
    return {
      count: texts.length,
      smallest: Math.min(...texts.map(onScreen)),
      scrolls: document.documentElement.scrollHeight > document.documentElement.clientHeight || document.documentElement.scrollWidth > document.documentElement.clientWidth,
    };
  });
}

for (const scene of ['receptive-field', 'conv-transpose2d'] as const) {
  test(`present=1: ${scene} draws its grid numbers at ≥ 24 px at 1920×1080 and 1280×720; what does not fit scrolls in the picture`, async ({ page, problems }) => {
    for (const [w, h, lang] of PRESENTER_SIZES) {
      await page.setViewportSize({ width: w, height: h });
      await expectPresented(page, `#/${scene}`, lang, { at: `${scene} ${w}×${h}` });
    }
    expect(problems).toEqual([]);
  });
}

test('present=1: group-shuffle writes its channel numbers at ≥ 24 px at 1920×1080 and 1280×720, by channel and by group; what does not fit scrolls', async ({ page, problems }) => {
  for (const params of ['', '?in_channels=64&out_channels=64&groups=4']) {
    for (const [w, h, lang] of PRESENTER_SIZES) {
      await page.setViewportSize({ width: w, height: h });
      await expectPresented(page, `#/group-shuffle${params}`, lang, { measure: svgNumbers, ready: '.stage-box svg text', at: `group-shuffle${params} ${w}×${h}` });
    }
  }
  expect(problems).toEqual([]);
});

test('present=1 at 1280×720: as the clicker steps, conv-transpose2d keeps the step’s marked cells and group-shuffle its shuffle tiles in view', async ({ page, problems }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/#/conv-transpose2d?present=1&theme=projector');
  await expect(page.locator('.stage-box .cell text').first()).toBeVisible();
  const count = page.locator('.step-count');
  const before = await count.textContent();
  for (let i = 0; i < 5; i++) await page.keyboard.press('PageDown');
  await expect(count).not.toHaveText(before!);
  await expect.poll(() => page.evaluate(inStage, '.cell-current')).toBe(true);
  // The output's last row lies below the region at 1280×720 (78 px cells, for the 24 px stamp counts).
  for (let i = 0; i < 17; i++) await page.keyboard.press('PageDown');
  await expect(page.locator('.stage-box .cell-current[data-r="4"]')).toHaveCount(1);
  await expect.poll(() => page.evaluate(inStage, '.cell-current')).toBe(true);
  const scrolled = () => page.locator('.stage-box').evaluate((el) => el.scrollTop);
  expect(await scrolled()).toBeGreaterThan(0);

  await page.goto('/#/group-shuffle?present=1&theme=projector');
  const tiles = page.getByRole('img', { name: /^channel shuffle/ });
  await expect(tiles).toBeVisible();
  for (let i = 0; i < 2; i++) await page.keyboard.press('PageDown');
  await expect(count).toHaveText('step 3 of 4');
  await expect.poll(() => page.evaluate(inStage, '[aria-labelledby="gs-tiles"] svg')).toBe(true);
  expect(await scrolled()).toBeGreaterThan(0);
  expect(problems).toEqual([]);
});
