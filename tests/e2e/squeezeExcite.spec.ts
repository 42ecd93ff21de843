import { expect, test } from './fixtures.ts';

test('the three steps: squeeze shows each channel’s mean, excite its weight, scale multiplies the channel', async ({ page, problems }) => {
  await page.goto('/#/squeeze-excite?channels=4&reduction=2&size=2');
  await expect(page.locator('.step-count')).toHaveText('step 1 of 4');
  const cells = await page.getByRole('img', { name: /^channel 0,/ }).locator('text').allTextContents();
  const mean = cells.map(Number).reduce((a, b) => a + b, 0) / cells.length;
  await page.keyboard.press('Shift+ArrowRight');
  await expect(page.getByRole('listitem').filter({ hasText: '1 · squeeze' })).toHaveAttribute('aria-current', 'step');
  await expect(page.getByTestId('se-mean-0')).toContainText(String(Math.round(mean * 100) / 100));
  await page.keyboard.press('End');
  const weight = Number((await page.getByTestId('se-weight-0').locator('strong').textContent()) ?? 'NaN');
  expect(weight).toBeGreaterThan(0);
  expect(weight).toBeLessThan(1);
  const scaled = await page.getByRole('img', { name: new RegExp(`^channel 0 × ${weight},`) }).locator('text').allTextContents();
  expect(Number(scaled[0])).toBeCloseTo(Number(cells[0]) * weight, 0);
  await expect(page.getByTestId('se-param-count')).toContainText('2 × 4 × 2 + 2 + 4 = 22');
  expect(problems).toEqual([]);
});

test('hovering a channel explains what multiplies it; an impossible reduction is explained', async ({ page, problems }) => {
  await page.goto('/#/squeeze-excite');
  await page.locator('.se-channel').nth(3).hover();
  await expect(page.getByTestId('se-explain')).toContainText('Channel 3: its mean');
  await page.getByLabel('Reduction r · reduction').fill('9');
  await expect(page.getByRole('alert')).toContainText('reduction=9 is larger than channels=8');
  await page.getByLabel('Language').selectOption('zh');
  await expect(page.getByRole('alert')).toContainText('reduction=9 大于 channels=8');
  expect(problems).toEqual([]);
});

test('SENet’s C=256, r=16: 8,464 parameters with biases, 8,192 without; channels 0–7 drawn and said so, in English and Chinese', async ({ page, problems }) => {
  await page.goto('/#/squeeze-excite?channels=256&reduction=16');
  await expect(page.getByTestId('se-param-count')).toContainText('2 × 256 × 16 + 16 + 256 = 8,464');
  await expect(page.getByTestId('se-param-both')).toContainText('8,192 weights with bias=False, 8,464 with bias=True');
  await expect(page.getByTestId('se-drawn')).toHaveText('Channels 0–7 of 256 drawn; all 256 counted.');
  await expect(page.locator('.se-channel')).toHaveCount(8);
  await expect(page.getByLabel('Channels · channels')).toHaveValue('256');
  // Step 0: no bars yet, but the chart's frame is there: heads, axes, channel labels, what is not drawn.
  const chart = page.getByRole('img', { name: 'squeeze → FC → ReLU → FC → sigmoid' });
  await expect(chart.locator('.chart-axis line')).toHaveCount(6);
  await expect(chart.locator('text', { hasText: '+ 248 more' })).toHaveCount(2);
  const box = await chart.boundingBox();
  expect(box?.height ?? 0).toBeGreaterThan(100);
  await page.keyboard.press('End');
  await expect(page.getByTestId('se-spread')).toContainText('All 256 weights: min 0.');
  await page.getByLabel('Language').selectOption('zh');
  await expect(page.getByTestId('se-drawn')).toHaveText('绘出第 0–7 个通道（共 256 个）；全部 256 个都计入。');
  await expect(page.getByTestId('se-param-both')).toContainText('bias=False 时 8,192 个权重，bias=True 时共 8,464 个。');
  expect(problems).toEqual([]);
});

test('2,048 channels, r=1 (8,392,704 parameters) opens fast on a phone, nothing overflows, playback reaches the end', async ({ page, problems }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/#/');
  const t0 = Date.now();
  await page.goto('/#/squeeze-excite?channels=2048&reduction=1&size=8&lang=zh');
  await expect(page.getByTestId('se-param-count')).toContainText('= 8,392,704');
  expect(Date.now() - t0).toBeLessThan(3000);
  await expect(page.getByTestId('se-drawn')).toContainText('共 2,048 个');
  expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(390);
  await page.keyboard.press('End');
  await expect(page.locator('.step-count')).toContainText('4');
  await expect(page.getByTestId('se-spread')).toContainText('全部 2,048 个权重');
  expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(390);
  expect(problems).toEqual([]);
});
