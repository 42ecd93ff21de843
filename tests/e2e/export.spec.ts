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
  // Not the default size: the link is written back without defaults once the scene's state changes (its
  // playback publishes the timeline's length), and a file is named after the link.
  await page.goto('./#/conv2d?size=6&stride=2');
  const stage = page.getByRole('region', { name: 'Picture' });
  await expect(stage.locator('svg').first()).toBeVisible();
  const download = await exportAs(page, 'PNG');
  expect(download.suggestedFilename()).toBe('conv2d_size6_stride2.png');
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
  await page.goto('./#/conv2d?size=6&theme=dark');
  const stage = page.getByRole('region', { name: 'Picture' });
  await expect(stage.locator('svg text').first()).toBeVisible();
  const shown = (await stage.locator('svg text').allTextContents()).map((s) => s.trim()).filter((s) => /^[−-]?\d+(\.\d+)?$/.test(s));
  expect(shown.length).toBeGreaterThan(20);
  const download = await exportAs(page, 'SVG');
  expect(download.suggestedFilename()).toBe('conv2d_size6.svg');
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

/** The parts of an exported SVG the tests read: its texts in order with their positions, and its dashed lines and rectangles. */
async function svgParts(page: Page, src: string) {
  return page.evaluate((s) => {
    const doc = new DOMParser().parseFromString(s, 'image/svg+xml');
    const num = (el: Element, a: string) => Number(el.getAttribute(a));
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      // Only the top-level texts (the HTML's), not the grids' own.
      texts: [...doc.documentElement.children].flatMap((el) => (el.nodeName === 'g' ? [...el.children] : [el])).filter((el) => el.nodeName === 'text')
        .map((t) => ({ text: (t.textContent ?? '').trim(), x: num(t, 'x'), y: num(t, 'y') })),
      dashed: [...doc.querySelectorAll('line, rect')].filter((el) => /stroke-dasharray:\s*[\d.]/.test(el.getAttribute('style') ?? '')).map((el) => ({
        kind: el.nodeName,
        x1: num(el, el.nodeName === 'line' ? 'x1' : 'x'),
        y1: num(el, el.nodeName === 'line' ? 'y1' : 'y'),
        x2: el.nodeName === 'line' ? num(el, 'x2') : num(el, 'x') + num(el, 'width'),
        y2: el.nodeName === 'line' ? num(el, 'y2') : num(el, 'y') + num(el, 'height'),
        style: el.getAttribute('style') ?? '',
      })),
    };
  }, src);
}

/** The stage's HTML element with a dashed left border (conv2d's divider between inputs and outputs), relative to the stage. */
async function dashedDivider(page: Page) {
  return page.locator('.stage-box').evaluate((stage) => {
    const box = stage.getBoundingClientRect();
    const el = [...stage.querySelectorAll('*')].find((e) => !(e instanceof SVGElement) && getComputedStyle(e).borderLeftStyle === 'dashed');
    if (!el) return null;
    const r = el.getBoundingClientRect();
    const cs = getComputedStyle(el);
    return { x: r.left - box.left, top: r.top - box.top, bottom: r.bottom - box.top, width: parseFloat(cs.borderLeftWidth), color: cs.borderLeftColor };
  });
}

/** The texts of the stage's HTML (outside its SVGs) that wrap onto more than one line. */
async function wrappedCaptions(page: Page): Promise<string[]> {
  return page.locator('.stage-box').evaluate((stage) => {
    const out: string[] = [];
    const walk = document.createTreeWalker(stage, NodeFilter.SHOW_TEXT);
    for (let n = walk.nextNode(); n; n = walk.nextNode()) {
      if (!n.textContent?.trim() || n.parentElement?.closest('svg')) continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
      if (tops.size > 1) out.push(n.textContent.replace(/\s+/g, ' ').trim());
    }
    return out;
  });
}

