import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/** Cell (r, c) of a grid whose accessible name starts with `name` ("output, channel 0", …). */
const cell = (page: Page, name: string, r: number, c: number) =>
  page.getByRole('img', { name: new RegExp(`^${name.replace(/[()]/g, '\\$&')},`) }).locator(`[data-r="${r}"][data-c="${c}"]`);
const text = async (page: Page, name: string, r: number, c: number) => ((await cell(page, name, r, c).locator('text').textContent()) ?? 'missing').replace('−', '-');

test.describe('pooling: the window part', () => {
  test('max 2×2 stride 2 on 6×6: every output cell is the largest of its window, and pointing at one writes out max(…) with the winner', async ({ page, problems }) => {
    await page.goto('/#/pooling');
    await expect(page.locator('.step-count')).toHaveText('step 1 of 45');
    await expect(page.getByTestId('pool-shape')).toHaveText('1×6×6 → 1×3×3');
    await page.keyboard.press('End');
    for (let r = 0; r < 3; r++)
      for (let c = 0; c < 3; c++) {
        const window = [];
        for (const [dy, dx] of [[0, 0], [0, 1], [1, 0], [1, 1]]) window.push(Number(await text(page, 'input, channel 0', 2 * r + dy, 2 * c + dx)));
        expect(Number(await text(page, 'output, channel 0', r, c))).toBe(Math.max(...window));
      }
    await cell(page, 'output, channel 0', 1, 2).hover();
    const value = await text(page, 'output, channel 0', 1, 2);
    await expect(page.getByTestId('pool-explain').locator('h2')).toHaveText(`output[0, 1, 2] = ${value.replace('-', '−')}`);
    await expect(page.getByTestId('pool-terms')).toHaveText(/^max\(.+\)$/);
    await expect(page.getByTestId('pool-result')).toContainText(`The largest input value wins: ${value.replace('-', '−')}, at input[0, `);
    await expect(page.getByTestId('pool-cost')).toContainText('Parameters: 0 · MACs: 0. The map shrinks from 36 to 9 values.');
    await expect(page.locator('pre')).toContainText('pool = nn.MaxPool2d(kernel_size=2, stride=2)');
    expect(problems).toEqual([]);
  });

  test('playback: a step is one tap, a stop one written cell; the running max and the window follow', async ({ page, problems }) => {
    await page.goto('/#/pooling?speed=8');
    await expect(page.getByTestId('pool-result')).toContainText('Largest so far:');
    await expect(page.getByTestId('pool-result')).toContainText('(1 of 4 taps)');
    await page.keyboard.press('Shift+ArrowRight');
    await expect(page.locator('.step-count')).toHaveText('step 2 of 45');
    await expect(page.getByTestId('pool-result')).toContainText('(2 of 4 taps)');
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('.step-count')).toHaveText('step 5 of 45');
    await expect(page.getByTestId('pool-result')).toContainText('The largest input value wins');
    await expect(cell(page, 'output, channel 0', 0, 0).locator('text')).toHaveCount(1);
    await expect(cell(page, 'output, channel 0', 0, 1).locator('text')).toHaveCount(0);
    await page.getByRole('button', { name: 'Next tap' }).click();
    await expect(page.getByTestId('pool-explain').locator('h2')).toHaveText('output[0, 0, 1] = …');
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await expect(page.locator('.step-count')).toHaveText('step 45 of 45', { timeout: 15_000 });
    await page.keyboard.press('?');
    await expect(page.getByRole('dialog')).toContainText('Previous / next tap of the window');
    expect(problems).toEqual([]);
  });

  test('average 3×3 stride 2, padding 1, count_include_pad=False divides by the input cells only; True by all nine', async ({ page, problems }) => {
    await page.goto('/#/pooling');
    await page.getByRole('button', { name: 'average, count_include_pad=False' }).click();
    await expect(page).toHaveURL(/mode=avg/);
    await cell(page, 'output, channel 0', 0, 0).hover();
    const value = await text(page, 'output, channel 0', 0, 0);
    // Output [0, 0] covers rows and columns −1…1: four input cells, five padding cells.
    const inputs = [];
    for (const [r, c] of [[1, 1], [1, 2], [2, 1], [2, 2]]) inputs.push(Number(await text(page, 'input 5×5, channel 0, with the cells around it:', r, c)));
    const sum = inputs.reduce((a, b) => a + b, 0);
    await expect(page.getByTestId('pool-result')).toHaveText(`= ${String(sum).replace('-', '−')} / 4 = ${value.replace('-', '−')}`);
    expect(Number(value)).toBeCloseTo(sum / 4, 2);
    await expect(page.getByTestId('pool-explain')).toContainText('count_include_pad=False: padding is left out of the divisor');
    await page.getByLabel('Count padding in the divisor · count_include_pad').check();
    await cell(page, 'output, channel 0', 0, 0).hover();
    await expect(page.getByTestId('pool-result')).toContainText(' / 9 = ');
    await expect(page.locator('pre')).toContainText('nn.AvgPool2d(kernel_size=3, stride=2, padding=1)');
    expect(problems).toEqual([]);
  });

  test('ceil_mode on 5×5: 3×3 instead of 2×2, the last window hangs over the edge and its outside taps are left out', async ({ page, problems }) => {
    await page.goto('/#/pooling');
    await page.getByRole('button', { name: 'ceil_mode on 5×5' }).click();
    await expect(page.getByTestId('pool-shape')).toHaveText('1×5×5 → 1×3×3');
    await expect(page.getByTestId('pool-size-height')).toContainText('⌈(5 + 2·0 − 1·(2 − 1) − 1) / 2⌉ + 1 = 3');
    await expect(page.getByTestId('pool-other-rounding')).toHaveText('Without ceil_mode (rounding down) the output would be 2×2.');
    await cell(page, 'output, channel 0', 2, 2).hover();
    await expect(page.getByTestId('pool-outside')).toContainText('3 taps lie past the padded input');
    await expect(page.getByTestId('pool-result')).toContainText(`wins: ${(await text(page, 'input 5×5, channel 0, with the cells around it:', 4, 4)).replace('-', '−')}, at input[0, 4, 4]`);
    expect(problems).toEqual([]);
  });

  test('padding above half the window is explained in place under the field and in the alert, in English and Chinese; the picture keeps a valid setting', async ({ page, problems }) => {
    await page.goto('/#/pooling?kernel_size=3&stride=2');
    await page.getByLabel('padding: height').fill('2');
    await expect(page.getByTestId('pool-pad-problem')).toHaveText(/^padding=2×0 is more than half of kernel_size=3×3: PyTorch allows at most 1×1\./);
    await expect(page.getByRole('alert')).toContainText('padding=2 in height is more than half of kernel_size=3: pooling allows at most ⌊3/2⌋ = 1');
    await expect(page.getByRole('alert')).toContainText('The picture below shows a setting that works');
    await expect(page.locator('pre')).toContainText('# RuntimeError: see the message above');
    await page.getByLabel('Language').selectOption('zh');
    await expect(page.getByTestId('pool-pad-problem')).toContainText('padding=2×0 超过了 kernel_size=3×3 的一半：PyTorch 最多允许 1×1');
    await expect(page.getByRole('alert')).toContainText('高度方向的 padding=2 超过了 kernel_size=3 的一半');
    await expect(page.locator('body')).not.toContainText('NaN');
    expect(problems).toEqual([]);
  });

  test('with dilation the limit is half the dilated window: kernel 3, dilation 2 spans 5, so padding 2 works and 3 does not', async ({ page, problems }) => {
    await page.goto('/#/pooling?size=8&kernel_size=3&stride=1&dilation=2&padding=2');
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(page.getByTestId('pool-shape')).toHaveText('1×8×8 → 1×8×8');
    await page.getByLabel('padding: width').fill('3');
    await expect(page.getByTestId('pool-pad-problem')).toContainText('more than half of the dilated window (kernel_size=3×3 with its dilation spans 5×5): PyTorch allows at most 2×2');
    await expect(page.getByRole('alert')).toContainText('padding=3 in width is more than half of the dilated window (kernel_size=3, dilation=2: 5 cells)');
    // Average pooling has no dilation: the field goes, and a note says the value from the link is not used.
    await page.getByLabel('Pooling · mode').selectOption('avg');
    await expect(page.getByTestId('pool-no-dilation')).toHaveText('nn.AvgPool2d has no dilation: dilation=2×2 is kept for max pooling and not used here.');
    await expect(page.getByRole('group', { name: 'Dilation · dilation' })).toHaveCount(0);
    expect(problems).toEqual([]);
  });

  test('max pooling pads with −∞: the padding shows −∞, never wins, and pointing at it says so', async ({ page, problems }) => {
    await page.goto('/#/pooling?kernel_size=3&stride=1&padding=1');
    const plane = 'input 6×6, channel 0, with the cells around it:';
    // Plane cells are numbered from the plane's corner: padding row and column 0, input (y, x) at (y + 1, x + 1).
    await expect(cell(page, plane, 0, 0).locator('text')).toHaveText('−∞');
    await cell(page, plane, 0, 1).hover();
    await expect(page.getByTestId('pool-explain')).toContainText('Padding: −∞ for max pooling, so it never wins. It is in the windows of 2 output cells.');
    await cell(page, plane, 3, 4).hover();
    await expect(page.getByTestId('pool-explain').locator('h2')).toHaveText('input[0, 2, 3]');
    await expect(page.getByTestId('pool-explain')).toContainText('is in the windows of 9 output cells:');
    expect(problems).toEqual([]);
  });
});

