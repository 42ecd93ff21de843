import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/** A PNG made in the page: `width × height`, black left of column `edge`, white from it on. */
async function edgePng(page: Page, width: number, height: number, edge: number): Promise<Buffer> {
  const b64 = await page.evaluate(
    async ([w, h, e]) => {
      const c = new OffscreenCanvas(w, h);
      const ctx = c.getContext('2d')!;
      ctx.fillStyle = '#000';
      ctx.fillRect(0, 0, w, h);
      ctx.fillStyle = '#fff';
      ctx.fillRect(e, 0, w - e, h);
      const bytes = new Uint8Array(await (await c.convertToBlob({ type: 'image/png' })).arrayBuffer());
      let s = '';
      for (const v of bytes) s += String.fromCharCode(v);
      return btoa(s);
    },
    [width, height, edge] as const,
  );
  return Buffer.from(b64, 'base64');
}

const map = (page: Page, n: number) => page.locator(`figure[data-filter="${n}"] [role="group"]`);
const separable = (page: Page, n: number) => page.locator(`.lab-sep li[data-filter="${n}"]`);

test('default picture: Sobel-x is rank 1 and its two 1-D passes equal the 2-D map (largest difference 0); the typed diagonal is not', async ({ page, problems }) => {
  await page.goto('/#/image-lab');
  await expect(map(page, 3)).toBeVisible();
  await expect(page.locator('figure[data-filter="1"] figcaption')).toHaveText('Filter 1: Sobel-x 3×3 → 512×512');
  await expect(separable(page, 1)).toContainText('has rank 1: column [1, 2, 1]ᵀ × row [1, 0, −1].');
  await expect(separable(page, 1)).toContainText('6 weights and 6 multiply-accumulates per output pixel and channel instead of 9.');
  await expect(separable(page, 1)).toContainText('largest difference 0.');
  await expect(separable(page, 3)).toContainText('Filter 3 (typed kernel) is not rank 1');
  // Every map states its value range.
  await expect(page.locator('figure[data-filter="2"]')).toContainText(/values \d+(\.\d+)? to \d+(\.\d+)?/);
  expect(problems).toEqual([]);
});

test('a typed kernel: rank 1 shows its column and row; an unreadable one is explained and not used', async ({ page, problems }) => {
  await page.goto('/#/image-lab?filters=typed');
  const field = page.getByLabel('Typed kernel · kernel');
  await field.fill('1 2 3\n2 4 6');
  await expect(separable(page, 1)).toContainText('has rank 1: column [3, 6]ᵀ × row [0.3333, 0.6667, 1].');
  await expect(separable(page, 1)).toContainText('5 weights and 5 multiply-accumulates per output pixel and channel instead of 6.');
  await expect(page).toHaveURL(/kernel=1%2C2%2C3%3B2%2C4%2C6|kernel=1,2,3;2,4,6/);
  await expect(page.locator('figure[data-filter="1"] figcaption')).toContainText('2×3 → 513×512');
  await field.fill('1,2;3');
  await expect(page.getByRole('alert')).toContainText('Row 2 has 1 values, the first row 2: a kernel is a rectangle.');
  await field.fill('1,2;3,x');
  await expect(page.getByRole('alert')).toContainText('Row 2: “x” is not a number');
  await expect(page.locator('figure[data-filter="1"] figcaption')).toContainText('2×3');
  expect(problems).toEqual([]);
});

