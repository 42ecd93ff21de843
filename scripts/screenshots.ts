/**
 * `npm run shots -- <url-hash> ...`: screenshots of the built app (served by `vite preview` on 4173,
 * started separately) at 1920×1080 and 390×844, written to /tmp/shots/ for looking at.
 */
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';

const hashes = process.argv.slice(2);
const sizes = [
  { name: 'projector', width: 1920, height: 1080 },
  { name: 'phone', width: 390, height: 844 },
];

async function main(): Promise<void> {
  mkdirSync('/tmp/shots', { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  for (const hash of hashes.length ? hashes : ['#/']) {
    for (const size of sizes) {
      const page = await browser.newPage({ viewport: { width: size.width, height: size.height } });
      await page.goto(`http://127.0.0.1:4173/${hash}`);
      await page.waitForTimeout(400);
      const file = `/tmp/shots/${hash.replace(/[^a-z0-9]+/gi, '_')}_${size.name}.png`;
      await page.screenshot({ path: file });
      process.stdout.write(`${file}\n`);
      if (size.name === 'phone') {
        const full = file.replace('.png', '_full.png');
        await page.screenshot({ path: full, fullPage: true });
        process.stdout.write(`${full}\n`);
      }
      await page.close();
    }
  }
  await browser.close();
}

void main();
