import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/** The cells of row `i` of a table (header row 0), as text. */
const rowText = (page: Page, testId: string, i: number) => page.getByTestId(testId).getByRole('row').nth(i);

test('inception (3a) without biases: 163,328 weights and 128,049,152 MACs; naive 416 channels, 387,072 weights, 303,464,448 MACs', async ({ page, problems }) => {
  await page.goto('/#/inception');
  await expect(rowText(page, 'inc-costs', 5)).toHaveText(/naive total → 416 channels\s*387,072\s*303,464,448/);
  await expect(rowText(page, 'inc-costs', 10)).toHaveText(/with reductions → 256 channels\s*163,328\s*128,049,152/);
  // Per branch, both modules.
  await expect(rowText(page, 'inc-costs', 2)).toContainText('221,184');
  await expect(rowText(page, 'inc-costs', 7)).toContainText('129,024');
  await expect(rowText(page, 'inc-costs', 7)).toContainText('101,154,816');
  await expect(page.getByTestId('inc-paper')).toContainText('163,328 weights = 159.5 K and 128,049,152 MACs ≈ 128 M');
  await expect(page.getByTestId('inc-paper')).toContainText('PyTorch counts 163,696 with bias=True');
  expect(problems).toEqual([]);
});

test('with biases the table counts as PyTorch does: 163,696 with reductions, 387,296 naive; the code says bias=True', async ({ page, problems }) => {
  await page.goto('/#/inception');
  await page.getByRole('checkbox', { name: 'Bias · bias' }).check();
  await expect(page).toHaveURL(/bias=1/);
  await expect(rowText(page, 'inc-costs', 10)).toHaveText(/163,696\s*128,049,152/);
  await expect(rowText(page, 'inc-costs', 5)).toHaveText(/387,296\s*303,464,448/);
  await expect(page.locator('pre')).toContainText('nn.Conv2d(in_channels, out_channels, bias=True, **kwargs)');
  expect(problems).toEqual([]);
});

test('every branch size is editable: ch5x5=48 changes branch 3, the total, the concat bands and the code', async ({ page, problems }) => {
  await page.goto('/#/inception');
  await page.getByRole('spinbutton', { name: '5×5 conv · ch5x5' }).fill('48');
  await expect(page).toHaveURL(/ch5x5=48/);
  // 16·48·25 = 19,200 replaces 12,800.
  await expect(rowText(page, 'inc-costs', 8)).toContainText('22,272');
  await expect(rowText(page, 'inc-costs', 10)).toContainText('with reductions → 272 channels');
  await expect(page.getByTestId('inc-band-4')).toHaveText('branch 4 → channels 240–271');
  await expect(page.locator('pre')).toContainText('block = Inception(192, 64, 96, 128, 16, 48, 32)');
  expect(problems).toEqual([]);
});

test('the GoogLeNet presets: 4a reads 14×14×480 and ends at 512 channels; 3a comes back', async ({ page, problems }) => {
  await page.goto('/#/inception');
  await page.getByRole('button', { name: 'inception (4a)' }).click();
  await expect(page.getByRole('heading', { name: 'Parameters and MACs on 14×14×480' })).toBeVisible();
  await expect(rowText(page, 'inc-costs', 10)).toContainText('with reductions → 512 channels');
  await page.getByRole('button', { name: 'inception (3a)' }).click();
  await expect(rowText(page, 'inc-costs', 10)).toHaveText(/163,328\s*128,049,152/);
  await expect(page.getByRole('button', { name: 'inception (3a)' })).toHaveAttribute('aria-pressed', 'true');
  expect(problems).toEqual([]);
});

test('playback goes branch by branch, then joins the branches along channels one at a time', async ({ page, problems }) => {
  await page.goto('/#/inception');
  await expect(page.getByTestId('inc-step')).toContainText('Step 1 of 12 The input: 192 channels of 5×5');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('inc-step')).toContainText('Step 2 of 12 Branch 1: 1×1 convolution 192 → 64');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('inc-step')).toContainText('Branch 2: 3×3 convolution 96 → 128, then ReLU, padding 1: (5 + 2·1 − 3) / 1 + 1 = 5');
  // The corner cell of the layer is written out: its 3×3 window reaches into the padding.
  await expect(page.getByTestId('inc-explain')).toContainText('5 of the 9 taps of each channel’s window lie on the padding');
  await page.keyboard.press('End');
  await expect(page.getByTestId('inc-step')).toContainText('Step 12 of 12 Concatenate along channels: branch 4’s 32 channels become output channels 224–255 of 256.');
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('inc-step')).toContainText('branch 3’s 32 channels become output channels 192–223 of 256');
  // Playing from the start reaches the end and stops there.
  await page.goto('/#/inception?speed=8');
  await page.keyboard.press(' ');
  await expect(page.locator('.step-count')).toHaveText('step 12 of 12', { timeout: 10_000 });
  expect(problems).toEqual([]);
});

