import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const stepText = (page: Page) => page.locator('.step-count');
const grid = (page: Page, name: string) => page.getByRole('img', { name: new RegExp(`^${name},`) });

test('2×2, k=3, s=2 → 5×5 opens with both views, its formula and code', async ({ page, problems }) => {
  await page.goto('/#/conv-transpose2d');
  await expect(page.getByTestId('output-shape')).toHaveText('[1, 2, 2] → [1, 5, 5]');
  await expect(page.getByText('(2 − 1)·2 − 2·0 + 1·(3 − 1) + 0 + 1').first()).toBeVisible();
  await expect(page.locator('pre.code')).toContainText('nn.ConvTranspose2d(in_channels=1, out_channels=1, kernel_size=3, stride=2)');
  await expect(grid(page, 'gather grid, channel 0')).toBeVisible();
  await expect(grid(page, 'input, channel 0')).toBeVisible();
  // Inserted zeros and padding are drawn distinctly in the 7×7 gather grid: 4 inputs, 5 inserted zeros, 40 padding.
  const g = grid(page, 'gather grid, channel 0');
  await expect(g.locator('.cell-inserted')).toHaveCount(5);
  await expect(g.locator('.cell-pad')).toHaveCount(40);
  expect(problems).toEqual([]);
});

test('stepping moves both views to the same output cell', async ({ page, problems }) => {
  await page.goto('/#/conv-transpose2d');
  await expect(stepText(page)).toHaveText('step 1 of 250');
  for (let i = 0; i < 13; i++) await page.keyboard.press('ArrowRight');
  await expect(stepText(page)).toHaveText('step 130 of 250');
  // Cell 12 of 25 is output (0, 2, 2): the current cell in the shared output, the window in the gather grid.
  const out = grid(page, 'output, channel 0');
  await expect(out.locator('.cell-current')).toHaveAttribute('data-r', '2');
  await expect(out.locator('.cell-current')).toHaveAttribute('data-c', '2');
  await expect(page.locator('.calc-title')).toContainText('output[0, 2, 2] =');
  // The centre receives stamps from all four input cells.
  await expect(grid(page, 'input, channel 0').locator('.cell-window, .cell-current')).toHaveCount(4);
  await expect(out.locator('[data-r="2"][data-c="2"] .badge-count')).toHaveText('4');
  expect(problems).toEqual([]);
});

test('hovering an input cell in the scatter view shows its stamp on the output', async ({ page, problems }) => {
  await page.goto('/#/conv-transpose2d');
  await grid(page, 'input, channel 0').locator('[data-r="1"][data-c="1"]').hover();
  await expect(grid(page, 'output, channel 0').locator('.cell-linked')).toHaveCount(9);
  await expect(page.locator('.grid-stamp')).toHaveCount(1);
  expect(problems).toEqual([]);
});

test('an output_padding PyTorch rejects is explained in place; the undo panel picks a valid one', async ({ page, problems }) => {
  await page.goto('/#/conv-transpose2d?size=3&padding=1&output_padding=2');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('output_padding=2 in height must be smaller than stride=2 or dilation=1');
  await page.getByRole('button', { name: '6 (output_padding=1)' }).first().click();
  await page.getByRole('button', { name: '6 (output_padding=1)' }).last().click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByTestId('output-shape')).toHaveText('[1, 3, 3] → [1, 6, 6]');
  expect(problems).toEqual([]);
});

test('“undo this convolution” from conv2d restores the shape, not the values', async ({ page, problems }) => {
  await page.goto('/#/conv2d?stride=2&in_channels=2&out_channels=3');
  await page.getByRole('link', { name: 'Undo this convolution (transposed)' }).click();
  // size=2, k=3, s=2 and output_padding=0 are the scene defaults, so the link names only the channels.
  await expect(page).toHaveURL(/#\/conv-transpose2d\?in_channels=3&out_channels=2$/);
  await expect(page.getByTestId('output-shape')).toHaveText('[3, 2, 2] → [2, 5, 5]');
  const undo = page.getByRole('region', { name: 'Undo a convolution?' });
  await expect(undo).toContainText('It restores the shape, not the values');
  await expect(undo.getByRole('img')).toHaveCount(3);
  expect(problems).toEqual([]);
});

test('Chinese and the projector at 1920×1080: the default scene fits without scrolling', async ({ page, problems }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/#/conv-transpose2d?lang=zh&theme=projector');
  await expect(page.getByRole('heading', { name: /收集：在输入单元之间插入/ })).toBeVisible();
  const fits = await page.evaluate(() => {
    const stage = document.querySelector('.stage-box') as HTMLElement;
    return stage.scrollHeight <= stage.clientHeight + 1 && stage.scrollWidth <= stage.clientWidth + 1 && document.scrollingElement!.scrollHeight <= innerHeight;
  });
  expect(fits).toBe(true);
  expect(problems).toEqual([]);
});

test('stride, padding, output_padding and dilation are defined at their controls, in both languages', async ({ page, problems }) => {
  await page.goto('/#/conv-transpose2d');
  await expect(page.getByRole('spinbutton', { name: 'stride: height' })).toHaveAccessibleDescription(/stride − 1 zeros between inputs/);
  await expect(page.getByRole('spinbutton', { name: 'padding: width', exact: true })).toHaveAccessibleDescription(/^Cells cropped from each border of the full output\.$/);
  await expect(page.getByRole('spinbutton', { name: 'output_padding: height' })).toHaveAccessibleDescription(/picks one of the possible sizes/);
  await expect(page.getByText('Spacing between the kernel’s taps.')).toBeVisible();
  await page.goto('about:blank');
  await page.goto('/#/conv-transpose2d?lang=zh');
  await expect(page.getByText('从完整输出的每条边裁掉的单元数。')).toBeVisible();
  expect(problems).toEqual([]);
});
