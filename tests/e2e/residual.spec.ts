import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/** A cell of the front map of one of the block's tensors, by its caption ("bn2 · channel 0"). */
const cell = (page: Page, map: string, r: number, c: number) => page.getByRole('img', { name: new RegExp(`^${map.replace(/[()+.[\]]/g, '\\$&')},`) }).locator(`[data-r="${r}"][data-c="${c}"]`);
const num = (s: string | null) => Number((s ?? 'NaN').replace('−', '-'));

test('BasicBlock 64 → 64 opens with torchvision’s 73,984 parameters, and the page says residuals come from ResNet (2015), not VGG', async ({ page, problems }) => {
  await page.goto('/#/residual');
  await expect(page.getByTestId('res-params')).toHaveText('73,984');
  await expect(page.getByTestId('res-macs')).toHaveText('1,181,696');
  const rows = page.getByTestId('res-layers').getByRole('row');
  await expect(rows.filter({ hasText: 'conv1 · 3×3, 64 → 64' })).toContainText('36,864');
  await expect(rows.filter({ hasText: 'bn1 · BatchNorm2d(64)' })).toContainText('128');
  await expect(page.getByTestId('res-torchvision')).toContainText('running mean and variance (256 values) are buffers, not parameters');
  await expect(page.getByTestId('res-skip-cost')).toHaveText('The identity skip costs nothing: 0 parameters, 0 MACs.');
  await expect(page.getByTestId('res-history')).toContainText('Residual connections come from ResNet (He, Zhang, Ren and Sun, 2015). VGG (2014) has none');
  await expect(page.locator('pre')).toContainText('block = BasicBlock(64, 64, stride=1,');
  await expect(page.locator('pre')).toContainText('# 73984 parameters');
  expect(problems).toEqual([]);
});

test('the presets: Bottleneck 256 → 64 → 256 has 70,400; BasicBlock 64 → 128 with stride 2 and its projection 230,144', async ({ page, problems }) => {
  await page.goto('/#/residual');
  await page.getByRole('button', { name: 'Bottleneck 256 → 64 → 256' }).click();
  await expect(page.getByTestId('res-params')).toHaveText('70,400');
  await expect(page).toHaveURL(/block=bottleneck&inplanes=256/);
  const rows = page.getByTestId('res-layers').getByRole('row');
  await expect(rows.filter({ hasText: 'conv3 · 1×1, 64 → 256' })).toContainText('16,384');
  await expect(rows.filter({ hasText: 'bn3 · BatchNorm2d(256)' })).toContainText('512');
  await page.getByRole('button', { name: 'BasicBlock 64 → 128, stride 2' }).click();
  await expect(page.getByTestId('res-params')).toHaveText('230,144');
  await expect(rows.filter({ hasText: 'downsample.0 · 1×1, stride=2, 64 → 128' })).toContainText('8,192');
  await expect(page.getByTestId('res-skip-cost')).toHaveText('The projection adds 8,448 parameters, 3.7 % of the block.');
  await expect(page.locator('pre')).toContainText('conv1x1(64, 128, stride=2),');
  expect(problems).toEqual([]);
});

test('stride 2 with the identity skip: the alert names both shapes, the picture goes stale; the 1×1 projection fixes it', async ({ page, problems }) => {
  await page.goto('/#/residual');
  await page.getByRole('spinbutton', { name: 'Stride · stride' }).fill('2');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('F(x) has shape [64, 2, 2] but the skip path carries x with shape [64, 4, 4]: element-wise addition needs equal shapes.');
  await expect(alert).toContainText('The picture below shows a setting that works, not this one.');
  await expect(page.locator('pre')).toContainText('# RuntimeError: F(x) [64, 2, 2], x [64, 4, 4]');
  await page.getByRole('combobox', { name: 'Skip path · downsample' }).selectOption('conv1x1');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByTestId('res-col-skip')).toContainText('skip path: 1×1 projection → BN');
  await expect(page.getByRole('img', { name: /^y · step \d+, 2×2$/ })).toBeVisible();
  expect(problems).toEqual([]);
});

test('a link that opens impossible (Bottleneck 64 → 64 → 256 without projection) shows the nearest valid block with the alert', async ({ page, problems }) => {
  await page.goto('/#/residual?block=bottleneck&inplanes=64&planes=64');
  await expect(page.getByRole('alert')).toContainText('F(x) has shape [256, 4, 4] but the skip path carries x with shape [64, 4, 4]');
  await expect(page.getByTestId('res-col-skip')).toContainText('1×1 projection');
  // The table counts the block as set (PyTorch builds it; only its forward fails): 4,096 + 36,864 + 16,384 + BN 768.
  await expect(page.getByTestId('res-params')).toHaveText('58,112');
  expect(problems).toEqual([]);
});

