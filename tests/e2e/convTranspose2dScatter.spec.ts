import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const stepText = (page: Page) => page.locator('.step-count');
const grid = (page: Page, name: string) => page.getByRole('img', { name: new RegExp(`^${name},`) });
const panel = (page: Page) => page.locator('.calc');
/** The number drawn in cell (r, c) of a grid (not its stamp-count badge). */
const cellValue = async (page: Page, name: string, r: number, c: number) =>
  Number((await grid(page, name).locator(`[data-r="${r}"][data-c="${c}"] text:not(.badge-count)`).textContent())!.replace('−', '-'));
const badge = (page: Page, r: number, c: number) => grid(page, 'output, channel 0').locator(`[data-r="${r}"][data-c="${c}"] .badge-count`);
/** Every output value of channel 0 (5×5), row by row. */
const outputValues = async (page: Page) => {
  const values: number[] = [];
  for (let r = 0; r < 5; r++) for (let c = 0; c < 5; c++) values.push(await cellValue(page, 'output, channel 0', r, c));
  return values;
};

test('scatter plays as scatter: one input cell stamps its scaled kernel, overlaps add up, the bias comes last', async ({ page, problems }) => {
  await page.goto('/#/conv-transpose2d?view=scatter');
  await expect(page.getByTestId('play-order')).toHaveText(/^Playback follows the scatter: one input cell at a time/);
  // 2×2 input, 3×3 kernel: 4 stamps × 9 products + the bias step (not 250 gather steps).
  await expect(stepText(page)).toHaveText('step 1 of 37');
  const x00 = await cellValue(page, 'input, channel 0', 0, 0);
  const x01 = await cellValue(page, 'input, channel 0', 0, 1);
  const w: number[] = [];
  for (let r = 0; r < 3; r++) for (let c = 0; c < 3; c++) w.push(await cellValue(page, 'kernel, input 0 → output 0', r, c));
  const sign = (v: number) => String(v).replace('-', '−');
  await expect(panel(page).locator('.calc-title')).toHaveText(`Input x[0, 0, 0] = ${sign(x00)} stamps kernel 0, scaled by ${sign(x00)}:`);
  await expect(panel(page).locator('[aria-current="step"]')).toContainText(`w[0, 0, 0, 0] = ${sign(w[0])}: adds`);
  await expect(panel(page).locator('[aria-current="step"]')).toContainText(`= ${sign(x00 * w[0])} to out[0, 0, 0]`);
  // The output starts from zeros: only out[0, 0, 0] has received a product.
  const first = await outputValues(page);
  expect(first).toEqual(Array.from({ length: 25 }, (_, i) => (i === 0 ? x00 * w[0] : 0)));

  // Next input cell: the whole stamp of x[0, 0, 0] is on the output (rows 0–2, columns 0–2), one stamp each.
  await page.getByRole('button', { name: 'Next input cell (stamp)' }).click();
  await expect(stepText(page)).toHaveText('step 9 of 37');
  const stamped = await outputValues(page);
  expect(stamped).toEqual(Array.from({ length: 25 }, (_, i) => (Math.floor(i / 5) < 3 && i % 5 < 3 ? x00 * w[Math.floor(i / 5) * 3 + (i % 5)] : 0)));
  await expect(badge(page, 0, 2)).toHaveText('1');

  // The next stamp (x[0, 0, 1], two columns to the right) overlaps column 2: there the products add up.
  await page.getByRole('button', { name: 'Next input cell (stamp)' }).click();
  await expect(stepText(page)).toHaveText('step 18 of 37');
  expect(await cellValue(page, 'output, channel 0', 0, 2)).toBe(x00 * w[2] + x01 * w[0]);
  await expect(badge(page, 0, 2)).toHaveText('2');
  await expect(panel(page).locator('.calc-title')).toContainText('Input x[0, 0, 1]');
  // No bias has been added yet, and the panel does not pretend it has.
  await expect(panel(page)).not.toContainText('bias');

  // The last step adds the bias: the output then equals the gather's finished output.
  await page.getByRole('button', { name: 'Jump to the end' }).click();
  await expect(stepText(page)).toHaveText('step 37 of 37');
  await expect(panel(page).locator('.calc-title')).toHaveText('Every stamp is in. Last step: each output channel adds its bias to all its cells.');
  const scattered = await outputValues(page);
  await page.goto('/#/conv-transpose2d?view=gather');
  await page.getByRole('button', { name: 'Jump to the end' }).click();
  expect(await outputValues(page)).toEqual(scattered);
  expect(problems).toEqual([]);
});

test('a link’s step counts in its view’s timeline; a new view starts at its first step', async ({ page, problems }) => {
  await page.goto('/#/conv-transpose2d?view=scatter&step=10');
  await expect(stepText(page)).toHaveText('step 10 of 37');
  await expect(panel(page).locator('.calc-title')).toContainText('Input x[0, 0, 1]');
  await expect(grid(page, 'input, channel 0').locator('[data-r="0"][data-c="1"]')).toHaveClass(/cell-current/);
  await page.getByLabel('View').selectOption('gather');
  await expect(stepText(page)).toHaveText('step 1 of 250');
  await expect(page.getByTestId('play-order')).toHaveText(/^Playback follows the gather: one output cell at a time/);
  await page.getByLabel('View').selectOption('both');
  await expect(page.getByTestId('play-order')).toContainText('the scatter side lights the input cells whose stamps reach that cell');
  expect(problems).toEqual([]);
});

