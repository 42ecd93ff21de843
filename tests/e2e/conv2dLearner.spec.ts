import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/**
 * What a learner hit in the conv2d scene (issue 13): clipped grids, a running sum that read as wrong
 * arithmetic, the phone layout, unexplained controls, unnamed boxes, term chips that lit nothing,
 * "next output cell" that stayed on the cell, plurals and English left in Chinese.
 */

const outputCell = (page: Page, o: number, r: number, c: number) =>
  page.getByRole('img', { name: new RegExp(`^output, channel ${o},`) }).locator(`[data-r="${r}"][data-c="${c}"]`);
const inputCell = (page: Page, ch: number, r: number, c: number) =>
  page.getByRole('img', { name: new RegExp(`^input, channel ${ch},`) }).locator(`[data-r="${r}"][data-c="${c}"]`);
const kernelCell = (page: Page, o: number, i: number, r: number, c: number) =>
  page.getByRole('img', { name: new RegExp(`^kernel ${o}, slice ${i},`) }).locator(`[data-r="${r}"][data-c="${c}"]`);

/**
 * Every drawn cell, scrolled into view inside its scrolling boxes (as a learner would scroll), must then
 * lie inside the viewport with nothing on top of it (not the side panel, not the playback bar); and every
 * computed cell must show its number at 10 px or more. Returns the cells that fail, as readable lines.
 */
async function unreachableCells(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const bad: string[] = [];
    const cells = [...document.querySelectorAll<SVGGElement>('.scene .grid [data-r]')];
    for (const cell of cells) {
      const where = `${cell.closest('svg')?.getAttribute('aria-label')} (${cell.dataset.r}, ${cell.dataset.c})`;
      cell.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: 'instant' });
      const r = cell.getBoundingClientRect();
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      if (r.width < 1 || x < 0 || y < 0 || x > innerWidth || y > innerHeight) {
        bad.push(`${where}: outside the viewport at ${Math.round(x)}, ${Math.round(y)}`);
        continue;
      }
      const hit = document.elementFromPoint(x, y);
      if (!hit || !cell.contains(hit)) bad.push(`${where}: covered by ${hit?.className || hit?.tagName}`);
      const text = cell.querySelector('text');
      if (!cell.classList.contains('cell-empty') && (!text || Number(text.getAttribute('font-size')) < 10)) bad.push(`${where}: no readable number`);
    }
    return cells.length === 0 ? ['no cells drawn'] : bad;
  });
}

for (const hash of ['#/conv2d?size=6&kernel_size=6&in_channels=8&out_channels=8', '#/conv2d?in_channels=8&out_channels=8&groups=4']) {
  for (const viewport of [{ width: 1366, height: 900 }, { width: 1920, height: 1080 }]) {
    test(`${viewport.width}×${viewport.height} ${hash}: every cell can be scrolled to, uncovered, with its number`, async ({ page, problems }) => {
      await page.setViewportSize(viewport);
      await page.goto(`/${hash}`);
      await expect(page.getByTestId('output-shape')).toBeVisible();
      // At the end every output is computed and shows its value too.
      await page.keyboard.press('End');
      await expect(page.locator('.calc-title')).not.toContainText('…');
      expect(await unreachableCells(page)).toEqual([]);
      expect(problems).toEqual([]);
    });
  }
}

test('the running sum is partial until the bias is added, and says so', async ({ page, problems }) => {
  await page.goto('/#/conv2d');
  const total = page.locator('.calc-total');
  await expect(total).toHaveText(/^partial sum so far \(1 of 9 multiplies\): -?\d+$/);
  await expect(total).not.toContainText('bias');
  await expect(page.locator('.calc-channel .conv2d-partial')).toContainText('so far');
  // Eight more multiplies complete the window; the ninth step adds the bias and writes the value.
  for (let i = 0; i < 9; i++) await page.keyboard.press('Shift+ArrowRight');
  await expect(total).toContainText('+ bias');
  const value = await outputCell(page, 0, 0, 0).textContent();
  await expect(total).toHaveText(new RegExp(`= ${value?.replace('-', '\\-')}$`));
  await expect(page.locator('.calc-channel .conv2d-partial')).not.toContainText('so far');
  expect(problems).toEqual([]);
});