test.describe('pooling: heads', () => {
  test('GAP part: VGG-16 FC head 123,642,856 vs GAP head 513,000; a 10×10 map is refused by the FC head with PyTorch’s reason, GAP takes it', async ({ page, problems }) => {
    await page.goto('/#/pooling');
    await page.getByRole('button', { name: /Global average pooling vs FC head/ }).click();
    await expect(page).toHaveURL(/view=gap/);
    const heads = page.getByTestId('pool-heads');
    await expect(heads.getByRole('row').nth(1)).toContainText('102,764,544');
    await expect(heads.getByRole('row', { name: 'FC head total' })).toContainText('123,642,856');
    await expect(heads.getByRole('row', { name: 'GAP head total' })).toContainText('513,000');
    await expect(page.getByTestId('pool-feed-fc')).toContainText('25,088 values, exactly what FC1 takes');
    await page.getByLabel('Fed map size · feed').fill('10');
    await expect(page.getByTestId('pool-feed-fc')).toHaveText('FC head: flatten gives 51,200 values but FC1 takes 25,088. PyTorch refuses: RuntimeError: mat1 and mat2 shapes cannot be multiplied (1x51200 and 25088x4096).');
    await expect(page.getByTestId('pool-feed-gap')).toHaveText('GAP head: 512×10×10 → 512×1×1 → 1,000 scores. Any size works.');
    await expect(page.locator('pre')).toContainText('fc_head(x)  # RuntimeError: mat1 and mat2 shapes cannot be multiplied');
    expect(problems).toEqual([]);
  });

  test('GAP part: each step averages one drawn channel; its mean is the sum of its cells over their count', async ({ page, problems }) => {
    await page.goto('/#/pooling?view=gap&feed=3');
    await expect(page.getByTestId('pool-gap-drawn')).toHaveText('Channels 0–3 of 512 drawn (+ 508 more, each averaged the same way).');
    await expect(page.getByTestId('pool-gap-mean-1')).toContainText('–');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    const cells = (await page.getByRole('img', { name: /^channel 1,/ }).locator('text').allTextContents()).map(Number);
    const sum = cells.reduce((a, b) => a + b, 0);
    await expect(page.getByTestId('pool-gap-formula')).toHaveText(new RegExp(`^Channel 1: the sum of its 3×3 = 9 cells is ${sum}; ${sum} ÷ 9 = `));
    const mean = Number((await page.getByTestId('pool-gap-mean-1').locator('strong').textContent()) ?? 'NaN');
    expect(mean).toBeCloseTo(sum / 9, 2);
    await page.keyboard.press('End');
    await expect(page.getByRole('listitem').filter({ hasText: '3 · one FC layer on the means' })).toHaveAttribute('aria-current', 'step');
    await expect(page.getByTestId('pool-gap-vector')).toContainText('+ 508 more');
    expect(problems).toEqual([]);
  });

  test('FC part: AlexNet FC1 is a conv of 4096 filters 6×6×256, 37,752,832 either way; on 8×8 the conv gives 3×3, the FC is refused; later FCs are 1×1 convs', async ({ page, problems }) => {
    await page.goto('/#/pooling?view=fc-conv');
    const table = page.getByTestId('pool-fc-table');
    const fc1 = table.getByRole('row', { name: /^FC1/ });
    await expect(fc1).toContainText('Linear(9216, 4096)= Conv2d(256, 4096, 6)');
    await expect(fc1).toContainText('37,752,832= 37,752,832');
    await expect(fc1).toContainText('4096×1×1');
    await expect(fc1).toContainText('4096×3×3');
    await expect(table.getByRole('row', { name: /^FC2/ })).toContainText('= Conv2d(4096, 4096, 1)');
    await expect(table.getByRole('row', { name: /^FC3/ })).toContainText('1000×3×3');
    await expect(page.getByTestId('pool-fc-conv')).toHaveText('As nn.Conv2d(256, 4096, kernel_size=6): 256×8×8 → 4096×3×3, the same 37,752,832 parameters slid over 9 positions.');
    await expect(page.getByTestId('pool-fc-linear')).toHaveText(
      'As nn.Linear(9216, 4096): the flattened map has 16,384 values, not 9,216. PyTorch refuses: RuntimeError: mat1 and mat2 shapes cannot be multiplied (1x16384 and 9216x4096).',
    );
    await expect(page.locator('.step-count')).toHaveText('step 1 of 9');
    await page.keyboard.press('End');
    await expect(page.getByTestId('pool-fc-position')).toContainText('Position [2, 2]: the window covers rows 2–7 and columns 2–7');
    await cell(page, 'conv output: 4,096 channels at each position', 0, 1).hover();
    await expect(page.getByTestId('pool-fc-position')).toContainText('Position [0, 1]: the window covers rows 0–5 and columns 1–6');
    await page.getByLabel('Fed map size · fc_feed').fill('6');
    await expect(page.getByTestId('pool-fc-linear')).toHaveText('As nn.Linear(9216, 4096): the flattened map has exactly 9,216 values → 4,096 numbers, with 37,752,832 parameters.');
    await expect(page.getByTestId('pool-fc-conv')).toContainText('256×6×6 → 4096×1×1');
    expect(problems).toEqual([]);
  });

  test('FC part, text CNN: Conv1d 24 → 48, k=3 has 3,504 parameters; a 1×1 to 12 first: 300 + 1,776 = 2,076', async ({ page, problems }) => {
    await page.goto('/#/pooling?view=fc-conv');
    const costs = page.getByTestId('pool-text-costs');
    await expect(costs.getByRole('row').nth(1)).toContainText('Conv1d 24 → 48, k=33,504');
    await expect(costs.getByRole('row').nth(2)).toContainText('Conv1d 24 → 12, k=1300');
    await expect(costs.getByRole('row').nth(3)).toContainText('Conv1d 12 → 48, k=31,776');
    await expect(costs.getByRole('row').nth(4)).toContainText('with the 1×1 first: total2,076');
    await page.getByLabel('words · text_length').fill('2');
    await expect(page.getByRole('alert')).toContainText('text_length=2 is shorter than text_kernel=3');
    expect(problems).toEqual([]);
  });

  test('NIN part: one map per class, each map’s mean is its score, softmax gives the probabilities; the 1×1 head has 1,930 parameters', async ({ page, problems }) => {
    await page.goto('/#/pooling?view=nin');
    await expect(page.getByTestId('pool-nin-costs').getByRole('row').nth(1)).toContainText('1×1 conv 192 → 101,930');
    await expect(page.getByTestId('pool-nin-costs').getByRole('row', { name: /FC head/ })).toContainText('122,890');
    await expect(page.getByRole('img', { name: /^class \d,/ })).toHaveCount(10);
    // Four classes: cells large enough to print their values.
    await page.goto('about:blank');
    await page.goto('/#/pooling?view=nin&nin_classes=4');
    await expect(page.getByRole('img', { name: /^class \d,/ })).toHaveCount(4);
    await page.keyboard.press('ArrowRight');
    const cells = (await page.getByRole('img', { name: /^class 3,/ }).locator('text').allTextContents()).map((s) => Number(s.replace('−', '-')));
    const score = Number(((await page.getByTestId('pool-nin-score-3').locator('strong').textContent()) ?? 'NaN').replace('−', '-'));
    expect(cells).toHaveLength(64);
    expect(score).toBeCloseTo(cells.reduce((a, b) => a + b, 0) / 64, 1);
    await page.keyboard.press('End');
    const probs = await page.locator('[data-testid^="pool-nin-prob-"] strong').allTextContents();
    expect(probs.map((p) => Number(p.replace(/\s%$/, ''))).reduce((a, b) => a + b, 0)).toBeCloseTo(100, 0);
    await expect(page.getByTestId('pool-nin-top')).toHaveText(/^Most likely: class \d \(\d+\.\d\s%\)\.$/);
    await page.getByRole('img', { name: /^class 3,/ }).hover();
    await expect(page.getByTestId('pool-nin-explain')).toContainText('Class 3: the mean of its 64 cells is its score');
    expect(problems).toEqual([]);
  });
});

