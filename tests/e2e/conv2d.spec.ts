import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const stepText = (page: Page) => page.locator('.step-count');
/** The text of output cell (row, col) of output channel `o`. */
const outputCell = (page: Page, o: number, r: number, c: number) =>
  page.getByRole('img', { name: new RegExp(`^output, channel ${o},`) }).locator(`[data-r="${r}"][data-c="${c}"]`);
const inputCell = (page: Page, ch: number, r: number, c: number) =>
  page.getByRole('img', { name: new RegExp(`^input, channel ${ch},`) }).locator(`[data-r="${r}"][data-c="${c}"]`);

test('5×5, k=3, s=2 opens from its link with shape 2×2, 10 parameters, 36 MACs and the PyTorch code', async ({ page, problems }) => {
  await page.goto('/#/conv2d?stride=2');
  await expect(page.getByTestId('output-shape')).toHaveText('[1, 5, 5] → [1, 2, 2]');
  await expect(page.getByText('⌊(5 + 2·0 − 1·(3 − 1) − 1) / 2⌋ + 1').first()).toBeVisible();
  await expect(page.getByTestId('param-count')).toContainText('= 10');
  await expect(page.getByTestId('mac-count')).toContainText('= 36');
  await expect(page.locator('pre.code')).toContainText('nn.Conv2d(in_channels=1, out_channels=1, kernel_size=3, stride=2)');
  expect(problems).toEqual([]);
});

test('keyboard: arrows step by output cell, Shift+arrows by multiply, Home/End, Space plays and pauses', async ({ page, problems }) => {
  // Playwright's clock drives the page's time (requestAnimationFrame, performance.now): playback moves only
  // when the test advances it, so "paused means still" is checked without waiting on the wall clock.
  await page.clock.install();
  await page.goto('/#/conv2d?stride=2');
  await expect(stepText(page)).toHaveText('step 1 of 40');
  await page.keyboard.press('ArrowRight');
  // The first multiply of the next cell (10 steps a cell: 9 multiplies and the bias).
  await expect(stepText(page)).toHaveText('step 11 of 40');
  // The first output cell is now complete and shows its value.
  await expect(outputCell(page, 0, 0, 0).locator('text')).toHaveCount(1);
  await page.keyboard.press('Shift+ArrowRight');
  await expect(stepText(page)).toHaveText('step 12 of 40');
  await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.press('Shift+ArrowLeft');
  await expect(stepText(page)).toHaveText('step 10 of 40');
  await page.keyboard.press('ArrowLeft');
  await expect(stepText(page)).toHaveText('step 1 of 40');
  await page.keyboard.press('End');
  await expect(stepText(page)).toHaveText('step 40 of 40');
  await page.keyboard.press('Home');
  await expect(stepText(page)).toHaveText('step 1 of 40');
  await page.keyboard.press(']');
  await page.keyboard.press(']');
  await page.keyboard.press(']');
  await expect(page.getByLabel('Speed')).toHaveValue('8');
  await page.keyboard.press(' ');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.clock.runFor(1000);
  await expect(stepText(page)).not.toHaveText('step 1 of 40');
  await page.keyboard.press(' ');
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  const paused = await stepText(page).textContent();
  await page.clock.runFor(5000);
  await expect(stepText(page)).toHaveText(paused ?? '');
  await expect(page).toHaveURL(/step=\d+/);
  await expect(page).toHaveURL(/speed=8/);
  expect(problems).toEqual([]);
});

test('hovering an output cell writes out its computation; the sum equals the cell', async ({ page, problems }) => {
  await page.goto('/#/conv2d?step=90');
  await outputCell(page, 0, 1, 2).hover();
  const calc = page.locator('.calc');
  await expect(calc.locator('.calc-title')).toContainText('output[0, 1, 2] =');
  const value = await calc.locator('.calc-value').textContent();
  await expect(outputCell(page, 0, 1, 2)).toHaveText(value ?? 'missing');
  await expect(calc.locator('.term')).toHaveCount(9);
  // An input cell lists every multiply it takes part in: the centre of 5×5 with a 3×3 kernel, 9 of them.
  await inputCell(page, 0, 2, 2).hover();
  await expect(calc).toContainText('is used by 9 multiplies');
  expect(problems).toEqual([]);
});

