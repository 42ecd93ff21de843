import { expect, test } from './fixtures.ts';

test('g=3, C=9: the shuffle animates to 0,3,6,1,4,7,2,5,8 and weights are (9/3)·9·3·3 = 243', async ({ page, problems }) => {
  await page.goto('/#/group-shuffle');
  await expect(page.getByTestId('gs-weights')).toContainText('(9/3)·9·3·3 = 243');
  await expect(page.getByTestId('gs-order')).toHaveText('New order: 0, 3, 6, 1, 4, 7, 2, 5, 8');
  await page.keyboard.press(' ');
  await expect(page.locator('.step-count')).toHaveText('step 4 of 4', { timeout: 5000 });
  // At the end the tiles stand in the shuffled order, left to right.
  const xs = await page.getByRole('img', { name: /^channel shuffle: new order/ }).locator('g[data-channel]').evaluateAll((gs) =>
    gs.map((g) => ({ c: Number(g.getAttribute('data-channel')), x: Number(/translate\(([-\d.]+)/.exec(g.getAttribute('transform') ?? '')?.[1]) })),
  );
  expect(xs.sort((a, b) => a.x - b.x).map((t) => t.c)).toEqual([0, 3, 6, 1, 4, 7, 2, 5, 8]);
  expect(problems).toEqual([]);
});

test('without the shuffle an output hears one group; with it, all three', async ({ page, problems }) => {
  await page.goto('/#/group-shuffle?shuffle=0');
  await expect(page.getByRole('heading', { name: /information never crosses groups/ })).toBeVisible();
  const out4 = page.getByRole('img', { name: 'input → conv 1 → shuffle → conv 2' }).locator('g').filter({ has: page.locator('text', { hasText: /^4$/ }) }).last();
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

test('64 → 64, groups=4, k=3: 9,216 weights per conv, 18,432 for the two (18,560 with biases), drawn by group with the note, a group traced, in English and Chinese', async ({ page, problems }) => {
  await page.goto('/#/group-shuffle?in_channels=64&out_channels=64&groups=4&kernel_size=3');
  await expect(page.getByTestId('gs-weights')).toContainText('(64/4)·64·3·3 = 9,216');
  await expect(page.getByTestId('gs-weights-2')).toContainText('(64/4)·64·3·3 = 9,216');
  await expect(page.getByTestId('gs-total')).toContainText('9,216 + 9,216 = 18,432');
  await expect(page.getByTestId('gs-bias')).toContainText('18,432 with bias=False, 18,432 + 2 × 64 = 18,560 with bias=True');
  await expect(page.getByTestId('gs-drawn')).toHaveText('Drawn by group: groups 0–3 of 4 (input channels 0–63 of 64, output channels 0–63 of 64); all channels counted.');
  await expect(page.getByRole('img', { name: /connection matrix by group/ }).locator('text', { hasText: '16×16' })).toHaveCount(4);
  const flow = page.getByRole('img', { name: 'input → conv 1 → shuffle → conv 2' });
  await flow.locator('g[data-group="1"]').last().hover();
  await expect(page.getByTestId('gs-reach')).toHaveText('Output channels 16–31 of conv 2 (group 1) hear input group(s) 0, 1, 2, 3: 4 of 4.');
  // Lit: the 4 input groups into conv 1, the 4 shuffle links into position group 1, and conv 2's group 1.
  await expect(flow.locator('.groupShuffle-lit')).toHaveCount(9);
  await page.getByLabel('Bias · bias').check();
  await expect(page.locator('pre')).toContainText('nn.Conv2d(64, 64, kernel_size=3, padding=1, groups=4),');
  await page.getByLabel('Language').selectOption('zh');
  await expect(page.getByTestId('gs-drawn')).toHaveText('按组绘出：第 0–3 组（共 4 组；输入通道 0–63，共 64 个；输出通道 0–63，共 64 个）；所有通道都计入。');
  await expect(page.getByTestId('gs-bias')).toContainText('bias=False 时 18,432 个，bias=True 时 18,432 + 2 × 64 = 18,560 个。');
  await expect(page.getByTestId('gs-total')).toContainText('两个卷积合计');
  expect(problems).toEqual([]);
});

test('2,048 channels in 16 groups opens on a phone, nothing overflows, and the shuffle of the table’s corner ends in the true order', async ({ page, problems }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/#/');
  await page.goto('/#/group-shuffle?in_channels=2048&out_channels=2048&groups=16&lang=zh');
  await expect(page.getByTestId('gs-weights')).toContainText('(2048/16)·2048·3·3 = 2,359,296');
  await expect(page.getByTestId('gs-drawn')).toContainText('其余 8 组合并为一行“…”');
  expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(390);
  await page.keyboard.press('End');
  await expect(page.locator('.step-count')).toContainText('4');
  const xs = await page.getByRole('img', { name: /^通道重排：新顺序/ }).locator('g[data-channel]').evaluateAll((gs) =>
    gs.map((g) => ({ c: Number(g.getAttribute('data-channel')), x: Number(/translate\(([-\d.]+)/.exec(g.getAttribute('transform') ?? '')?.[1]) })),
  );
  // Channel r·128 + j of the corner lands at position j·16 + r: sorted, the corner reads column by column.
  expect(xs.sort((a, b) => a.x - b.x).map((t) => t.c).slice(0, 8)).toEqual([0, 128, 256, 384, 1, 129, 257, 385]);
  await expect(page.getByTestId('gs-order')).toContainText('0, 128, 256, 384, 512, 640');
  expect(problems).toEqual([]);
});

test('the Parameters card counts both convolutions of the diagram, each as its own nn.Conv2d, and matches the code panel', async ({ page, problems }) => {
  // 12 → 6 channels: conv 1 reads 12/3 channels per filter, conv 2 only 6/3, so the two counts differ.
  await page.goto('/#/group-shuffle?in_channels=12&out_channels=6&groups=3&kernel_size=1x3');
  await expect(page.getByTestId('gs-weights')).toContainText('nn.Conv2d(12, 6): (12/3)·6·1·3 = 72');
  await expect(page.getByTestId('gs-weights-2')).toContainText('nn.Conv2d(6, 6): (6/3)·6·1·3 = 36');
  await expect(page.getByTestId('gs-total')).toContainText('72 + 36 = 108');
  await expect(page.getByTestId('gs-bias')).toContainText('108 with bias=False, 108 + 2 × 6 = 120 with bias=True');
  // The code panel draws exactly two nn.Conv2d, the two the card counts.
  await expect(page.locator('pre')).toContainText('nn.Conv2d(12, 6, kernel_size=(1, 3)');
  await expect(page.locator('pre')).toContainText('nn.Conv2d(6, 6, kernel_size=(1, 3)');
  expect(((await page.locator('pre').textContent()) ?? '').match(/nn\.Conv2d\(/g)).toHaveLength(2);
  expect(problems).toEqual([]);
});
