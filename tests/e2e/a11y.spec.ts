import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
// Only the ids are read: the registry's views load lazily, so node never evaluates a component.
import { BUILT_SCENE_IDS } from '../../src/scenes/registry.ts';
import { expect, test } from './fixtures.ts';

/** Every built scene, in teaching order, as the app's registry declares them (the lessons page has its own axe check). */
const SCENES = BUILT_SCENE_IDS.filter((id) => id !== 'lessons');
const THEMES = ['light', 'dark', 'projector'] as const;
const LANGS = ['en', 'zh'] as const;
const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
] as const;
/** WCAG 2.0–2.2 A and AA (2.2 AA brings target-size, which Lighthouse checks too) and axe's best practices. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Waits until the scene has drawn its grids and every finite transition or animation has ended. */
async function waitForScene(page: Page): Promise<void> {
  await expect(page.locator('.scene')).toBeVisible();
  await expect(page.locator('.scene .grid, .scene svg').first()).toBeVisible();
  // Colour contrast is judged on the settled picture, not on a cell halfway through its fade.
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity),
  );
}

/** The axe violations on the page, one readable line per failing element (rule, target, why). */
async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return result.violations.flatMap((v) =>
    v.nodes.map((n) => {
      const why = [...n.any, ...n.all, ...n.none].map((c) => c.message).join('; ');
      return `${v.id} (${v.impact ?? 'no impact'}) ${n.target.join(' ')}: ${why || v.help}`;
    }),
  );
}

/**
 * Opens a scene with the theme and language set (its own parameters keep their defaults unless `extra`
 * sets them) in a fresh document: a hash change alone would be overwritten by the open scene's URL sync.
 */
async function open(page: Page, scene: string, theme: string, lang: string, extra = ''): Promise<void> {
  await page.goto('about:blank');
  await page.goto(`/#/${scene}?theme=${theme}&lang=${lang}${extra}`);
}

/**
 * Per theme, two of the four (viewport, language) pairs: both sizes and both languages each time, and over
 * the three themes every pair at least once (a full cross of 14 scenes × 3 themes × 4 pairs took half of the
 * end-to-end run's time on two cores).
 */
const PAIRS: Record<(typeof THEMES)[number], readonly [0 | 1, (typeof LANGS)[number]][]> = {
  light: [[0, 'en'], [1, 'zh']],
  dark: [[0, 'zh'], [1, 'en']],
  projector: [[0, 'en'], [1, 'zh']],
};

for (const scene of SCENES) {
  for (const theme of THEMES) {
    const pairs = PAIRS[theme];
    const names = pairs.map(([v, lang]) => `${VIEWPORTS[v].width}×${VIEWPORTS[v].height} ${lang}`).join(' and ');
    test(`axe: #/${scene} in the ${theme} theme, ${names}, has no violations`, async ({ page, problems }) => {
      test.setTimeout(60_000);
      const found: string[] = [];
      for (const [v, lang] of pairs) {
        const viewport = VIEWPORTS[v];
        await page.setViewportSize(viewport);
        await open(page, scene, theme, lang);
        await waitForScene(page);
        const where = `${viewport.width}×${viewport.height} ${lang}`;
        found.push(...(await violations(page)).map((v) => `${where}: ${v}`));
      }
      expect(found, found.join('\n')).toEqual([]);
      expect(problems).toEqual([]);
    });
  }
}

/** Output cell (row, col) of output channel 0 of the conv2d scene, in either language. */
const conv2dOutputCell = (page: Page, r: number, c: number) =>
  page.locator('svg[role="img"]').filter({ has: page.locator('[data-r]') }).last().locator(`[data-r="${r}"][data-c="${c}"]`);

for (const theme of THEMES) {
  for (const viewport of VIEWPORTS) {
    const size = `${viewport.width}×${viewport.height}`;
    test(`axe: #/conv2d ${theme} ${size} with a pinned cell, a hovered cell, the shortcuts and an alert`, async ({ page, problems }) => {
      test.setTimeout(60_000);
      await page.setViewportSize(viewport);
      const found: string[] = [];
      const check = async (state: string) => {
        await page.waitForFunction(() =>
          document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity),
        );
        found.push(...(await violations(page)).map((v) => `${state}: ${v}`));
      };

      await open(page, 'conv2d', theme, 'en', '&step=20');
      await waitForScene(page);
      await conv2dOutputCell(page, 1, 1).hover();
      await expect(page.locator('.calc-title')).toContainText('output[0, 1, 1]');
      await check('hovered output');
      await conv2dOutputCell(page, 0, 2).click();
      await expect(page.locator('.calc-title')).toContainText('output[0, 0, 2]');
      await page.mouse.move(0, 0);
      await check('pinned output');

      await page.keyboard.press('Escape');
      await page.keyboard.press('?');
      await expect(page.getByRole('dialog')).toBeVisible();
      await check('shortcuts overlay');
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toBeHidden();

      for (const lang of LANGS) {
        await open(page, 'conv2d', theme, lang, '&in_channels=3&groups=2');
        await expect(page.getByRole('alert').first()).toBeVisible();
        await check(`impossible groups alert (${lang})`);
      }
      expect(found, found.join('\n')).toEqual([]);
      expect(problems).toEqual([]);
    });
  }
}
