import { expect, test } from './fixtures.ts';

test('the shell loads the overview with no console error', async ({ page, problems }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What would you like to see?');
  await expect(page.getByRole('link', { name: 'ConvScope' })).toBeVisible();
  expect(problems).toEqual([]);
});

test('the language switch changes the text, sets <html lang>, and is remembered across reloads', async ({ page, problems }) => {
  await page.goto('/');
  await page.getByLabel('Language').selectOption('zh');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('想看哪个概念？');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await expect(page).toHaveURL(/lang=zh/);
  await page.goto('/'); // no lang in the URL: the remembered choice applies
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('想看哪个概念？');
  await page.getByLabel('语言').selectOption('en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What would you like to see?');
  expect(problems).toEqual([]);
});

test('?lang=zh in a link opens in Chinese', async ({ page, problems }) => {
  await page.goto('/#/?lang=zh');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('想看哪个概念？');
  expect(problems).toEqual([]);
});

test('the theme switch sets data-theme, and theme=projector works in a link', async ({ page, problems }) => {
  await page.goto('/');
  await page.getByLabel('Theme').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.goto('/#/?theme=projector');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
  const fontSize = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
  expect(fontSize).toBeGreaterThanOrEqual(20);
  expect(problems).toEqual([]);
});

test('an unknown scene shows a readable message naming it', async ({ page, problems }) => {
  await page.goto('/#/no-such-scene');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('There is no scene called “no-such-scene”');
  await alert.getByRole('link', { name: 'Back to the overview' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What would you like to see?');
  expect(problems).toEqual([]);
});

test('a garbage URL shows readable messages, not a blank page or a console error', async ({ page, problems }) => {
  await page.goto('/#/%%%?lang=klingon&theme=<script>alert(1)</script>');
  await expect(page.getByRole('alert')).toContainText('There is no scene called “%%%”');
  const status = page.getByRole('status');
  await expect(status).toContainText('lang=klingon is not a valid value; using en.');
  await expect(status).toContainText('theme=<script>alert(1)</script> is not a valid value; using light.');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(problems).toEqual([]);
});

test('at 390×844 nothing overflows horizontally', async ({ page, problems }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/#/?theme=projector');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const width = await page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0);
  expect(width).toBeLessThanOrEqual(390);
  expect(problems).toEqual([]);
});

test('projector at 1920×1080: the header stays one row, whatever the number of scenes', async ({ page, problems }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/#/conv2d?theme=projector');
  // The static first row of index.html is painted before the app; measure once the app's header is in.
  const menu = page.getByRole('button', { name: /^Scenes:/ });
  await expect(menu).toBeVisible();
  const header = await page.locator('header').boundingBox();
  const button = await menu.boundingBox();
  expect(header?.height).toBeLessThan(2.2 * (button?.height ?? 0));
  expect(problems).toEqual([]);
});

test('at 390×844 the scene menu opens inside the screen and takes the learner to a scene', async ({ page, problems }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/#/?theme=projector');
  await page.getByRole('button', { name: /^Scenes:/ }).click();
  const link = page.getByRole('navigation', { name: 'Scenes' }).getByRole('link', { name: 'Convolution', exact: true });
  await expect(link).toBeVisible();
  expect(await page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0)).toBeLessThanOrEqual(390);
  await link.click();
  await expect(page).toHaveURL(/#\/conv2d/);
  await expect(page.getByRole('button', { name: /^Scenes:/ })).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('button', { name: /^Scenes:/ })).toContainText('Convolution');
  expect(problems).toEqual([]);
});
