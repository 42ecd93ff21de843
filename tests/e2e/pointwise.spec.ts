import { expect, test } from './fixtures.ts';

test('pointing at a pixel writes out weights × channel vector = output vector, matching the output grids', async ({ page, problems }) => {
  await page.goto('/#/pointwise?size=3&in_channels=3&out_channels=2');
  await page.getByRole('img', { name: /^channel 1,/ }).locator('[data-r="2"][data-c="1"]').hover();
  await expect(page.getByTestId('pw-formula')).toHaveText(/^y\[0\] = /);
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

test('hovering output channel 1 writes out y[1] (was y[0]), each sign folded into its operator with a real minus', async ({ page, problems }) => {
  await page.goto('/#/pointwise?size=3&in_channels=3&out_channels=2');
  const cell = page.getByRole('img', { name: /^output, channel 1,/ }).locator('[data-r="2"][data-c="1"]');
  await cell.hover();
  const formula = page.getByTestId('pw-formula');
  await expect(formula).toHaveText(/^y\[1\] = /);
  const text = (await formula.textContent()) ?? '';
  const value = (await cell.locator('text').textContent()) ?? 'missing';
  expect(text.endsWith(` = ${value}`)).toBe(true);
  expect(text).not.toMatch(/-|\+ −/);
  const body = text.slice('y[1] = '.length, text.lastIndexOf(' = ')).replace(/−/g, '-').replace(/×/g, '*');
  expect(String(Function(`return ${body}`)())).toBe(value.replace('−', '-'));
  // The output vector's entry for channel 1 is the same number, and pointing at it keeps channel 1.
  await expect(page.getByTestId('pw-y-1')).toHaveText(value);
  expect(problems).toEqual([]);
});

test('in_channels=2048, out_channels=256: 8 of each drawn and said so, every output sums all 2,048 inputs, the layer counted whole', async ({ page, problems }) => {
  await page.goto('/#/pointwise?in_channels=2048&out_channels=256');
  await expect(page.getByTestId('pw-drawn-in')).toHaveText('Input channels 0–7 of 2,048 drawn (+ 2,040 more, counted but not drawn).');
  await expect(page.getByTestId('pw-drawn-out')).toBeInViewport();
  await expect(page.getByTestId('pw-count')).toContainText('256 × 2,048 = 524,288 weights');
  await expect(page.getByTestId('pw-count')).toContainText('= 8,388,608 multiply-accumulates');
  await expect(page.locator('pre')).toContainText('nn.Conv2d(2048, 256, kernel_size=1, bias=False)');
  const cell = page.getByRole('img', { name: /^output, channel 2,/ }).locator('[data-r="1"][data-c="3"]');
  await cell.hover();
  const text = (await page.getByTestId('pw-formula').textContent()) ?? '';
  expect(text).toMatch(/^y\[2\] = (\S+ [+−] ){7}\S+ \+ \(the other 2,040 products: −?\d+\) = /);
  expect(text.endsWith(` = ${await cell.locator('text').textContent()}`)).toBe(true);
  expect(problems).toEqual([]);
});

test('on a phone the sum of a tapped output cell is written right under it', async ({ page, problems }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/#/pointwise?size=3&in_channels=3&out_channels=2');
  const cell = page.getByRole('img', { name: /^output, channel 1,/ }).locator('[data-r="2"][data-c="1"]');
  await cell.click();
  const near = page.getByTestId('pw-formula-near');
  await expect(near).toHaveText(/^y\[1\] = /);
  await expect(near).toBeInViewport();
  const gap = await near.evaluate((p, box) => p.getBoundingClientRect().top - box, (await cell.boundingBox())?.y ?? 0);
  expect(gap).toBeLessThan(200);
  expect(problems).toEqual([]);
});

test('in Chinese the bottleneck fields are named in Chinese (were "in" / "out")', async ({ page, problems }) => {
  await page.goto('/#/pointwise?lang=zh');
  await expect(page.getByRole('spinbutton', { name: '输入 · bn_in' })).toHaveValue('256');
  await expect(page.getByRole('spinbutton', { name: '降到 · bn_mid' })).toHaveValue('64');
  await expect(page.getByRole('spinbutton', { name: '输出 · bn_out' })).toHaveValue('256');
  await expect(page.getByRole('spinbutton', { name: '卷积核 k · bn_kernel' })).toHaveValue('3');
  expect(problems).toEqual([]);
});