test.describe('pooling: languages, phone, accessibility', () => {
  test('in Chinese every part is named in Chinese and the curriculum’s numbers stay', async ({ page, problems }) => {
    await page.goto('/#/pooling?lang=zh&view=gap');
    await expect(page.getByRole('button', { name: /全局平均池化与全连接头/ })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId('pool-heads').getByRole('row', { name: '全连接头合计' })).toContainText('123,642,856');
    await expect(page.getByTestId('pool-heads').getByRole('row', { name: '全局平均池化头合计' })).toContainText('513,000');
    await page.getByRole('button', { name: /把全连接层写成卷积/ }).click();
    await expect(page.getByTestId('pool-fc-linear')).toContainText('展平后有 16,384 个值，而不是 9,216 个。PyTorch 拒绝');
    await expect(page.getByTestId('pool-text-costs')).toContainText('2,076');
    await page.getByRole('button', { name: /每个类别一张图/ }).click();
    await expect(page.getByRole('listitem').filter({ hasText: '1 · 最后的 1×1 卷积：每个类别一张图' })).toHaveAttribute('aria-current', 'step');
    await page.getByRole('button', { name: /最大池化与平均池化/ }).click();
    await expect(page.getByTestId('pool-result')).toContainText('目前最大');
    await expect(page).toHaveURL(/#\/pooling\?lang=zh$/);
    expect(problems).toEqual([]);
  });

  for (const view of ['window', 'gap', 'fc-conv', 'nin']) {
    test(`phone 390×844 in Chinese, projector theme: the ${view} part has no sideways overflow and its picture comes first`, async ({ page, problems }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`/#/pooling?view=${view}&lang=zh&theme=projector`);
      await expect(page.locator('.scene svg').first()).toBeVisible();
      expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(390);
      const grid = await page.locator('.scene svg[role="img"]').first().boundingBox();
      const code = await page.locator('pre').boundingBox();
      expect(grid!.y).toBeLessThan(code!.y);
      await page.keyboard.press('End');
      expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(390);
      expect(problems).toEqual([]);
    });
  }

  test('axe: the GAP, FC and NIN parts (the window part runs in a11y.spec.ts) have no violations, projector theme, wide and phone', async ({ page, problems }) => {
    test.setTimeout(90_000);
    const found: string[] = [];
    for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
      await page.setViewportSize(viewport);
      for (const [view, lang] of [['gap', 'en'], ['fc-conv', 'zh'], ['nin', 'en'], ['window', 'zh']]) {
        await page.goto('about:blank');
        await page.goto(`/#/pooling?view=${view}&theme=projector&lang=${lang}&step=3`);
        await expect(page.locator('.scene svg').first()).toBeVisible();
        const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
        found.push(...result.violations.flatMap((v) => v.nodes.map((n) => `${view} ${viewport.width}: ${v.id} ${n.target.join(' ')}`)));
      }
    }
    expect(found, found.join('\n')).toEqual([]);
    expect(problems).toEqual([]);
  });
});
