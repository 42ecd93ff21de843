import { expect, test } from './fixtures.ts';

test('the three steps: squeeze shows each channel’s mean, excite its weight, scale multiplies the channel', async ({ page, problems }) => {
  await page.goto('/#/squeeze-excite?channels=4&reduction=2&size=2');
  await expect(page.locator('.step-count')).toHaveText('step 1 of 4');
  const cells = await page.getByRole('img', { name: /^channel 0,/ }).locator('text').allTextContents();
  const mean = cells.map(Number).reduce((a, b) => a + b, 0) / cells.length;
  await page.keyboard.press('Shift+ArrowRight');
  await expect(page.getByRole('listitem').filter({ hasText: '2 · squeeze' })).toHaveAttribute('aria-current', 'step');
  await expect(page.getByTestId('se-mean-0')).toContainText(String(Math.round(mean * 100) / 100));
  await page.keyboard.press('End');
  const weight = Number((await page.getByTestId('se-weight-0').locator('strong').textContent()) ?? 'NaN');
  expect(weight).toBeGreaterThan(0);
  expect(weight).toBeLessThan(1);
  const scaled = await page.getByRole('img', { name: new RegExp(`^channel 0 × ${weight},`) }).locator('text').allTextContents();
  expect(Number(scaled[0])).toBeCloseTo(Number(cells[0]) * weight, 0);
  await expect(page.getByTestId('se-param-count')).toContainText('2 × 4 × 2 + 2 + 4 = 22');
  expect(problems).toEqual([]);
});

test('hovering a channel explains what multiplies it; an impossible reduction is explained', async ({ page, problems }) => {
  await page.goto('/#/squeeze-excite');
  await page.locator('.squeezeExcite-channel').nth(3).hover();
  await expect(page.getByTestId('se-explain')).toContainText('Channel 3: its mean');
  await page.getByLabel('Reduction r · reduction').fill('9');
  await expect(page.getByRole('alert')).toContainText('reduction=9 is larger than channels=8');
  await page.getByLabel('Language').selectOption('zh');
  await expect(page.getByRole('alert')).toContainText('reduction=9 大于 channels=8');
  expect(problems).toEqual([]);
});

test('SENet’s C=256, r=16: 8,464 parameters with biases, 8,192 without; channels 0–7 drawn and said so, in English and Chinese', async ({ page, problems }) => {
  await page.goto('/#/squeeze-excite?channels=256&reduction=16');
  await expect(page.getByTestId('se-param-count')).toContainText('2 × 256 × 16 + 16 + 256 = 8,464');
  await expect(page.getByTestId('se-param-both')).toContainText('8,192 weights with bias=False, 8,464 with bias=True');
  await expect(page.getByTestId('se-drawn')).toHaveText('Channels 0–7 of 256 drawn; all 256 counted.');
  await expect(page.locator('.squeezeExcite-channel')).toHaveCount(8);
  await expect(page.getByLabel('Channels · channels')).toHaveValue('256');
  // Step 0: no bars yet, but the chart's frame is there: heads, axes, channel labels, what is not drawn.
  const chart = page.getByRole('img', { name: 'squeeze → FC → ReLU → FC → sigmoid' });
  await expect(chart.locator('.squeezeExcite-chartAxis line')).toHaveCount(6);
  await expect(chart.locator('text', { hasText: '+ 248 more' })).toHaveCount(2);
  const box = await chart.boundingBox();
  expect(box?.height ?? 0).toBeGreaterThan(100);
  await page.keyboard.press('End');
  await expect(page.getByTestId('se-spread')).toContainText('All 256 weights: min 0.');
  await page.getByLabel('Language').selectOption('zh');
  await expect(page.getByTestId('se-drawn')).toHaveText('绘出第 0–7 个通道（共 256 个）；全部 256 个都计入。');
  await expect(page.getByTestId('se-param-both')).toContainText('bias=False 时 8,192 个权重，bias=True 时共 8,464 个。');
  expect(problems).toEqual([]);
});

test('2,048 channels, r=1 (8,392,704 parameters) opens on a phone, nothing overflows, playback reaches the end', async ({ page, problems }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/#/');
  await page.goto('/#/squeeze-excite?channels=2048&reduction=1&size=8&lang=zh');
  await expect(page.getByTestId('se-param-count')).toContainText('= 8,392,704');
  await expect(page.getByTestId('se-drawn')).toContainText('共 2,048 个');
  expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(390);
  await page.keyboard.press('End');
  await expect(page.locator('.step-count')).toContainText('4');
  await expect(page.getByTestId('se-spread')).toContainText('全部 2,048 个权重');
  expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(390);
  expect(problems).toEqual([]);
});

