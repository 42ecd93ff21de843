import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';

test('presets show 6,912 vs 795 and 4,608 vs 656; the subset note sits at the top of the outputs, in view', async ({ page, problems }) => {
  await page.goto('/#/depthwise-separable');
  await page.getByRole('button', { name: '3 → 256' }).click();
  const costs = page.getByTestId('dw-costs');
  await expect(costs.getByRole('row').nth(1)).toContainText('6,912');
  await expect(costs.getByRole('row').nth(4)).toContainText('795');
  await expect(page.getByTestId('dw-drawn-out')).toHaveText('Output channels 0–7 of 256 drawn (+ 248 more, counted but not drawn). Point at a cell for its sum.');
  await expect(page.getByTestId('dw-drawn-out')).toBeInViewport();
  await page.getByRole('button', { name: '16 → 32' }).click();
  await expect(costs.getByRole('row').nth(1)).toContainText('4,608');
  await expect(costs.getByRole('row').nth(4)).toContainText('656');
  await expect(page.getByTestId('dw-drawn-in')).toHaveText('Input channels 0–7 of 16 drawn (+ 8 more, counted but not drawn).');
  await expect(page).toHaveURL(/in_channels=16&out_channels=32/);
  expect(problems).toEqual([]);
});

test('out_channels=256: drawn outputs keep readable numbers; hovering one writes out Σ w·dw + b with its numbers', async ({ page, problems }) => {
  await page.goto('/#/depthwise-separable?out_channels=256&in_channels=12&bias=1');
  const out1 = page.getByRole('img', { name: /^output, channel 1,/ });
  const texts = out1.locator('text');
  await expect(texts).toHaveCount(25);
  const sizes = await texts.evaluateAll((els) => els.map((e) => Number(e.getAttribute('font-size'))));
  expect(Math.min(...sizes)).toBeGreaterThanOrEqual(11);
  const cell = out1.locator('[data-r="2"][data-c="3"]');
  await cell.hover();
  await expect(page.getByRole('heading', { name: 'Pointwise: output channel 1 at [2, 3]' })).toBeVisible();
  const mix = (await page.getByTestId('dw-mix').textContent()) ?? '';
  const value = (await cell.locator('text').textContent()) ?? 'missing';
  expect(mix.startsWith('out[1, 2, 3] = ')).toBe(true);
  expect(mix.endsWith(` = ${value}`)).toBe(true);
  // Twelve products (twelve depthwise maps, all written out), then the bias; no "+ -" and no hyphen-minus anywhere.
  expect(mix.match(/×/g)).toHaveLength(12);
  expect(mix).toMatch(/ [+−] \d+ \(bias\) = /);
  expect(mix).not.toMatch(/-/);
  // The sum as printed adds up to the value in the grid.
  const body = mix.slice('out[1, 2, 3] = '.length, mix.lastIndexOf(' = ')).replace(' (bias)', '').replace(/−/g, '-').replace(/×/g, '*');
  expect(String(Function(`return ${body}`)())).toBe(value.replace('−', '-'));
  expect(problems).toEqual([]);
});

test("an even kernel (k=2 on 4×4) keeps 4×4 outputs with padding='same'", async ({ page, problems }) => {
  await page.goto('/#/depthwise-separable?kernel_size=2&size=4');
  await expect(page.getByRole('img', { name: /^output, channel 0, 4×4$/ })).toBeVisible();
  await expect(page.getByRole('img', { name: /^depthwise 0 \(from channel 0\), 4×4$/ })).toBeVisible();
  await expect(page.getByRole('img', { name: /^output, channel 0,/ }).locator('text')).toHaveCount(16);
  await expect(page.locator('pre')).toContainText("kernel_size=2, padding='same', groups=3");
  expect(problems).toEqual([]);
});

test('the keys walk the timeline one step at a time: input, each depthwise map, each output', async ({ page, problems }) => {
  await page.goto('/#/depthwise-separable');
  await expect(page.locator('.step-count')).toHaveText('step 1 of 8');
  await page.locator('body').click();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.step-count')).toHaveText('step 2 of 8');
  await expect(page.getByRole('listitem').filter({ hasText: '1 · depthwise' })).toHaveAttribute('aria-current', 'step');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.step-count')).toHaveText('step 5 of 8');
  await expect(page.getByRole('listitem').filter({ hasText: '2 · pointwise' })).toHaveAttribute('aria-current', 'step');
  await expect(page.getByTestId('dw-mix')).toContainText('out[0, 0, 0] =');
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator('.step-count')).toHaveText('step 4 of 8');
  await page.keyboard.press('End');
  await expect(page.getByTestId('dw-mix')).toContainText('out[3, 0, 0] =');
  expect(problems).toEqual([]);
});