test('playback walks the forward pass: conv1, bn1, ReLU, conv2, bn2 = F(x), the skip, the sum, the final ReLU', async ({ page, problems }) => {
  await page.goto('/#/residual?size=3&inplanes=2&planes=2');
  await expect(page.locator('.step-count')).toHaveText('step 1 of 9');
  await expect(page.getByTestId('res-step')).toContainText('The input x: 2 channels of 3×3.');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('res-step')).toContainText('conv1: a 3×3 convolution, 2 → 2 channels, without bias');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('res-step')).toContainText('bn1: batch norm (eval mode)');
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('res-step')).toContainText('The skip path: x goes around F unchanged');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('res-step')).toContainText('The sum F(x) + x, cell by cell (both [2, 3, 3])');
  await page.keyboard.press('End');
  await expect(page.locator('.step-count')).toHaveText('step 9 of 9');
  await expect(page.getByTestId('res-step')).toContainText('The final ReLU gives the block’s output y = ReLU(F(x) + x), shape [2, 3, 3].');
  await expect(page).toHaveURL(/step=9/);
  expect(problems).toEqual([]);
});

test('pointing at a sum cell writes F(x) + x with the numbers of the bn2 and x maps; y is its ReLU', async ({ page, problems }) => {
  await page.goto('/#/residual?size=3&inplanes=2&planes=2&step=9');
  for (const [r, c] of [[0, 0], [1, 2], [2, 1]]) {
    await cell(page, 'F(x) + x[0]', r, c).hover();
    const formula = page.getByTestId('res-trace-formula');
    await expect(formula).toHaveText(/^F\(x\) \+ x = /);
    const text = (await formula.textContent()) ?? '';
    const [, f, op, s, sum] = /^F\(x\) \+ x = (−?[\d.]+) ([+−]) ([\d.]+) = (−?[\d.]+)$/.exec(text) ?? [];
    expect(num(f) + (op === '+' ? 1 : -1) * num(s)).toBeCloseTo(num(sum), 1);
    // The drawn maps show the same numbers to one decimal.
    expect(num(await cell(page, 'bn2[0]', r, c).textContent())).toBeCloseTo(num(f), 0);
    expect(num(await cell(page, 'x[0]', r, c).textContent())).toBe(num(s) * (op === '+' ? 1 : -1));
    const y = num(await cell(page, 'y[0]', r, c).textContent());
    expect(y).toBeCloseTo(Math.max(0, num(sum)), 1);
  }
  expect(problems).toEqual([]);
});

test('pointing at conv, batch-norm and ReLU cells explains each; clicking pins, Escape unpins', async ({ page, problems }) => {
  await page.goto('/#/residual?size=3&inplanes=2&planes=2&step=9');
  await page.getByRole('button', { name: 'Next channel' }).click();
  await expect(page.getByTestId('res-channel')).toHaveText('channel 1 of 2');
  await cell(page, 'relu(bn1)[1]', 1, 1).hover();
  await expect(page.getByTestId('res-trace-formula')).toHaveText(/^max\(0, −?[\d.]+\) = [\d.]+$/);
  await cell(page, 'bn2[1]', 2, 0).click();
  await page.mouse.move(0, 0);
  const bn = page.getByTestId('res-trace-formula');
  await expect(bn).toHaveText(/^\(−?[\d.]+ − \(?−?[\d.]+\)?\) \/ √\([\d.]+ \+ 0\.00001\) × [\d.]+ [+−] [\d.]+ = −?[\d.]+$/);
  await expect(page.getByTestId('res-trace')).toContainText('Channel 1: running mean');
  await expect(page.getByRole('heading', { name: /^Why bn2\[1, 2, 0\] = / })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { name: /^Why y\[1, 0, 0\] = / })).toBeVisible();
  expect(problems).toEqual([]);
});

test('a conv cell is its products over the 3×3 window and every input channel: 64 channels, 576 products', async ({ page, problems }) => {
  await page.goto('/#/residual?step=2');
  await cell(page, 'conv1[0]', 1, 1).hover();
  const text = (await page.getByTestId('res-trace-formula').textContent()) ?? '';
  expect(text).toMatch(/^conv1\[0, 1, 1\] = (\S+ [+−] ){5}\S+ \+ \(the other 570 products: −?\d+\) = −?\d+$/);
  await expect(page.getByTestId('res-trace')).toContainText('Over the 3×3 window and all 64 input channels: 576 products of weight × input, added.');
  expect(text.endsWith(` = ${await cell(page, 'conv1[0]', 1, 1).textContent()}`)).toBe(true);
  expect(problems).toEqual([]);
});