test('clicking pins a cell, typing changes its value everywhere, Escape unpins', async ({ page, problems }) => {
  await page.goto('/#/conv2d?kernel=box&bias=0&step=90');
  await expect(outputCell(page, 0, 0, 0)).toHaveText(/^\d+$/);
  const before = await outputCell(page, 0, 0, 0).textContent();
  await inputCell(page, 0, 0, 0).click();
  const field = page.getByLabel('Value of input[0, 0, 0]');
  const old = Number(await field.inputValue());
  await field.fill(String(old + 10));
  await expect(inputCell(page, 0, 0, 0)).toHaveText(String(old + 10));
  // A box kernel sums its window, so the first output grows by exactly 10.
  await expect(outputCell(page, 0, 0, 0)).toHaveText(String(Number(before) + 10));
  await expect(page).toHaveURL(/edits=x0\.0\.0%3A\d+|edits=x0\.0\.0:\d+/);
  await field.fill('abc');
  await expect(page.getByRole('alert')).toContainText('input[0, 0, 0] must be a number between −999 and 999.');
  await page.keyboard.press('Escape');
  await expect(page.getByLabel('Value of input[0, 0, 0]')).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('switching to Chinese translates the scene', async ({ page, problems }) => {
  await page.goto('/#/conv2d');
  await page.getByLabel('Language').selectOption('zh');
  await expect(page.getByRole('heading', { name: '输出形状' })).toBeVisible();
  await expect(page.getByRole('button', { name: '播放' })).toBeVisible();
  await expect(page).toHaveURL(/lang=zh/);
  expect(problems).toEqual([]);
});

test('groups that do not divide the channels: an alert names both and what would work; fixing it clears it', async ({ page, problems }) => {
  await page.goto('/#/conv2d?in_channels=4&out_channels=4&groups=3');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('groups=3 does not divide in_channels=4');
  await expect(alert).toContainText('Groups that work here: 1, 2, 4.');
  await page.getByLabel('Groups · groups').fill('2');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByTestId('param-count')).toContainText('4 × 2 × 3 × 3');
  expect(problems).toEqual([]);
});

test('a dilated kernel larger than the padded input is explained, in Chinese too', async ({ page, problems }) => {
  await page.goto('/#/conv2d?size=4&dilation=2');
  await expect(page.getByRole('alert')).toContainText('spans 5 cells in height, but the padded input is only 4');
  await expect(page.getByRole('alert')).toContainText('padding of at least 1');
  await page.getByLabel('Language').selectOption('zh');
  await expect(page.getByRole('alert')).toContainText('在高度方向上跨越 5 个单元');
  expect(problems).toEqual([]);
});

test('garbage in the link opens the nearest valid setting and says what changed', async ({ page, problems }) => {
  await page.goto('/#/conv2d?size=99&stride=abc&kernel_size=0x4&bogus=1');
  const status = page.getByRole('status');
  await expect(status).toContainText('size=99 is out of range; using 32.');
  await expect(status).toContainText('stride=abc is not a valid value; using 1.');
  await expect(status).toContainText('kernel_size=0x4 is out of range; using 1x4.');
  await expect(status).toContainText('bogus=1 is ignored: this scene has no parameter called bogus.');
  await expect(page.getByTestId('output-shape')).toHaveText('[1, 32, 32] → [1, 32, 29]');
  expect(problems).toEqual([]);
});

test('a copied link restores step, speed, theme and language on reload', async ({ page, problems }) => {
  await page.goto('/#/conv2d?size=6&padding=1');
  await expect(stepText(page)).toHaveText('step 1 of 360');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('[');
  await page.getByLabel('Theme').selectOption('projector');
  await page.getByLabel('Language').selectOption('zh');
  const url = page.url();
  expect(url).toContain('step=21');
  await page.goto('about:blank');
  await page.goto(url);
  await expect(stepText(page)).toHaveText('第 21 步，共 360 步');
  await expect(page.getByLabel('速度')).toHaveValue('0.5');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
  expect(problems).toEqual([]);
});

test('the help overlay lists the shortcuts and closes with Escape', async ({ page, problems }) => {
  await page.goto('/#/conv2d');
  await expect(stepText(page)).toHaveText('step 1 of 90');
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Previous / next multiply');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  expect(problems).toEqual([]);
});

for (const hash of ['#/conv2d?theme=projector', '#/conv2d?size=7&in_channels=3&padding=1&theme=projector']) {
  test(`projector 1920×1080 ${hash}: fits without scrolling, numbers at least 18 px`, async ({ page, problems }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto(`/${hash}`);
    await expect(page.getByTestId('output-shape')).toBeVisible();
    const fit = await page.evaluate(() => {
      const main = document.querySelector('main') as HTMLElement;
      const stage = document.querySelector('.stage-box') as HTMLElement;
      const stageInner = document.querySelector('.stage') as HTMLElement;
      const fonts = [...document.querySelectorAll('.grid .cell text')].map((t) => Number(t.getAttribute('font-size')));
      return {
        page: document.scrollingElement!.scrollHeight <= window.innerHeight,
        main: main.scrollHeight <= main.clientHeight + 1,
        stage: stageInner.scrollHeight <= stage.clientHeight + 1 && stageInner.scrollWidth <= stage.clientWidth + 1,
        minFont: Math.min(...fonts),
      };
    });
    expect(fit).toMatchObject({ page: true, main: true, stage: true });
    expect(fit.minFont).toBeGreaterThanOrEqual(18);
    await expect(page.getByRole('button', { name: 'Play' })).toBeInViewport();
    expect(problems).toEqual([]);
  });
}

test('phone 390×844: the scene stacks, nothing overflows sideways, playback is reachable', async ({ page, problems }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/#/conv2d?size=7&in_channels=3&padding=1&theme=projector');
  await expect(page.getByTestId('output-shape')).toBeAttached();
  expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(390);
  await page.getByRole('button', { name: 'Next output cell' }).click();
  await expect(stepText(page)).toHaveText('step 29 of 1372');
  expect(problems).toEqual([]);
});

test('keyboard only: focus a grid, move its cursor with the arrows, pin with Enter, edit, Escape', async ({ page, problems }) => {
  await page.goto('/#/conv2d?step=90');
  const input = page.getByRole('img', { name: /^input, channel 0,/ });
  await input.focus();
  await page.keyboard.press('ArrowDown'); // the cursor appears on the first cell
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('.calc')).toContainText('input[0, 1, 1] =');
  await page.keyboard.press('Enter');
  const field = page.getByLabel('Value of input[0, 1, 1]');
  await expect(field).toBeVisible();
  await field.fill('9');
  await expect(inputCell(page, 0, 1, 1)).toHaveText('9');
  await page.keyboard.press('Escape');
  await expect(page.getByLabel('Value of input[0, 1, 1]')).toHaveCount(0);
  // The playback keys still work once the grid has no focus.
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Home');
  await expect(stepText(page)).toHaveText('step 1 of 90');
  expect(problems).toEqual([]);
});
