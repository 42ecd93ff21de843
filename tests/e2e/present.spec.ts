import { test, expect } from './fixtures.ts';
import { PRESENTER_SIZES, clickerTo, expectPresented, gridNumbers, inStage } from './presenter.ts';

for (const [w, h] of [[1920, 1080], [1280, 720]] as const) {
  for (const lang of ['en', 'zh'] as const) {
    test(`present=1 at ${w}×${h} (${lang}): playback only, grid numbers ≥ 24 px, nothing clipped`, async ({ page, problems }) => {
      await page.setViewportSize({ width: w, height: h });
      await page.goto(`/#/conv2d?present=1&lang=${lang}`);
      await expect(page.locator('.playback')).toBeVisible();
      await expect(page.locator('.app-header')).toHaveCount(0);
      await expect(page.getByRole('form', { name: lang === 'en' ? 'Parameters' : /参数/ })).toBeHidden();
      const n = await gridNumbers(page);
      expect(n.count).toBeGreaterThan(20);
      expect(n.smallest).toBeGreaterThanOrEqual(24);
      expect(n.clipped).toBe(0);
      expect(n.scrolls).toBe(false);
      // The playback bar fits on screen.
      const bar = await page.locator('.playback').boundingBox();
      expect(bar!.y + bar!.height).toBeLessThanOrEqual(h);
      expect(page.url()).toContain('present=1');
      expect(problems).toEqual([]);
    });
  }
}

for (const scene of ['pointwise', 'depthwise-separable', 'squeeze-excite'] as const) {
  test(`present=1: ${scene} draws its numbers at ≥ 24 px at 1920×1080 and 1280×720; what does not fit scrolls in the picture`, async ({ page, problems }) => {
    for (const [w, h, lang] of PRESENTER_SIZES) {
      await page.setViewportSize({ width: w, height: h });
      await expectPresented(page, `#/${scene}`, lang, { at: `${scene} ${w}×${h}` });
    }
    expect(problems).toEqual([]);
  });
}

test('present=1 at 1280×720: depthwise keeps the current step’s row in view as the clicker steps', async ({ page, problems }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/#/depthwise-separable?present=1&theme=projector');
  await expect(page.locator('.stage-box .cell text').first()).toBeVisible();
  await clickerTo(page, 6);
  await expect.poll(() => page.evaluate(inStage, '.cell-current')).toBe(true);
  expect(problems).toEqual([]);
});

test('presenter keys: PageDown/PageUp step, a lesson can take them, B blanks, ? lists them', async ({ page, problems }) => {
  await page.goto('/#/conv2d?present=1');
  const count = page.locator('.step-count');
  await expect(count).toHaveText('step 1 of 90');
  // What a clicker sends moves as → and ← do: by output cell (10 steps each here).
  await page.keyboard.press('ArrowRight');
  const byArrow = await count.textContent();
  await page.keyboard.press('Home');
  await page.keyboard.press('PageDown');
  await expect(count).toHaveText(byArrow!);
  await page.keyboard.press('PageDown');
  await expect(count).not.toHaveText(byArrow!);
  await page.keyboard.press('PageUp');
  await expect(count).toHaveText(byArrow!);
  // A lesson listening for convscope:next takes the press: the playback stays.
  await page.evaluate(() => {
    (window as unknown as { taken: number }).taken = 0;
    window.addEventListener('convscope:next', (e) => {
      e.preventDefault();
      (window as unknown as { taken: number }).taken++;
    });
  });
  await page.keyboard.press('PageDown');
  await page.keyboard.press('ArrowRight');
  await expect(count).toHaveText(byArrow!);
  expect(await page.evaluate(() => (window as unknown as { taken: number }).taken)).toBe(2);
  await page.keyboard.press('b');
  const blank = page.locator('.present-blank');
  await expect(blank).toBeVisible();
  const box = await blank.boundingBox();
  expect(box).toEqual({ x: 0, y: 0, width: 1280, height: 800 });
  await page.keyboard.press('B');
  await expect(blank).toHaveCount(0);
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toContainText('PgUp PgDn');
  await expect(help).toContainText('Blank the screen');
  expect(problems).toEqual([]);
});

test('the header button enters presenter mode (Chinese), and its exit button leaves it', async ({ page, problems }) => {
  await page.goto('/#/conv2d?lang=zh');
  await page.getByRole('button', { name: '演示', exact: true }).click();
  await expect(page.locator('.app-header')).toHaveCount(0);
  await expect(page).toHaveURL(/present=1/);
  await expect(page.locator('html')).toHaveAttribute('data-present', '');
  await page.getByRole('button', { name: '退出演示模式' }).click();
  await expect(page.locator('.app-header')).toBeVisible();
  await expect(page).not.toHaveURL(/present=1/);
  await expect(page.getByRole('form', { name: /参数/ })).toBeVisible();
  expect(problems).toEqual([]);
});

test('present=maybe is corrected in the page, and the ordinary page shows', async ({ page, problems }) => {
  await page.goto('/#/conv2d?present=maybe');
  await expect(page.getByRole('status')).toContainText('present=maybe is not a valid value; using 0.');
  await expect(page.locator('.app-header')).toBeVisible();
  expect(problems).toEqual([]);
});
