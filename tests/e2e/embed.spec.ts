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

for (const lang of ['en', 'zh'] as const) {
  test(`a page on another origin embeds conv2d, pooling and pointwise at 800×500 and 400×600 (${lang}): heights posted, no scroll bars`, async ({ page, baseURL, problems }) => {
    await page.setViewportSize({ width: 1300, height: 900 });
    await page.goto(`${hostURL}?lang=${lang}&app=${encodeURIComponent(baseURL!)}`);
    for (const [i, [scene, w, h]] of CASES.entries()) {
      const frame = page.frameLocator(`#f${i}`);
      await expect(frame.locator('.playback')).toBeVisible();
      await expect(frame.locator('.app-header')).toHaveCount(0);
      await expect(frame.locator('.stage-box')).toBeVisible();
      // The frame's height message: on load, the content's height, here the frame's own (it fits).
      await expect.poll(() => page.evaluate((id) => (window as unknown as { heights: Record<string, number[]> }).heights[id]?.at(-1), `f${i}`), { message: `${scene} ${w}×${h}` }).toBe(h);
      const inner = await (await (await page.locator(`#f${i}`).elementHandle())!.contentFrame())!.evaluate(() => {
        const d = document.documentElement;
        const main = document.querySelector('main')!;
        return { docScrolls: d.scrollHeight > d.clientHeight || d.scrollWidth > d.clientWidth, mainScrolls: main.scrollHeight > main.clientHeight || main.scrollWidth > main.clientWidth, lang: d.lang };
      });
      expect(inner, `${scene} ${w}×${h}`).toEqual({ docScrolls: false, mainScrolls: false, lang: lang === 'en' ? 'en' : 'zh-Hans' });
    }
    expect(problems).toEqual([]);
  });
}

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