test('SVG of conv2d draws the dashed divider between inputs and outputs, and every line of a wrapped caption', async ({ page, problems }) => {
  await page.goto('./#/conv2d?in_channels=4&out_channels=2&groups=2');
  await expect(page.locator('.stage-box svg').first()).toBeVisible();
  const divider = await dashedDivider(page);
  expect(divider).not.toBeNull();
  if (!divider) return;
  // A channel the shown filter does not read says so in a caption that wraps in its card.
  const wrapped = await wrappedCaptions(page);
  expect(wrapped).toContain('not read by kernel 0 (another group)');
  const parts = await svgParts(page, (await bytesOf(await exportAs(page, 'SVG'))).toString('utf8'));
  expect(parts.error).toBeNull();
  // The divider: a vertical dashed line down the divider's border, in its width and colour.
  const line = parts.dashed.find((d) => Math.abs(d.x1 - (divider.x + divider.width / 2)) < 1 && Math.abs(d.x2 - d.x1) < 0.5 && d.y2 - d.y1 > (divider.bottom - divider.top) * 0.9);
  expect(line, JSON.stringify(parts.dashed)).toBeDefined();
  expect(line?.style).toContain(`stroke:${divider.color}`);
  expect(line?.style).toContain(`stroke-width:${divider.width}px`);
  // The caption: one text per line, on lines below one another, that together say all of it.
  const words = 'not read by kernel 0 (another group)'.split(' ');
  const start = parts.texts.findIndex((t) => t.text.startsWith('not read by'));
  expect(start).toBeGreaterThanOrEqual(0);
  const lines: { text: string; y: number }[] = [];
  for (let i = start; i < parts.texts.length && lines.map((l) => l.text).join(' ').length < words.join(' ').length; i++) lines.push(parts.texts[i]);
  expect(lines.length).toBeGreaterThan(1);
  expect(lines.map((l) => l.text).join(' ')).toBe(words.join(' '));
  expect(lines.every((l, i) => i === 0 || l.y > lines[i - 1].y)).toBe(true);
  expect(problems).toEqual([]);
});

test('SVG of a Chinese conv2d on a phone keeps a wrapped caption whole (broken between characters)', async ({ page, problems }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('./#/conv2d?in_channels=4&out_channels=2&groups=2&lang=zh');
  await expect(page.locator('.stage-box svg').first()).toBeVisible();
  const caption = '卷积核 0 不读取此通道（属于另一组）';
  expect(await wrappedCaptions(page)).toContain(caption);
  // On a phone the outputs sit below the inputs: the divider is their dashed top border.
  const parts = await svgParts(page, (await bytesOf(await exportAs(page, 'SVG'))).toString('utf8'));
  expect(parts.error).toBeNull();
  expect(parts.dashed.some((d) => Math.abs(d.y2 - d.y1) < 0.5 && d.x2 - d.x1 > 100)).toBe(true);
  const start = parts.texts.findIndex((t) => caption.startsWith(t.text) && t.text.length > 2);
  expect(start).toBeGreaterThanOrEqual(0);
  let joined = '';
  let count = 0;
  for (let i = start; i < parts.texts.length && joined.length < caption.length; i++, count++) joined += parts.texts[i].text;
  expect(count).toBeGreaterThan(1);
  expect(joined).toBe(caption);
  expect(problems).toEqual([]);
});

test('GIF of a small conv2d has one frame per step of the timeline, whatever the slider says', async ({ page, problems }) => {
  await page.goto('./#/conv2d?size=3');
  const steps = page.locator('.step-count');
  await expect(steps).toHaveText(/^step 1 of \d+$/);
  const total = Number((await steps.textContent())?.match(/of (\d+)/)?.[1]);
  expect(total).toBeGreaterThan(2);
  expect(total).toBeLessThan(30);
  // The length comes from the scene's playback (the store), not the bar's markup: a slider that says
  // otherwise changes nothing.
  await page.locator('.playback input.timeline').evaluate((el: HTMLInputElement) => (el.max = '1'));
  const gif = await bytesOf(await exportAs(page, 'GIF'));
  expect(gifFrames(gif)).toBe(total);
  await expect(steps).toHaveText(`step 1 of ${total}`);
  expect(problems).toEqual([]);
});