test('hovering a 5×5 output cell writes out its window over 16 channels with ReLU; the pool’s max reads −∞ padding', async ({ page, problems }) => {
  await page.goto('/#/inception?step=12');
  const cell = page.getByTestId('inc-deck-b3').locator('[data-r="0"][data-c="0"]');
  await cell.hover();
  const explain = page.getByTestId('inc-explain');
  await expect(explain).toContainText('y[0, 0, 0] = ReLU(Σ over 16 channels of the 5×5 window × kernel)');
  await expect(explain).toContainText('16 of the 25 taps of each channel’s window lie on the padding');
  const formula = (await explain.getByTestId('inc-formula').nth(1).textContent()) ?? '';
  expect(formula.endsWith(` = ${await cell.locator('text').textContent()}`)).toBe(true);
  // The window is outlined on the 16 reduced maps, padding ring included (rows −2…2).
  await expect(page.getByTestId('inc-deck-b3r').locator('.cell-window')).toHaveCount(25);
  const pooled = page.getByTestId('inc-deck-b4p').locator('[data-r="0"][data-c="0"]');
  await pooled.click();
  await expect(explain).toContainText(/= max\(−∞, −∞, −∞, −∞, \d, \d, −∞, \d, \d\) = \d/);
  await expect(explain).toContainText(`= ${await pooled.locator('text').textContent()}`);
  // Pinned wins over hover; unpinned, a padding cell explains itself (the pool's ring is drawn in the plane: row 0 of 7).
  await page.getByTestId('inc-deck-b4in').locator('[data-r="0"][data-c="2"]').hover();
  await expect(explain).toContainText('= max(');
  await page.keyboard.press('Escape');
  await page.getByTestId('inc-deck-b4in').locator('[data-r="0"][data-c="3"]').hover();
  await expect(explain).toContainText('Padding: −∞ (so it never wins the max) added around the map');
  await page.getByTestId('inc-deck-b2r').locator('[data-r="-1"][data-c="2"]').hover();
  await expect(explain).toContainText('Padding: a zero added around the map so that a 3×3 window');
  expect(problems).toEqual([]);
});

test('a joined cell is its branch’s channel 0, copied: output channel 64 is branch 2’s', async ({ page, problems }) => {
  await page.goto('/#/inception?step=12');
  const joined = page.getByRole('img', { name: /^output channel 64,/ }).locator('[data-r="1"][data-c="2"]');
  await joined.hover();
  await expect(page.getByTestId('inc-explain')).toContainText('output[64, 1, 2] is branch 2’s channel 0 at [1, 2], copied unchanged');
  await expect(page.getByTestId('inc-deck-b2').locator('.cell-current')).toHaveCount(1);
  expect(problems).toEqual([]);
});

