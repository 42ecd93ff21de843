import { expect, test } from './fixtures.ts';

test('the link builds the stack; the table and the focused cell show r, S and P', async ({ page, problems }) => {
  await page.goto('/#/receptive-field?size=32x32&layers=conv:k3:s1:d2,pool:k2:s2');
  const table = page.getByRole('region', { name: 'Receptive field per layer' });
  await expect(table.getByRole('row')).toHaveCount(4);
  await expect(table.getByRole('row').nth(2)).toContainText('28×28');
  await expect(table.getByRole('row').nth(2)).toContainText('5');
  await expect(table.getByRole('row').nth(3)).toContainText('14×14');
  await expect(table.getByRole('row').nth(3)).toContainText('6');
  expect(problems).toEqual([]);
});

test('presets reproduce 5, 7, 15 and 27, with weights 18 vs 25', async ({ page, problems }) => {
  await page.goto('/#/receptive-field');
  await expect(page.getByTestId('rf-summary')).toContainText('It sees 25 input cells (receptive field 5×5');
  await expect(page.getByTestId('rf-weights')).toContainText('This stack of convolutions: 18. One convolution that sees the same 5×5 field at once: 25.');
  for (const [name, r] of [['Three 3×3 = one 7×7', '7×7'], ['Dilations 1, 2, 4 → 15', '15×15'], ['(7,2) (3,2) (3,1) (3,1) → 27', '27×27']]) {
    await page.getByRole('button', { name }).click();
    await expect(page.getByTestId('rf-summary')).toContainText(`receptive field ${r}`);
  }
  await expect(page).toHaveURL(/layers=conv%3Ak7%3As2%2Cconv%3Ak3%3As2%2Cconv%3Ak3%2Cconv%3Ak3|layers=conv:k7:s2,conv:k3:s2,conv:k3,conv:k3/);
  expect(problems).toEqual([]);
});

test('hovering a cell lights its field below, shaded by path count; the centre of two 3×3 has 9 paths', async ({ page, problems }) => {
  await page.goto('/#/receptive-field?size=9');
  const input = page.getByRole('img', { name: /^Input,/ });
  await page.getByRole('img', { name: /^layer 2: conv 3×3,/ }).locator('[data-r="0"][data-c="0"]').hover();
  await expect(page.getByTestId('rf-summary')).toContainText('It sees 25 input cells');
  await expect(input.locator('[data-r="2"][data-c="2"] text')).toHaveText('9');
  await expect(input.locator('[data-r="0"][data-c="0"] text')).toHaveText('1');
  await page.getByRole('img', { name: /^layer 1: conv 3×3,/ }).locator('[data-r="3"][data-c="3"]').click();
  await expect(page.getByTestId('rf-summary')).toContainText('It sees 9 input cells');
  await expect(page.getByText('Pinned. Press Escape or click again to unpin.')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByText('Pinned. Press Escape or click again to unpin.')).toHaveCount(0);
  // Unpinned and the pointer gone: the focus returns to the centre of the top layer.
  await page.mouse.move(1, 1);
  await expect(page.getByTestId('rf-summary')).toContainText('It sees 25 input cells');
  expect(problems).toEqual([]);
});

