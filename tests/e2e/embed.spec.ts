import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test, expect } from './fixtures.ts';

/**
 * A teaching site on another loopback port (another origin) that embeds scenes: a plain HTML page with
 * one iframe per case, recording every `convscope:height` message by the frame that sent it.
 */
let server: Server;
let hostURL = '';

const CASES = [
  ['conv2d', 800, 500],
  ['conv2d', 400, 600],
  ['pooling', 800, 500],
  ['pooling', 400, 600],
  ['pointwise', 800, 500],
  ['pointwise', 400, 600],
] as const;

test.beforeAll(async () => {
  server = createServer((req, res) => {
    const app = new URL(req.url ?? '/', 'http://x').searchParams.get('app') ?? '';
    const lang = new URL(req.url ?? '/', 'http://x').searchParams.get('lang') ?? 'en';
    const frames = CASES.map(([scene, w, h], i) => `<iframe id="f${i}" width="${w}" height="${h}" style="border:0;display:block" title="${scene}" src="${app}#/${scene}?embed=1&lang=${lang}"></iframe>`).join('\n');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html><head><title>A course page</title></head><body>
<h1>Convolutions</h1>
${frames}
<script>
  window.heights = {};
  addEventListener('message', (e) => {
    if (!e.data || e.data.type !== 'convscope:height') return;
    const frame = [...document.querySelectorAll('iframe')].find((f) => f.contentWindow === e.source);
    if (!frame) return;
    (window.heights[frame.id] ??= []).push(e.data.height);
  });
</script></body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  hostURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});

test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

/**
 * What a frame shows of its scene: does the document or `main` scroll, is any of the picture's content
 * outside the picture region (clipped or scrolled away), the zoom the fit chose, and the height the
 * picture would need at the scale its width allows (`data-fit-extra`).
 */
function frameState() {
  const d = document.documentElement;
  const main = document.querySelector('main')!;
  const box = document.querySelector<HTMLElement>('.stage-box')!;
  const r = box.getBoundingClientRect();
  // Every drawn grid, chart and caption of the picture lies inside its region (3 px for rounding and
  // for a label's line box, which Chinese fonts make taller than the glyphs).
  const outside = [...box.querySelectorAll('svg, canvas, img, figcaption, .grid-label')].filter((e) => {
    const q = e.getBoundingClientRect();
    return q.width > 0 && (q.left < r.left - 3 || q.top < r.top - 3 || q.right > r.right + 3 || q.bottom > r.bottom + 3);
  }).length;
  return {
    docScrolls: d.scrollHeight > d.clientHeight || d.scrollWidth > d.clientWidth,
    mainScrolls: main.scrollHeight > main.clientHeight || main.scrollWidth > main.clientWidth,
    stageScrolls: box.scrollHeight > box.clientHeight + 1 || box.scrollWidth > box.clientWidth + 1,
    outside,
    lang: d.lang,
    fit: Number(getComputedStyle(box).getPropertyValue('--stage-fit') || 1),
    extra: Number(box.dataset.fitExtra ?? 0),
    stageHeight: r.height,
  };
}

for (const lang of ['en', 'zh'] as const) {
  test(`a page on another origin embeds conv2d, pooling and pointwise at 800×500 and 400×600 (${lang}): all of the picture visible, no scroll bars, heights posted`, async ({ page, baseURL, problems }) => {
    await page.setViewportSize({ width: 1300, height: 900 });
    await page.goto(`${hostURL}?lang=${lang}&app=${encodeURIComponent(baseURL!)}`);
    for (const [i, [scene, w, h]] of CASES.entries()) {
      // Scrolled to, as a reader would: Chromium throttles the rendering of frames out of view.
      await page.locator(`#f${i}`).scrollIntoViewIfNeeded();
      const frame = page.frameLocator(`#f${i}`);
      await expect(frame.locator('.playback')).toBeVisible();
      await expect(frame.locator('.app-header')).toHaveCount(0);
      await expect(frame.locator('.stage-box svg').first()).toBeVisible();
      const content = (await (await page.locator(`#f${i}`).elementHandle())!.contentFrame())!;
      // Settled: two readings a moment apart agree (the scene's chunk, then the fit).
      let inner = await content.evaluate(frameState);
      await expect.poll(async () => {
        const before = inner;
        inner = await content.evaluate(frameState);
        return JSON.stringify(inner) === JSON.stringify(before);
      }, { message: `${scene} ${w}×${h} settles` }).toBe(true);
      expect({ ...inner, fit: undefined, extra: undefined, stageHeight: undefined }, `${scene} ${w}×${h}`).toEqual({
        docScrolls: false, mainScrolls: false, stageScrolls: false, outside: 0, lang: lang === 'en' ? 'en' : 'zh-Hans',
      });
      // A picture that fits at full size asks for the frame's own height; a shrunk one asks for more.
      const posted = () => page.evaluate((id) => (window as unknown as { heights: Record<string, number[]> }).heights[id]?.at(-1), `f${i}`);
      if (inner.fit === 1) await expect.poll(posted, { message: `${scene} ${w}×${h}` }).toBe(h);
      else await expect.poll(posted, { message: `${scene} ${w}×${h} (fit ${inner.fit})` }).toBe(h + inner.extra);
    }
    expect(problems).toEqual([]);
  });
}

test('a picture too large for its frame is shrunk to fit; given the height it asks for, the frame shows it larger', async ({ page, baseURL, problems }) => {
  await page.setViewportSize({ width: 1300, height: 900 });
  await page.goto(`${hostURL}?app=${encodeURIComponent(baseURL!)}`);
  await page.evaluate((src) => {
    document.body.innerHTML = `<iframe id="se" width="800" height="500" style="border:0;display:block" src="${src}"></iframe>`;
  }, `${baseURL}#/squeeze-excite?embed=1`);
  const frame = page.frameLocator('#se');
  await expect(frame.locator('.stage-box svg').first()).toBeVisible();
  const content = (await (await page.locator('#se').elementHandle())!.contentFrame())!;
  // Sixteen channel cards do not fit 800×500 at full size: zoomed, all of them in view.
  await expect.poll(() => content.evaluate(frameState).then((s) => s.fit)).toBeLessThan(1);
  const small = await content.evaluate(frameState);
  expect(small).toMatchObject({ docScrolls: false, mainScrolls: false, stageScrolls: false, outside: 0 });
  expect(small.fit).toBeGreaterThanOrEqual(0.5);
  expect(small.extra).toBeGreaterThan(0);
  await expect.poll(() => page.evaluate(() => (window as unknown as { heights: Record<string, number[]> }).heights.se?.at(-1))).toBe(500 + small.extra);
  // The host grows the frame to the height asked for: the picture is drawn larger, still all in view.
  await page.evaluate((height) => ((document.getElementById('se') as HTMLIFrameElement).height = String(height)), 500 + small.extra);
  await expect.poll(() => content.evaluate(frameState).then((s) => s.fit)).toBeGreaterThan(small.fit);
  expect(await content.evaluate(frameState)).toMatchObject({ docScrolls: false, mainScrolls: false, stageScrolls: false, outside: 0 });
  expect(problems).toEqual([]);
});

test('notices above an embedded picture never squeeze it away: the frame scrolls and asks for the room', async ({ page, baseURL, problems }) => {
  await page.setViewportSize({ width: 800, height: 500 });
  await page.goto(`${baseURL}#/pooling?embed=1&kernel_size=99&stride=abc`);
  await expect(page.getByRole('status')).toContainText('kernel_size=99');
  await expect(page.getByRole('alert')).toContainText('kernel_size=7');
  const state = await page.evaluate(frameState);
  // 40 % of the frame at least is the picture (the last setting that works), and all of it is in its region.
  expect(state.stageHeight).toBeGreaterThanOrEqual(200);
  expect(state.outside).toBe(0);
  expect(state.mainScrolls).toBe(true);
  await page.locator('.stage-box').scrollIntoViewIfNeeded();
  await expect(page.locator('.stage-box svg').first()).toBeInViewport();
  expect(problems).toEqual([]);
});

test('a resized frame posts its new height; controls= shows only the named fields and reports an unknown one', async ({ page, baseURL, problems }) => {
  await page.goto(`${hostURL}?app=${encodeURIComponent(baseURL!)}`);
  await expect.poll(() => page.evaluate(() => (window as unknown as { heights: Record<string, number[]> }).heights.f0?.at(-1))).toBe(500);
  await page.evaluate(() => {
    const f = document.getElementById('f0') as HTMLIFrameElement;
    f.height = '640';
  });
  await expect.poll(() => page.evaluate(() => (window as unknown as { heights: Record<string, number[]> }).heights.f0?.at(-1))).toBe(640);
  // Straight to the embed, as a frame would show it, with two controls named and one unknown.
  await page.setViewportSize({ width: 800, height: 500 });
  await page.goto(`${baseURL}#/conv2d?embed=1&controls=stride,padding,kernal_size`);
  const form = page.getByRole('form', { name: 'Parameters' });
  await expect(form.getByRole('spinbutton')).toHaveCount(4);
  await expect(form.getByLabel(/stride/).first()).toBeVisible();
  await expect(form.getByLabel(/kernel_size/)).toHaveCount(0);
  await expect(page.getByRole('status')).toContainText('controls=kernal_size is ignored: this scene has no control called kernal_size.');
  // A change writes the link back with the corrected list: the choice of controls survives a copied link.
  await form.getByLabel('stride: height').fill('2');
  await expect(page).toHaveURL(/stride=2.*controls=stride(%2C|,)padding(&|$)/);
  expect(problems).toEqual([]);
});

test('"Copy embed code" gives the iframe for the current setup (Chinese)', async ({ page, context, problems }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/#/conv2d?stride=2&lang=zh');
  await page.getByRole('button', { name: '复制嵌入代码' }).click();
  await expect(page.getByRole('button', { name: '嵌入代码已复制' })).toBeVisible();
  const code = await page.evaluate(() => navigator.clipboard.readText());
  expect(code).toMatch(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/#\/conv2d\?stride=2&amp;lang=zh&amp;embed=1" width="800" height="500" style="border:0;max-width:100%" title="ConvScope：[^"]+" loading="lazy"><\/iframe>$/);
  expect(problems).toEqual([]);
});