test('pointing at a term chip lights its input and weight cells', async ({ page, problems }) => {
  await page.goto('/#/conv2d');
  await expect(inputCell(page, 0, 0, 0)).toHaveClass(/cell-current/);
  // Term 4 of output (0, 0) with a 3×3 kernel: kernel row 1, column 1, on input (1, 1).
  await page.locator('.calc .term').nth(4).hover();
  await expect(inputCell(page, 0, 1, 1)).toHaveClass(/cell-current/);
  await expect(kernelCell(page, 0, 0, 1, 1)).toHaveClass(/cell-current/);
  await expect(inputCell(page, 0, 0, 0)).not.toHaveClass(/cell-current/);
  await expect(page.locator('.calc .term').nth(4)).toHaveClass(/conv2d-pointed/);
  expect(problems).toEqual([]);
});

test('"next output cell" from the first step goes to the start of the next cell', async ({ page, problems }) => {
  await page.goto('/#/conv2d');
  await page.getByRole('button', { name: 'Next output cell' }).click();
  await expect(page.locator('.calc-title')).toContainText('output[0, 0, 1] = …');
  await expect(outputCell(page, 0, 0, 0).locator('text')).toHaveCount(1);
  await page.getByRole('button', { name: 'Previous output cell' }).click();
  await expect(page.locator('.calc-title')).toContainText('output[0, 0, 0] = …');
  expect(problems).toEqual([]);
});

test('controls: H and W boxes are named with their parameter; stride, padding and dilation are defined', async ({ page, problems }) => {
  await page.goto('/#/conv2d?padding=1');
  await expect(page.getByRole('spinbutton', { name: 'size: height', exact: true })).toHaveValue('5');
  await expect(page.getByRole('spinbutton', { name: 'kernel_size: width' })).toHaveValue('3');
  await expect(page.getByRole('spinbutton', { name: 'stride: height' })).toHaveAccessibleDescription(/^Cells the kernel moves per step\.$/);
  await expect(page.getByRole('spinbutton', { name: 'padding: width' })).toHaveAccessibleDescription(/^Zeros added around the border\.$/);
  await expect(page.getByRole('spinbutton', { name: 'dilation: height' })).toHaveAccessibleDescription(/^Spacing between the kernel’s taps\.$/);
  await expect(page.getByText('Cells the kernel moves per step.')).toBeVisible();
  await page.goto('about:blank');
  await page.goto('/#/conv2d?padding=1&lang=zh');
  await expect(page.getByRole('spinbutton', { name: 'stride：高' })).toHaveAccessibleDescription(/卷积核每步移动的单元数/);
  await expect(page.getByText('在输入边缘四周补的零。')).toBeVisible();
  expect(problems).toEqual([]);
});

test('grids number their rows and columns, padding as −1 and past the end', async ({ page, problems }) => {
  await page.goto('/#/conv2d?padding=1');
  const input = page.getByRole('img', { name: /^input, channel 0,/ });
  // 5 columns plus one padding column each side, likewise rows: −1 … 5 twice.
  await expect(input.locator('.grid-index')).toHaveText([...['−1', '0', '1', '2', '3', '4', '5'], ...['−1', '0', '1', '2', '3', '4', '5']]);
  await expect(input.locator('.grid-index-pad')).toHaveCount(4);
  await expect(page.getByRole('img', { name: /^kernel 0, slice 0,/ }).locator('.grid-index')).toHaveText(['0', '1', '2', '0', '1', '2']);
  await expect(page.getByRole('img', { name: /^output, channel 0,/ }).locator('.grid-index')).toHaveText([...['0', '1', '2', '3', '4'], ...['0', '1', '2', '3', '4']]);
  expect(problems).toEqual([]);
});