test('layers can be added and removed; a layer that cannot fit is explained', async ({ page, problems }) => {
  await page.goto('/#/receptive-field?size=6');
  await page.getByRole('button', { name: 'Add a layer' }).click();
  await page.getByRole('button', { name: 'Add a layer' }).click();
  await expect(page.getByRole('alert')).toContainText('Layer 3 cannot run: its kernel spans 3 cells but its padded input is only 2.');
  // Layers 3 and 4 both fail on a 2×2 map; after removing both the stack works again.
  await page.getByRole('button', { name: 'Remove layer 3' }).click();
  await expect(page.getByRole('alert')).toContainText('Layer 3 cannot run');
  await page.getByRole('button', { name: 'Remove layer 3' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.getByLabel('Language').selectOption('zh');
  await expect(page.getByRole('region', { name: '各层的感受野' })).toBeVisible();
  expect(problems).toEqual([]);
});

test('the table’s r, S, P and the layer fields k, s, p, d are defined on the page, in English and Chinese', async ({ page, problems }) => {
  await page.goto('/#/receptive-field?layers=conv:k3,pool:k2');
  await expect(page.getByTestId('rf-fields-legend')).toContainText('k = kernel_size');
  await expect(page.getByTestId('rf-fields-legend')).toContainText('d = dilation');
  const table = page.getByRole('region', { name: 'Receptive field per layer' });
  await expect(table.locator('abbr', { hasText: /^P$/ })).toHaveAttribute('title', /effective padding/);
  await expect(table.locator('abbr', { hasText: /^S$/ })).toHaveAttribute('title', /effective stride/);
  await expect(page.getByTestId('rf-legend')).toContainText('P = effective padding');
  await expect(table.getByRole('row').nth(2)).toContainText('conv k3 s1 p0 d1');
  // Each field shows its letter next to it.
  await expect(page.getByRole('list', { name: 'Layers', exact: true }).getByRole('listitem').first().locator('.receptiveField-letter')).toHaveText(['k', 's', 'p', 'd']);
  await page.getByLabel('Language').selectOption('zh');
  const zhTable = page.getByRole('region', { name: '各层的感受野' });
  await expect(page.getByTestId('rf-fields-legend')).toContainText('k = kernel_size（卷积核大小');
  await expect(page.getByTestId('rf-legend')).toContainText('P = 等效填充');
  await expect(zhTable.locator('abbr', { hasText: /^P$/ })).toHaveAttribute('title', /^等效填充/);
  await expect(zhTable.getByRole('row').nth(2)).toContainText('卷积 k3 s1 p0 d1');
  await expect(zhTable.getByRole('row').nth(3)).toContainText('池化 k2 s2 p0 d1');
  await expect(page.locator('main')).not.toContainText('conv k3');
  await expect(page.locator('main')).not.toContainText('k · s · p · d');
  expect(problems).toEqual([]);
});

for (const size of [{ width: 1366, height: 900 }, { width: 390, height: 844 }]) {
  for (const lang of ['en', 'zh']) {
    test(`every layer’s title and grid show in full at ${size.width}×${size.height} (${lang})`, async ({ page, problems }) => {
      await page.setViewportSize(size);
      // The (7,2) (3,2) (3,1) (3,1) stack: the top grids are small and their titles longer than them.
      await page.goto(`/#/receptive-field?size=32x32&layers=conv:k7:s2:p3,conv:k3:s2:p1,conv:k3:p1,conv:k3:p1&lang=${lang}`);
      await expect(page.locator('.receptiveField-stage figure')).toHaveCount(5);
      const clipped = await page.locator('.receptiveField-stage').evaluate((stage) => {
        const box = stage.closest('.stage-box')!.getBoundingClientRect();
        const bad: string[] = [];
        for (const fig of stage.querySelectorAll('figure')) {
          for (const el of [fig.querySelector('figcaption')!, fig.querySelector('svg')!]) {
            const r = el.getBoundingClientRect();
            if (r.left < box.left - 0.5 || r.right > box.right + 0.5) bad.push(`${fig.textContent}: ${el.tagName} ${r.left}–${r.right} outside ${box.left}–${box.right}`);
            if (el.scrollWidth > el.clientWidth + 1) bad.push(`${fig.textContent}: ${el.tagName} overflows itself`);
          }
        }
        return bad;
      });
      expect(clipped).toEqual([]);
      const last = page.locator('.receptiveField-stage figcaption').last();
      await expect(last).toHaveText(lang === 'en' ? /^layer 4: conv 3×3/ : /^第 4 层：卷积 3×3/);
      expect(problems).toEqual([]);
    });
  }
}
