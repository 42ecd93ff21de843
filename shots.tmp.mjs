import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
for (const [name, w, h, hash] of [['menu_projector', 1920, 1080, '#/conv2d?theme=projector'], ['menu_phone', 390, 844, '#/conv2d?theme=projector&lang=zh'], ['header_phone_light', 390, 844, '#/conv2d']]) {
  const p = await b.newPage({ viewport: { width: w, height: h } });
  await p.goto('http://127.0.0.1:4173/' + hash);
  await p.waitForTimeout(300);
  if (name.startsWith('menu')) { await p.locator('.scene-menu > button').focus(); await p.keyboard.press('Enter'); await p.keyboard.press('Tab'); }
  await p.screenshot({ path: `/tmp/shots/${name}.png` });
  console.log(name, await p.evaluate(() => [document.scrollingElement.scrollWidth, document.querySelector('header').getBoundingClientRect().height]));
  await p.close();
}
await b.close();