test('counts agree with their number: 1 output cell, 1 multiply', async ({ page, problems }) => {
  await page.goto('/#/conv2d?size=3');
  await expect(page.getByText('1 output cell × 9 multiplies each')).toBeVisible();
  await page.goto('about:blank');
  await page.goto('/#/conv2d?size=1&kernel_size=1');
  await inputCell(page, 0, 0, 0).hover();
  await expect(page.locator('.calc')).toContainText('is used by 1 multiply:');
  expect(problems).toEqual([]);
});

test('Chinese: the explanation header, the output size labels and the code comments are in Chinese', async ({ page, problems }) => {
  await page.goto('/#/conv2d?lang=zh');
  await expect(page.locator('.calc-title')).toContainText('输出 output[0, 0, 0]');
  const shape = page.getByRole('region', { name: '输出形状' });
  await expect(shape).toContainText('输出高度 = ⌊(5 + 2·0 − 1·(3 − 1) − 1) / 1⌋ + 1');
  await expect(shape).toContainText('输出宽度 =');
  await expect(shape.locator('sub')).toHaveCount(0);
  const code = page.locator('pre.code');
  await expect(code).toContainText('# (N, C, H, W)：批量、通道、高、宽');
  await expect(code).toContainText('# 输出形状 (1, 1, 3, 3)');
  await expect(code).toContainText('# 共 10 个参数');
  await expect(code).toContainText('nn.Conv2d(in_channels=1, out_channels=1, kernel_size=3)');
  expect(problems).toEqual([]);
});

test('phone 390×844: parameters fold above the picture; pair boxes do not overlap; labels are not a word per line', async ({ page, problems }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/#/conv2d?size=7&stride=2&padding=1');
  const fold = page.locator('.controls-fold > summary');
  await expect(fold).toContainText('stride 2×2');
  const firstGrid = page.locator('.scene .grid').first();
  expect((await fold.boundingBox())!.y).toBeLessThan((await firstGrid.boundingBox())!.y);
  await fold.click();
  const overlaps = await page.evaluate(() =>
    [...document.querySelectorAll('.pair-field')].flatMap((pair) => {
      const boxes = [...pair.querySelectorAll('input, .pair-times')].map((e) => e.getBoundingClientRect());
      return boxes.slice(1).flatMap((b, i) => (b.left < boxes[i].right - 0.5 ? [`${pair.querySelector('legend')?.textContent}: box ${i + 1} overlaps ${i}`] : []));
    }),
  );
  expect(overlaps).toEqual([]);
  const tall = await page.evaluate(() =>
    [...document.querySelectorAll('.controls label, .controls legend')]
      .filter((l) => l.getBoundingClientRect().height > 2.6 * parseFloat(getComputedStyle(l).lineHeight || '16') && l.getBoundingClientRect().height > 0)
      .map((l) => l.textContent),
  );
  expect(tall).toEqual([]);
  expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(390);
  expect(problems).toEqual([]);
});

test('phone 390×844: a tapped output cell is explained in a sheet on screen, the cell stays visible', async ({ page, problems }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/#/conv2d?size=7&stride=2&padding=1');
  await expect(page.getByTestId('output-shape')).toBeAttached();
  await page.keyboard.press('End');
  const cell = outputCell(page, 0, 3, 3);
  await cell.scrollIntoViewIfNeeded();
  await cell.click();
  const sheet = page.getByRole('region', { name: 'Explanation of the pinned cell' });
  await expect(sheet).toContainText('output[0, 3, 3] =');
  await expect(sheet).toBeInViewport({ ratio: 1 });
  await expect(cell).toBeInViewport({ ratio: 1 });
  const sheetTop = (await sheet.boundingBox())!.y;
  expect((await cell.boundingBox())!.y + (await cell.boundingBox())!.height).toBeLessThanOrEqual(sheetTop);
  // The value in the sheet is the tapped cell's value; Close unpins and the sheet goes.
  await expect(sheet.locator('.calc-value')).toHaveText((await cell.textContent())!);
  await sheet.getByRole('button', { name: 'Close' }).click();
  await expect(sheet).toHaveCount(0);
  expect(problems).toEqual([]);
});