test('the gather panel shows a partial sum as partial, and the bias only when it is added', async ({ page, problems }) => {
  await page.goto('/#/conv-transpose2d?view=gather');
  const total = page.getByTestId('gather-total');
  await expect(total).toHaveText(/^partial sum so far \(1 of 9 multiplies\): −?\d+$/);
  await expect(panel(page)).not.toContainText('bias');
  await page.getByRole('button', { name: 'Next output cell' }).click();
  // Cell (0, 0, 0) is complete: the products' sum + bias = the value in the output cell.
  const value = await cellValue(page, 'output, channel 0', 0, 0);
  await expect(total).toHaveText(new RegExp(`^sum of the products −?\\d+ \\+ bias \\(?−?\\d+\\)? = ${String(value).replace('-', '−')}$`));
  const [, sum, bias] = (await total.textContent())!.replace(/−/g, '-').match(/products (-?\d+) \+ bias \(?(-?\d+)\)?/)!;
  expect(Number(sum) + Number(bias)).toBe(value);
  expect(problems).toEqual([]);
});

test('button names, shortcuts and counts say what the scene steps by, with correct plurals', async ({ page, problems }) => {
  await page.goto('/#/conv-transpose2d?view=scatter');
  await expect(page.getByRole('button', { name: 'Next output cell' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Next multiply' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Next product of the stamp' })).toHaveAttribute('title', 'Next product of the stamp');
  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  await expect(page.getByRole('dialog')).toContainText('Previous / next input cell (stamp)');
  await page.keyboard.press('Escape');
  // The corner receives one stamp, the centre four (2×2 input, stride 2).
  await grid(page, 'output, channel 0').locator('[data-r="0"][data-c="0"]').hover();
  await expect(panel(page).locator('.calc-title')).toHaveText('out[0, 0, 0] receives 1 stamp:');
  await grid(page, 'output, channel 0').locator('[data-r="2"][data-c="2"]').hover();
  await expect(panel(page).locator('.calc-title')).toHaveText('out[0, 2, 2] receives 4 stamps:');
  await expect(panel(page).locator('li')).toHaveCount(4);
  // Gather: the grid's corner is padding used by one multiply only.
  await page.goto('/#/conv-transpose2d?view=gather');
  await grid(page, 'gather grid, channel 0').locator('[data-r="0"][data-c="0"]').hover();
  await expect(panel(page)).toContainText('Gather cell (0, 0) is padding (a zero): it is used by 1 multiply, which adds 0.');
  expect(problems).toEqual([]);
});

test('Chinese: the scatter panel, the playback order and the buttons are in Chinese', async ({ page, problems }) => {
  await page.goto('/#/conv-transpose2d?view=scatter&lang=zh');
  await expect(page.getByTestId('play-order')).toHaveText(/^播放按散布的顺序/);
  await expect(panel(page).locator('.calc-title')).toHaveText(/^输入 x\[0, 0, 0\] = −?\d+ 把卷积核 0 乘以/);
  await expect(page.getByRole('button', { name: '下一个输入单元（印章）' })).toBeVisible();
  await grid(page, '输出，通道 0').locator('[data-r="2"][data-c="2"]').hover();
  await expect(panel(page).locator('.calc-title')).toHaveText('out[0, 2, 2] 收到 4 个印章：');
  expect(problems).toEqual([]);
});

test('on a phone the explanation follows the picture, before the playback bar and the controls', async ({ page, problems }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/#/conv-transpose2d?view=scatter&step=14');
  const top = async (selector: string) => (await page.locator(selector).first().boundingBox())!.y;
  const explain = await top('.calc');
  expect(explain).toBeGreaterThan(await top('.shared-stageOutputs'));
  expect(explain).toBeLessThan(await top('.playback'));
  expect(explain).toBeLessThan(await top('form.controls'));
  expect(problems).toEqual([]);
});

for (const theme of ['light', 'dark', 'projector']) {
  test(`axe: the scatter and gather panels mid-playback, ${theme} theme, en and zh, wide and phone: no violations`, async ({ page, problems }) => {
    test.setTimeout(90_000);
    const found: string[] = [];
    for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
      await page.setViewportSize(viewport);
      for (const [lang, view] of [['en', 'view=scatter&step=14'], ['zh', 'view=gather&step=5'], ['zh', 'view=scatter&step=37']]) {
        await page.goto('about:blank');
        await page.goto(`/#/conv-transpose2d?${view}&theme=${theme}&lang=${lang}`);
        await expect(panel(page).locator('.calc-title')).toBeVisible();
        const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
        for (const v of result.violations) for (const n of v.nodes) found.push(`${viewport.width} ${lang} ${view}: ${v.id} ${n.target.join(' ')}`);
      }
    }
    expect(found, found.join('\n')).toEqual([]);
    expect(problems).toEqual([]);
  });
}
