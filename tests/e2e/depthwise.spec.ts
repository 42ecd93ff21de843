import { expect, test } from './fixtures.ts';

test('presets show 6,912 vs 795 and 4,608 vs 656; playing reveals depthwise maps then outputs', async ({ page, problems }) => {
  await page.goto('/#/depthwise-separable');
  await page.getByRole('button', { name: '3 → 256' }).click();
  const costs = page.getByTestId('dw-costs');
  await expect(costs.getByRole('row').nth(1)).toContainText('6,912');
  await expect(costs.getByRole('row').nth(4)).toContainText('795');
  await expect(page.getByText('+ 248 more channels, counted but not drawn')).toBeVisible();
  await page.getByRole('button', { name: '16 → 32' }).click();
  await expect(costs.getByRole('row').nth(1)).toContainText('4,608');
  await expect(costs.getByRole('row').nth(4)).toContainText('656');
  await expect(page).toHaveURL(/in_channels=16&out_channels=32/);
  await page.goto('/#/depthwise-separable');
  await expect(page.locator('.step-count')).toHaveText('step 1 of 8');
  await page.keyboard.press('End');
  await expect(page.getByRole('listitem').filter({ hasText: '2 · pointwise' })).toHaveAttribute('aria-current', 'step');
  await expect(page.getByTestId('dw-mix')).toContainText('out[3] =');
  expect(problems).toEqual([]);
});