test('2,048 → 2,048 with depth multiplier 4 and 7×7 on 12×12: computed in slices (the page says so), then drawn and explained', async ({ page, problems }) => {
  // The slices wait for timers: with the clock paused the first frame must already be painted, saying what is coming.
  await page.clock.install();
  await page.goto('/#/depthwise-separable');
  await expect(page.locator('.step-count')).toHaveText('step 1 of 8');
  await page.clock.pauseAt(Date.now() + 60_000);
  await page.evaluate(() => { location.hash = '#/depthwise-separable?in_channels=2048&out_channels=2048&depth_multiplier=4&kernel_size=7&size=12'; });
  await expect(page.getByTestId('dw-computing')).toHaveText('Computing all 8,192 depthwise maps… 0 %');
  await expect(page.getByTestId('dw-costs').getByRole('row').nth(1)).toContainText('205,520,896');
  await page.clock.resume();
  await expect(page.getByTestId('dw-computing')).toHaveCount(0, { timeout: 20_000 });
  await expect(page.getByTestId('dw-drawn-maps')).toHaveText('Depthwise maps 0–3 of 8,192 drawn (+ 8,188 more, computed but not drawn).');
  await page.getByRole('img', { name: /^output, channel 2,/ }).locator('[data-r="5"][data-c="6"]').hover();
  await expect(page.getByTestId('dw-mix')).toContainText('(the other 8,184 products:');
  expect(problems).toEqual([]);
});

test('axe: the subset notes, the written-out sums and the "more" marks pass in every theme (256 channels, a cell hovered)', async ({ page, problems }) => {
  test.setTimeout(150_000);
  const found: string[] = [];
  for (const theme of ['light', 'dark', 'projector']) {
    for (const hash of ['depthwise-separable?in_channels=256&out_channels=256&bias=1', 'pointwise?in_channels=256&out_channels=256']) {
      await page.goto('about:blank');
      await page.goto(`/#/${hash}&theme=${theme}&lang=zh`);
      await page.getByRole('img', { name: /^输出，通道 1,/ }).locator('[data-r="1"][data-c="1"]').hover();
      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
      found.push(...result.violations.map((v) => `${theme} ${hash}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`));
    }
  }
  expect(found).toEqual([]);
  expect(problems).toEqual([]);
});

test('on a phone the sum of a tapped output cell is written right under its channel', async ({ page, problems }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/#/depthwise-separable?out_channels=256');
  const cell = page.getByRole('img', { name: /^output, channel 3,/ }).locator('[data-r="4"][data-c="4"]');
  await cell.click();
  const mix = page.getByTestId('dw-mix');
  await expect(mix).toHaveText(/^out\[3, 4, 4\] = /);
  await expect(mix).toBeInViewport();
  const gap = await mix.evaluate((p, box) => p.getBoundingClientRect().top - box, (await cell.boundingBox())?.y ?? 0);
  expect(gap).toBeLessThan(250);
  expect(problems).toEqual([]);
});

test('in Chinese the code comments of both scenes are Chinese too', async ({ page, problems }) => {
  await page.goto('/#/depthwise-separable?lang=zh');
  await expect(page.locator('pre')).toContainText('groups=3, bias=False),  # 逐通道卷积');
  await expect(page.locator('pre')).toContainText('kernel_size=1, bias=False),  # 逐点卷积');
  await page.goto('about:blank');
  await page.goto('/#/pointwise?lang=zh');
  await expect(page.locator('pre')).toContainText('kernel_size=1, bias=False)  # 高和宽不变');
  expect(problems).toEqual([]);
});

test('playing to the last output keeps the current output channel in view inside the stage', async ({ page, problems }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto('/#/depthwise-separable?out_channels=256');
  // Keys go to the scene once it is drawn (index.html's static first row is painted before the app).
  await expect(page.locator('.step-count')).toHaveText('step 1 of 12');
  await page.locator('body').click();
  await page.keyboard.press('End');
  await expect(page.locator('.step-count')).toHaveText('step 12 of 12');
  await expect(page.getByRole('img', { name: /^output, channel 7,/ })).toBeInViewport();
  expect(problems).toEqual([]);
});
