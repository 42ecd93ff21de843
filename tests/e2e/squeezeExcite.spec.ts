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