test('the gradient through N layers: 0.2¹⁰ = 1.02 × 10⁻⁷ without skips, (1 + 0.2)¹⁰ = 6.19 with; N is adjustable', async ({ page, problems }) => {
  await page.goto('/#/residual');
  await expect(page.getByTestId('res-grad-plain')).toHaveText('Without skips: a × a × … × a = 0.2¹⁰ = 1.02 × 10⁻⁷');
  await expect(page.getByTestId('res-grad-residual')).toHaveText('With a skip around each layer, y = F(x) + x passes on 1 + a: (1 + 0.2)¹⁰ = 6.19');
  await expect(page.getByTestId('res-grad-terms')).toContainText('k = 1: 10 paths × 0.2 = 2');
  const layers = page.getByRole('slider', { name: /^Layers N/ });
  await layers.focus();
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('res-grad-plain')).toHaveText('Without skips: a × a × … × a = 0.2²⁰ = 1.05 × 10⁻¹⁴');
  await expect(page.getByTestId('res-grad-residual')).toContainText('(1 + 0.2)²⁰ = 38.3');
  await expect(page).toHaveURL(/layers=20/);
  await page.goto('/#/residual?layers=50&factor=0');
  await expect(page.getByTestId('res-grad-plain')).toHaveText('Without skips: a × a × … × a = 0⁵⁰ = 0');
  await expect(page.getByTestId('res-grad-residual')).toContainText('(1 + 0)⁵⁰ = 1');
  expect(problems).toEqual([]);
});

test('a real-width block (Bottleneck 2048 → 512 → 2048): computed in slices, 4,462,592 parameters, no error', async ({ page, problems }) => {
  await page.goto('/#/residual?block=bottleneck&inplanes=2048&planes=512&step=12');
  await expect(page.getByTestId('res-params')).toHaveText('4,462,592');
  await expect(page.getByRole('img', { name: 'y[0], 4×4' })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('res-computing')).toHaveCount(0);
  await expect(page.getByTestId('res-channel')).toHaveText('channel 0 of 2,048');
  expect(problems).toEqual([]);
});

test('on a phone the block stacks top to bottom without sideways overflow, and a tapped cell is explained right under its map', async ({ page, problems }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/#/residual?step=9&theme=projector');
  expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(390);
  const target = cell(page, 'F(x) + x[0]', 2, 1);
  await target.click();
  const trace = page.getByTestId('res-trace');
  await expect(trace).toBeInViewport();
  const gap = await trace.evaluate((el, top) => el.getBoundingClientRect().top - top, (await target.boundingBox())?.y ?? 0);
  expect(gap).toBeLessThan(300);
  expect(problems).toEqual([]);
});

test('in Chinese: the fields, the alert naming both shapes, the history and the gradient are Chinese', async ({ page, problems }) => {
  await page.goto('/#/residual?lang=zh&stride=2');
  await expect(page.getByRole('alert')).toContainText('F(x) 的形状是 [64, 2, 2]，而跳跃路径上的 x 形状是 [64, 4, 4]');
  await expect(page.getByRole('combobox', { name: '跳跃路径 · downsample' })).toBeVisible();
  await expect(page.getByTestId('res-history')).toContainText('残差连接出自 ResNet');
  await expect(page.getByTestId('res-grad-plain')).toHaveText('没有跳跃连接：a × a × … × a = 0.2¹⁰ = 1.02 × 10⁻⁷');
  await expect(page.getByTestId('res-params')).toHaveText('73,984');
  await expect(page.locator('pre')).toContainText('y = block(x)  # 运行时报错：F(x) [64, 2, 2]，x [64, 4, 4]');
  await expect(page.locator('pre')).toContainText('# 73984 个参数');
  expect(problems).toEqual([]);
});

for (const theme of ['light', 'dark', 'projector']) {
  test(`axe (${theme}): the finished Bottleneck with projection, a pinned cell, and the shape alert in Chinese have no violations`, async ({ page, problems }) => {
    test.setTimeout(60_000);
    const found: string[] = [];
    const check = async (state: string) => {
      await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity));
      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
      found.push(...result.violations.flatMap((v) => v.nodes.map((n) => `${state}: ${v.id} ${n.target.join(' ')}: ${n.failureSummary ?? v.help}`)));
    };
    await page.goto(`/#/residual?theme=${theme}&block=bottleneck&inplanes=64&planes=16&stride=2&downsample=conv1x1&step=13`);
    await cell(page, 'F(x) + proj(x)[0]', 1, 0).click();
    await expect(page.getByRole('heading', { name: /^Why \(F\(x\) \+ proj\(x\)\)\[0, 1, 0\] = / })).toBeVisible();
    await check('pinned sum');
    await page.goto('about:blank');
    await page.goto(`/#/residual?theme=${theme}&lang=zh&stride=2`);
    await expect(page.getByRole('alert')).toBeVisible();
    await check('alert (zh)');
    expect(found, found.join('\n')).toEqual([]);
    expect(problems).toEqual([]);
  });
}