test('without padding the branches shrink to 5×5, 3×3, 1×1, 3×3 and the alert says torch.cat refuses them', async ({ page, problems }) => {
  await page.goto('/#/inception');
  await page.getByRole('checkbox', { name: 'Pad by k // 2 · padding' }).uncheck();
  await expect(page.getByRole('alert')).toContainText('padding is off: from a 5×5 input the branches come out 5×5, 3×3, 1×1 and 3×3');
  await expect(page.getByTestId('inc-same')).toContainText('① 1×1: (5 + 2·0 − 1) / 1 + 1 = 5');
  await expect(page.getByTestId('inc-same')).toContainText('③ 1×1 → 5×5: (5 + 2·0 − 5) / 1 + 1 = 1');
  await expect(page.getByTestId('inc-concat')).toContainText('Not joined: the branches’ H×W differ.');
  await expect(page.getByRole('img', { name: /^channel 0 of 32, 1×1$/ })).toBeVisible();
  await expect(page.locator('pre')).toContainText('BasicConv2d(ch5x5red, ch5x5, kernel_size=5),');
  await page.getByRole('checkbox', { name: 'Pad by k // 2 · padding' }).check();
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('the naive module: 3×3 and 5×5 on all 192 input channels, the 192 pooled channels joined: 416', async ({ page, problems }) => {
  await page.goto('/#/inception?module=naive&step=9');
  await expect(page.getByTestId('inc-step')).toContainText('Step 9 of 9');
  await expect(page.getByTestId('inc-band-4')).toHaveText('branch 4 → channels 224–415');
  await expect(page.getByTestId('inc-deck-b2in')).toBeVisible();
  await expect(page.locator('pre')).toContainText('block = NaiveInception(192, 64, 128, 32)');
  expect(problems).toEqual([]);
});

test('deep supervision: 4a’s 14×14×512 → 4×4×512 → 4×4×128 → 2048 → 1024 → 1000, its parameters, and the loss with 0.3', async ({ page, problems }) => {
  await page.goto('/#/inception');
  const aux = page.getByTestId('inc-aux');
  for (const [i, text] of [
    [1, /input\s*14×14×512\s*0\s*0/],
    [2, /avg pool 5×5, stride 3\s*4×4×512\s*0/],
    [3, /1×1 conv → 128, ReLU\s*4×4×128\s*65,536\s*1,048,576/],
    [4, /flatten\s*2048/],
    [5, /FC → 1,024, ReLU\s*1024\s*2,097,152/],
    [7, /FC → 1,000 classes\s*1000\s*1,024,000/],
  ] as const) {
    await expect(aux.getByRole('row').nth(i)).toHaveText(text);
  }
  await expect(page.getByTestId('inc-aux-both')).toHaveText('As PyTorch counts them: 3,186,688 with bias=False, 3,188,840 with bias=True.');
  await expect(page.getByTestId('inc-loss')).toContainText('loss = main + 0.3 × (aux1 + aux2)');
  await expect(page.getByTestId('inc-loss')).toContainText('2.3 + 0.3 × (2.6 + 2.45) = 3.815');
  await page.getByRole('checkbox', { name: 'Training (model.train()) · training' }).uncheck();
  await expect(page.getByTestId('inc-loss')).toContainText('Inference (model.eval()): the auxiliary classifiers are not run');
  await expect(page.locator('pre')).toContainText('googlenet.eval()');
  await page.getByRole('button', { name: 'after 4d' }).click();
  await expect(aux.getByRole('row').nth(1)).toHaveText(/14×14×528/);
  expect(problems).toEqual([]);
});

test('an auxiliary input smaller than the 5×5 window: the alert names aux_size, the panel keeps the nearest that works', async ({ page, problems }) => {
  await page.goto('/#/inception?aux_size=4');
  await expect(page.getByRole('alert')).toContainText('aux_size=4×4: the auxiliary classifier opens with a 5×5 average pool');
  await expect(page.getByTestId('inc-aux').getByRole('row').nth(1)).toHaveText(/5×5×512/);
  await expect(page.locator('body')).not.toContainText('NaN');
  expect(problems).toEqual([]);
});

test('a wide module (1,024 inputs, 512-wide reductions, 8×8) is computed in slices, then drawn and counted', async ({ page, problems }) => {
  await page.goto('/#/inception?in_channels=1024&ch3x3red=512&ch5x5red=512&size=8&step=12');
  await expect(page.getByTestId('inc-step')).toContainText('Step 12 of 12', { timeout: 15_000 });
  await expect(page.getByTestId('inc-step')).not.toContainText('Computing');
  await expect(page.getByRole('img', { name: /^input: channel 0 of 1,024, 8×8$/ })).toBeVisible();
  await expect(page.getByTestId('inc-band-4')).toHaveText('branch 4 → channels 224–255');
  // Changing a width keeps the last picture (grey) until the new one is ready.
  await page.getByRole('spinbutton', { name: '3×3 reduce · ch3x3red' }).fill('500');
  await expect(page.getByTestId('inc-step')).not.toContainText('Computing', { timeout: 15_000 });
  await expect(rowText(page, 'inc-costs', 7)).toContainText(String((1024 * 500 + 500 * 128 * 9).toLocaleString('en')));
  expect(problems).toEqual([]);
});

test('phone: tapping an output cell writes its sum right under its branch; no sideways overflow', async ({ page, problems }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/#/inception?step=12');
  const cell = page.getByTestId('inc-deck-b2').locator('[data-r="2"][data-c="2"]');
  await cell.click();
  const explain = page.getByTestId('inc-explain');
  await expect(explain).toContainText('y[0, 2, 2] = ReLU(Σ over 96 channels of the 3×3 window × kernel)');
  await expect(explain).toBeInViewport();
  const gap = await explain.evaluate((el, y) => el.getBoundingClientRect().top - y, (await cell.boundingBox())?.y ?? 0);
  expect(gap).toBeLessThan(400);
  expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(390);
  expect(problems).toEqual([]);
});

test('in Chinese: the fields, the step, the table and the loss', async ({ page, problems }) => {
  await page.goto('/#/inception?lang=zh&step=12');
  await expect(page.getByRole('spinbutton', { name: '3×3 前降维 · ch3x3red' })).toHaveValue('96');
  await expect(page.getByTestId('inc-step')).toContainText('第 12 步，共 12 步 沿通道拼接');
  await expect(rowText(page, 'inc-costs', 10)).toHaveText(/带降维合计 → 256 个通道\s*163,328\s*128,049,152/);
  await expect(page.getByTestId('inc-loss')).toContainText('训练时：损失 = 主损失 + 0.3 ×');
  await page.goto('/#/inception?lang=zh&padding=0');
  await expect(page.getByRole('alert')).toContainText('填充已关闭');
  expect(problems).toEqual([]);
});

test('axe: the drawn values, a pinned cell, the padding alert and inference mode, in the projector theme and in Chinese', async ({ page, problems }) => {
  test.setTimeout(60_000);
  const found: string[] = [];
  const check = async (state: string) => {
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
    found.push(...result.violations.flatMap((v) => v.nodes.map((n) => `${state}: ${v.id} ${n.target.join(' ')}`)));
  };
  for (const link of ['#/inception?step=12&theme=projector', '#/inception?step=12&lang=zh&padding=0&training=0&theme=dark']) {
    await page.goto('about:blank');
    await page.goto(`/${link}`);
    await page.getByTestId('inc-deck-b2').locator('[data-r="1"][data-c="1"]').click();
    await expect(page.getByTestId('inc-explain')).toContainText('y[0, 1, 1]');
    await check(link);
  }
  expect(found, found.join('\n')).toEqual([]);
  expect(problems).toEqual([]);
});