test('upload a picture: it is filtered at its size, a pixel on the edge explains −1020 and its patch opens in conv2d with the same value', async ({ page, problems }) => {
  await page.goto('/#/image-lab?filters=sobelX&padding=1');
  await expect(map(page, 1)).toBeVisible();
  await page.getByLabel('Upload a picture').setInputFiles({ name: 'edge.png', mimeType: 'image/png', buffer: await edgePng(page, 20, 20, 11) });
  await expect(page.getByText('Your picture edge.png: 20×20 (height × width), filtered at 20×20.')).toBeVisible();
  await expect(page.locator('.lab-file-name')).toHaveText('edge.png');
  await expect(page.locator('figure[data-filter="1"] figcaption')).toHaveText('Filter 1: Sobel-x 3×3 → 20×20');
  await expect(page.locator('figure[data-filter="1"]')).toContainText('values −1020 to 1020');
  // Keyboard: the first arrow moves from the centre [10, 10] to [11, 10], on the edge.
  await map(page, 1).focus();
  await page.keyboard.press('ArrowDown');
  const explain = page.getByRole('region', { name: 'One output pixel' }).or(page.locator('section[aria-labelledby="lab-explain-title"]'));
  await expect(explain).toContainText('Filter 1, output pixel [11, 10] = −1020');
  await expect(explain).toContainText('9 products of the window');
  await expect(explain).toContainText('x[0,10,11] 255×(−1) = −255');
  await expect(explain).toContainText('sum = −1020 (no bias)');
  // Hovering another pixel explains it: the top-left corner reads padding.
  const box = (await map(page, 1).boundingBox())!;
  await page.mouse.move(box.x + 2, box.y + 2);
  await expect(explain).toContainText('Filter 1, output pixel [0, 0] = 0');
  await expect(explain).toContainText('x[0,-1,-1] 0×1 = 0');
  await map(page, 1).focus();
  await page.keyboard.press('ArrowDown');
  await expect(explain).toContainText('output pixel [1, 0] = 0');
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
  await expect(explain).toContainText('output pixel [1, 10] = −1020');
  const link = explain.getByRole('link', { name: 'Open this patch in the conv2d scene' });
  const href = await link.getAttribute('href');
  expect(href).toContain('size=3');
  expect(href).toContain('bias=0');
  await link.click();
  await expect(page).toHaveURL(/#\/conv2d\?/);
  await page.getByRole('img', { name: /^output, channel 0,/ }).locator('[data-r="0"][data-c="0"]').hover();
  await expect(page.locator('.calc .calc-title')).toContainText(/output\[0, 0, 0\] = [-−]1020/);
  expect(problems).toEqual([]);
});

test('a large upload is scaled to max_side; a non-image file gets a message naming it, in English and Chinese', async ({ page, problems }) => {
  await page.goto('/#/image-lab?filters=blur&max_side=256');
  await expect(map(page, 1)).toBeVisible();
  const upload = page.getByLabel('Upload a picture');
  await upload.setInputFiles({ name: 'wide.png', mimeType: 'image/png', buffer: await edgePng(page, 1000, 600, 500) });
  await expect(page.getByText('Your picture wide.png: 600×1000 (height × width), filtered at 154×256.')).toBeVisible();
  await upload.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not a picture') });
  await expect(page.getByRole('alert')).toHaveText('“notes.txt” is not a picture this browser can read (type text/plain). Choose a PNG, JPEG, GIF, WebP or BMP file.');
  // The last good picture stays filtered, and the filters still follow the settings.
  await expect(map(page, 1)).toBeVisible();
  await page.getByLabel('Filter 1', { exact: true }).selectOption('sobelX');
  await expect(page.locator('figure[data-filter="1"] figcaption')).toHaveText('Filter 1: Sobel-x 3×3 → 154×256');
  await page.goto('/#/image-lab?filters=blur&lang=zh');
  // The file button speaks the page's language, not the browser's ("Choose File").
  await expect(page.locator('.lab-file-button')).toHaveText('选择图片…');
  await page.getByLabel('上传图片').setInputFiles({ name: 'data.bin', mimeType: 'application/octet-stream', buffer: Buffer.from([1, 2, 3, 4]) });
  await expect(page.getByRole('alert')).toContainText('“data.bin”不是这个浏览器能读取的图片');
  expect(problems).toEqual([]);
});

test('a drawn picture: strokes on the pad are filtered; a kernel too large for the padded picture is explained', async ({ page, problems }) => {
  await page.goto('/#/image-lab?picture=drawn&filters=sobelY&padding=0');
  const pad = page.getByRole('img', { name: 'Drawing pad' });
  await expect(pad).toBeVisible();
  await expect(page.locator('figure').first().locator('figcaption')).toHaveText('Input 160×160 · gray (in_channels=1)');
  await expect(map(page, 1)).toBeVisible();
  const range = await page.locator('figure[data-filter="1"] p').first().textContent();
  await page.getByRole('button', { name: 'Clear the drawing' }).click();
  await expect(page.locator('figure[data-filter="1"]')).toContainText('values 0 to 0');
  const box = (await pad.boundingBox())!;
  await page.mouse.move(box.x + 20, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width - 20, box.y + box.height / 2, { steps: 8 });
  await page.mouse.up();
  await expect(page.locator('figure[data-filter="1"]')).not.toContainText('values 0 to 0');
  expect(range).toMatch(/values/);
  await page.goto('/#/image-lab?max_side=32&dilation=4&filters=typed&kernel=1;1;1;1;1;1;1&padding=0&picture=coffee');
  await expect(page.getByRole('alert')).toContainText('spans 25 cells');
  expect(problems).toEqual([]);
});

test('at 1280×720 every map is in reach: the picture region scrolls to the last filter', async ({ page, problems }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/#/image-lab');
  const stage = page.getByRole('region', { name: 'Picture' });
  const last = stage.locator('figure').last();
  await expect(last.locator('canvas')).toBeVisible();
  // The three maps do not fit the region's height; a reader's wheel over it brings the last one into view.
  expect(await stage.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
  const box = (await stage.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let i = 0; i < 10 && (await stage.evaluate((el) => el.scrollTop + el.clientHeight < el.scrollHeight - 1)); i++) await page.mouse.wheel(0, 400);
  const r = await last.evaluate((el) => {
    const q = el.getBoundingClientRect();
    const s = el.closest('.stage-box')!.getBoundingClientRect();
    return { bottom: q.bottom, stageBottom: s.bottom };
  });
  expect(r.bottom).toBeLessThanOrEqual(r.stageBottom + 1);
  expect(problems).toEqual([]);
});

test('on a phone nothing jumps while the picture and its maps arrive: their boxes hold their places (no layout shift)', async ({ page, problems }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.addInitScript(() => {
    const w = window as unknown as { shifts: number[] };
    w.shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) w.shifts.push(e.value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto('/#/image-lab?filters=sobelX,blur');
  await expect(map(page, 2)).toBeVisible();
  await expect(page.locator('figure[data-filter="2"] figcaption')).toContainText('512×512');
  // Shifts are reported a frame after they happen.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const total = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts.reduce((a, b) => a + b, 0));
  // Before the boxes were reserved this was 0.9: the maps grew from nothing and pushed the panels off screen.
  expect(total).toBeLessThan(0.02);
  expect(problems).toEqual([]);
});