test('a map is titled with its weight only once the weight exists, and filled with scaled values only at step 4', async ({ page, problems }) => {
  await page.goto('/#/squeeze-excite?channels=4&reduction=2&size=2&step=2');
  await expect(page.getByRole('listitem').filter({ hasText: '2 · squeeze' })).toHaveAttribute('aria-current', 'step');
  const out0 = page.locator('.squeezeExcite-channel').first().locator('figure').nth(1);
  // Steps 1–2: no weight yet, so no number in the title and no values in the output map.
  await expect(out0.locator('figcaption')).toHaveText(/^channel 0 × \? \(its weight comes at step 3\)/);
  await expect(out0.locator('text')).toHaveCount(0);
  await expect(page.getByTestId('se-weight-0').locator('strong')).toHaveText('–');
  await page.getByRole('button', { name: 'Next step' }).click();
  // Step 3: the excitation has run, the weight is known, the map is not multiplied yet.
  const weight = (await page.getByTestId('se-weight-0').locator('strong').textContent()) ?? 'missing';
  expect(Number(weight)).toBeGreaterThan(0);
  await expect(out0.locator('figcaption')).toHaveText(new RegExp(`^channel 0 × ${weight} \\(multiplied at step 4\\)`));
  await expect(out0.locator('text')).toHaveCount(0);
  await page.getByRole('button', { name: 'Next step' }).click();
  await expect(out0.locator('figcaption')).toHaveText(new RegExp(`^channel 0 × ${weight} 2×2$`));
  await expect(out0.locator('text')).toHaveCount(4);
  expect(problems).toEqual([]);
});

for (const theme of ['light', 'dark', 'projector'] as const) {
  test(`step 4 in the ${theme} theme: no map is faded, every scaled number reads at 4.5:1, each weight is a bar of its length`, async ({ page, problems }) => {
    await page.goto(`/#/squeeze-excite?step=4&theme=${theme}`);
    await expect(page.locator('.squeezeExcite-channel')).toHaveCount(8);
    const report = await page.locator('.squeezeExcite-channels').evaluate((list) => {
      const lum = (css: string) => {
        const [r, g, b] = (css.match(/[\d.]+/g) ?? ['0', '0', '0']).slice(0, 3).map((v) => {
          const c = Number(v) / 255;
          return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const contrast = (a: string, b: string) => {
        const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
        return (x + 0.05) / (y + 0.05);
      };
      const faded: string[] = [];
      for (const el of list.querySelectorAll('*')) if (Number(getComputedStyle(el).opacity) < 1) faded.push(el.tagName);
      const ratios = [...list.querySelectorAll('.squeezeExcite-channel figure:nth-of-type(2) .cell')].map((g) =>
        contrast(getComputedStyle(g.querySelector('text')!).fill, getComputedStyle(g.querySelector('rect')!).fill),
      );
      const bars = [...list.querySelectorAll('.squeezeExcite-channel')].map((li) => {
        const frame = li.querySelector('.squeezeExcite-barFrame')!.getBoundingClientRect().width - 2;
        return { bar: li.querySelector('.squeezeExcite-barFrame .squeezeExcite-bar')!.getBoundingClientRect().width / frame, weight: Number(li.querySelector('[data-testid^="se-weight"] strong')!.textContent) };
      });
      return { faded, min: Math.min(...ratios), cells: ratios.length, bars };
    });
    expect(report.faded).toEqual([]);
    expect(report.cells).toBe(8 * 16);
    expect(report.min).toBeGreaterThanOrEqual(4.5);
    for (const { bar, weight } of report.bars) expect(bar).toBeCloseTo(weight, 1);
    expect(problems).toEqual([]);
  });
}

test('in Chinese the excitation chart’s heads and name are Chinese around the names ReLU and sigmoid', async ({ page, problems }) => {
  await page.goto('/#/squeeze-excite?lang=zh&step=3');
  const chart = page.getByRole('img', { name: '挤压 → 全连接 → ReLU → 全连接 → sigmoid' });
  await expect(chart.locator('.squeezeExcite-chartHead')).toHaveText(['挤压（平均值）', '全连接 → ReLU', '全连接 → sigmoid']);
  await expect(chart).not.toContainText('squeeze');
  // The heads fit the chart: none runs past the right edge of its viewBox.
  const overflow = await chart.evaluate((svg) => {
    const w = (svg as SVGSVGElement).viewBox.baseVal.width;
    return [...svg.querySelectorAll('.squeezeExcite-chartHead')].map((t) => (t as SVGTextElement).getBBox()).filter((b) => b.x + b.width > w).length;
  });
  expect(overflow).toBe(0);
  await page.getByLabel('语言').selectOption('en');
  await expect(page.getByRole('img', { name: 'squeeze → FC → ReLU → FC → sigmoid' }).locator('.squeezeExcite-chartHead')).toHaveText(['squeeze (means)', 'FC → ReLU', 'FC → sigmoid']);
  expect(problems).toEqual([]);
});

test('on a phone and with 8×8 maps the scaled maps still print their values at 11 px or more', async ({ page, problems }) => {
  for (const [size, hash] of [[{ width: 390, height: 844 }, '#/squeeze-excite?step=4&lang=zh'], [{ width: 1366, height: 900 }, '#/squeeze-excite?step=4&size=8']] as const) {
    await page.setViewportSize(size);
    await page.goto(`/${hash}`);
    const out0 = page.locator('.squeezeExcite-channel').first().locator('figure').nth(1);
    const cells = hash.includes('size=8') ? 64 : 16;
    await expect(out0.locator('text')).toHaveCount(cells);
    const smallest = await out0.locator('text').evaluateAll((ts) => Math.min(...ts.map((t) => Number(t.getAttribute('font-size')))));
    expect(smallest).toBeGreaterThanOrEqual(11);
    expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(size.width);
  }
  expect(problems).toEqual([]);
});
