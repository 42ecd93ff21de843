import { expect, test } from './fixtures.ts';

test('g=3, C=9: the shuffle animates to 0,3,6,1,4,7,2,5,8 and weights are (9/3)·9·3·3 = 243', async ({ page, problems }) => {
  await page.goto('/#/group-shuffle');
  await expect(page.getByTestId('gs-weights')).toContainText('(9/3)·9·3·3 = 243');
  await expect(page.getByTestId('gs-order')).toHaveText('New order: 0, 3, 6, 1, 4, 7, 2, 5, 8');
  await page.keyboard.press(' ');
  await expect(page.locator('.step-count')).toHaveText('step 4 of 4', { timeout: 5000 });
  // At the end the tiles stand in the shuffled order, left to right.
  const xs = await page.locator('.tiles g[data-channel]').evaluateAll((gs) =>
    gs.map((g) => ({ c: Number(g.getAttribute('data-channel')), x: Number(/translate\(([-\d.]+)/.exec(g.getAttribute('transform') ?? '')?.[1]) })),
  );
  expect(xs.sort((a, b) => a.x - b.x).map((t) => t.c)).toEqual([0, 3, 6, 1, 4, 7, 2, 5, 8]);
  expect(problems).toEqual([]);
});

test('without the shuffle an output hears one group; with it, all three', async ({ page, problems }) => {
  await page.goto('/#/group-shuffle?shuffle=0');
  await expect(page.getByRole('heading', { name: /information never crosses groups/ })).toBeVisible();
  const out4 = page.locator('svg.flow g').filter({ has: page.locator('text', { hasText: /^4$/ }) }).last();
  await out4.hover();
  await expect(page.getByTestId('gs-reach')).toHaveText('Output channel 4 of conv 2 hears input group(s) 1: 1 of 3.');
  await page.getByLabel('Channel shuffle between the two convolutions').check();
  await out4.hover();
  await expect(page.getByTestId('gs-reach')).toHaveText('Output channel 4 of conv 2 hears input group(s) 0, 1, 2: 3 of 3.');
  expect(problems).toEqual([]);
});

test('the groups slider runs from standard to depthwise; a groups value that does not divide shows an alert', async ({ page, problems }) => {
  await page.goto('/#/group-shuffle');
  const slider = page.getByLabel('Groups: standard … depthwise');
  await slider.fill('0');
  await expect(page.getByTestId('gs-weights')).toContainText('(9/1)·9·3·3 = 729');
  await slider.fill('2');
  await expect(page.getByTestId('gs-weights')).toContainText('(9/9)·9·3·3 = 81');
  await page.goto('/#/group-shuffle?in_channels=8&out_channels=8&groups=3');
  await expect(page.getByRole('alert')).toContainText('groups=3 does not divide in_channels=8');
  await expect(page.getByRole('alert')).toContainText('Groups that work here: 1, 2, 4, 8.');
  expect(problems).toEqual([]);
});
