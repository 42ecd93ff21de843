import { expect, test } from './fixtures.ts';

test('pointing at a pixel writes out weights × channel vector = output vector, matching the output grids', async ({ page, problems }) => {
  await page.goto('/#/pointwise?size=3&in_channels=3&out_channels=2');
  await page.getByRole('img', { name: /^channel 1,/ }).locator('[data-r="2"][data-c="1"]').hover();
  await expect(page.getByRole('heading', { name: 'At pixel [2, 1]: weights × channel vector = output vector' })).toBeVisible();
  const y1 = await page.getByTestId('pw-y-1').textContent();
  await expect(page.getByRole('img', { name: /^output, channel 1,/ }).locator('[data-r="2"][data-c="1"] text')).toHaveText(y1 ?? 'missing');
  expect(problems).toEqual([]);
});

test('the bottleneck presets reproduce 589,824 vs 69,632 and 10,416 vs 5,532', async ({ page, problems }) => {
  await page.goto('/#/pointwise');
  const costs = page.getByTestId('pw-costs');
  await expect(costs.getByRole('row').nth(1)).toContainText('589,824');
  await expect(costs.getByRole('row').nth(5)).toContainText('69,632');
  await page.getByRole('button', { name: '24 → 12 → 48' }).click();
  await expect(costs.getByRole('row').nth(1)).toContainText('10,416');
  await expect(costs.getByRole('row').nth(4)).toContainText('5,532');
  await expect(page).toHaveURL(/bn_in=24&bn_mid=12&bn_out=48&mode=reduce&bias=1/);
  expect(problems).toEqual([]);
});

test('playing scans the pixels one by one', async ({ page, problems }) => {
  await page.goto('/#/pointwise?size=2&speed=8');
  await expect(page.locator('.step-count')).toHaveText('step 1 of 4');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('heading', { name: /^At pixel \[0, 1\]/ })).toBeVisible();
  await page.keyboard.press(' ');
  await expect(page.locator('.step-count')).toHaveText('step 4 of 4');
  await expect(page.getByRole('heading', { name: /^At pixel \[1, 1\]/ })).toBeVisible();
  expect(problems).toEqual([]);
});
