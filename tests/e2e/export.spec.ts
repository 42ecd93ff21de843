import type { Download, Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures.ts';

async function bytesOf(download: Download): Promise<Buffer> {
  const path = await download.path();
  return readFile(path);
}

/** Opens the link row's Export menu (a summary that unfolds the PNG, SVG and GIF buttons over the page). */
async function openExport(page: Page): Promise<void> {
  const summary = page.locator('summary', { hasText: /^(Export|导出)$/ });
  if ((await summary.locator('xpath=..').getAttribute('open')) === null) await summary.click();
}

async function exportAs(page: Page, name: 'PNG' | 'SVG' | 'GIF'): Promise<Download> {
  await openExport(page);
  const group = page.getByRole('group', { name: /^(Export|导出)/ });
  const [download] = await Promise.all([page.waitForEvent('download'), group.getByRole('button', { name, exact: true }).click()]);
  return download;
}

/** The frames of a GIF, counted by walking its blocks (header, screen, colour tables, extensions, images). */
function gifFrames(b: Buffer): number {
  let i = 6 + 7;
  if (b[10] & 0x80) i += 3 * 2 ** ((b[10] & 7) + 1);
  let frames = 0;
  const skipSubBlocks = () => {
    while (b[i] !== 0) i += b[i] + 1;
    i += 1;
  };
  while (i < b.length) {
    const kind = b[i];
    if (kind === 0x3b) return frames;
    if (kind === 0x21) {
      i += 2;
      skipSubBlocks();
    } else if (kind === 0x2c) {
      const flags = b[i + 9];
      i += 10;
      if (flags & 0x80) i += 3 * 2 ** ((flags & 7) + 1);
      i += 1;
      skipSubBlocks();
      frames += 1;
    } else {
      throw new Error(`GIF block 0x${kind.toString(16)} at ${i}`);
    }
  }
  throw new Error('GIF without trailer');
}

test('PNG of conv2d is named after its settings, a PNG twice the size of the picture', async ({ page, problems }) => {
  await page.goto('./#/conv2d?size=5&stride=2');
  const stage = page.getByRole('region', { name: 'Picture' });
  await expect(stage.locator('svg').first()).toBeVisible();
  const download = await exportAs(page, 'PNG');
  expect(download.suggestedFilename()).toBe('conv2d_size5_stride2.png');
  const png = await bytesOf(download);
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const box = await stage.evaluate((el) => ({ w: Math.ceil(Math.max(el.scrollWidth, el.getBoundingClientRect().width)), h: Math.ceil(Math.max(el.scrollHeight, el.getBoundingClientRect().height)) }));
  expect(png.readUInt32BE(16)).toBe(box.w * 2);
  expect(png.readUInt32BE(20)).toBe(box.h * 2);
  // Not a blank image: a flat PNG of this size compresses to far less.
  expect(png.length).toBeGreaterThan(10_000);
  expect(problems).toEqual([]);
});

test('SVG of conv2d parses, holds the grid numbers and resolves the theme variables', async ({ page, problems }) => {
  await page.goto('./#/conv2d?size=5&theme=dark');
  const stage = page.getByRole('region', { name: 'Picture' });
  await expect(stage.locator('svg text').first()).toBeVisible();
  const shown = (await stage.locator('svg text').allTextContents()).map((s) => s.trim()).filter((s) => /^[−-]?\d+(\.\d+)?$/.test(s));
  expect(shown.length).toBeGreaterThan(20);
  const download = await exportAs(page, 'SVG');
  expect(download.suggestedFilename()).toBe('conv2d_size5.svg');
  const text = (await bytesOf(download)).toString('utf8');
  const parsed = await page.evaluate((src) => {
    const doc = new DOMParser().parseFromString(src, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: doc.documentElement.nodeName,
      texts: [...doc.querySelectorAll('text')].map((t) => (t.textContent ?? '').trim()),
    };
  }, text);
  expect(parsed.error).toBeNull();
  expect(parsed.root).toBe('svg');
  for (const n of shown) expect(parsed.texts).toContain(n);
  expect(text).not.toContain('var(--');
  expect(problems).toEqual([]);
});

test('GIF of a four-step timeline has four frames, shows progress and puts the step back', async ({ page, problems }) => {
  await page.goto('./#/squeeze-excite?step=2');
  const steps = page.locator('.step-count');
  await expect(steps).toHaveText('step 2 of 4');
  const download = await exportAs(page, 'GIF');
  expect(download.suggestedFilename()).toBe('squeeze-excite.gif');
  const gif = await bytesOf(download);
  expect(gif.subarray(0, 6).toString('latin1')).toBe('GIF89a');
  expect(gifFrames(gif)).toBe(4);
  await expect(steps).toHaveText('step 2 of 4');
  await expect(page.getByRole('button', { name: 'GIF', exact: true })).toBeVisible();
  expect(problems).toEqual([]);
});

test('the export buttons and the GIF progress speak Chinese', async ({ page, problems }) => {
  await page.goto('./#/conv2d?lang=zh');
  await openExport(page);
  const group = page.getByRole('group', { name: '导出' });
  await expect(group.getByRole('button', { name: 'PNG', exact: true })).toHaveAttribute('title', '把图像下载为 PNG 图片');
  const downloaded = page.waitForEvent('download');
  await group.getByRole('button', { name: 'GIF', exact: true }).click();
  await expect(group.getByRole('progressbar', { name: /^正在生成 GIF：第 \d+ 帧，共 90 帧$/ })).toBeVisible();
  await expect(group.getByText(/^GIF \d+\/90$/)).toBeVisible();
  const download = await downloaded;
  expect(download.suggestedFilename()).toBe('conv2d.gif');
  expect(gifFrames(await bytesOf(download))).toBeGreaterThan(1);
  expect(problems).toEqual([]);
});
