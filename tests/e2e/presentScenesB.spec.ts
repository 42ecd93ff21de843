import { test, expect } from './fixtures.ts';
import { PRESENTER_SIZES, clickerTo, expectPresented, gridNumbers, inStage, stageOverflow } from './presenter.ts';

// Steps to check besides the first: the later maps hold wider numbers (one decimal, a minus sign).
for (const [scene, steps] of [['inception', [1, 6, 12]], ['residual', [1, 6, 9]], ['digits', [0]]] as const) {
  test(`present=1: ${scene} draws its numbers at ≥ 24 px at 1920×1080 and 1280×720; what does not fit scrolls in the picture`, async ({ page, problems }) => {
    for (const [w, h, lang] of PRESENTER_SIZES) {
      await page.setViewportSize({ width: w, height: h });
      for (const step of steps) {
        await expectPresented(page, `#/${scene}${step > 0 ? `?step=${step}` : ''}`, lang, { atLeast: 15, at: `${scene} ${w}×${h} step ${step}` });
      }
    }
    expect(problems).toEqual([]);
  });
}

test('present=1: digits prints the class maps (colour only before at 1280×720) and every one is reachable by scrolling the picture', async ({ page, problems }) => {
  for (const [w, h, lang] of PRESENTER_SIZES) {
    await page.setViewportSize({ width: w, height: h });
    await page.goto(`/#/digits?present=1&theme=projector&lang=${lang}`);
    const maps = page.getByTestId('digits-layer-classMaps').locator('svg.grid');
    await expect(maps).toHaveCount(10);
    await expect(page.getByTestId('digits-layer-classMaps').locator('.cell text').first()).toBeVisible();
    const last = maps.last();
    await last.scrollIntoViewIfNeeded();
    await expect(last).toBeInViewport({ ratio: 1 });
    expect(await gridNumbers(page).then((n) => n.scrolls)).toBe(false);
  }
  expect(problems).toEqual([]);
});

for (const [scene, step, title] of [['inception', 6, /step 6 of 12/], ['residual', 9, /step 9 of 9/]] as const) {
  test(`present=1 at 1280×720: ${scene} keeps the current step’s cell in view as the clicker steps`, async ({ page, problems }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`/#/${scene}?present=1&theme=projector`);
    await expect(page.locator('.stage-box .cell text').first()).toBeVisible();
    // The picture is larger than its region here: the test is about scrolling to the step.
    const overflow = await stageOverflow(page);
    expect(overflow.more || overflow.wider).toBe(true);
    await clickerTo(page, step);
    await expect(page.locator('.step-count').getByText(title)).toBeVisible();
    await expect.poll(() => page.evaluate(inStage, '.cell-current')).toBe(true);
    expect((await gridNumbers(page)).smallest).toBeGreaterThanOrEqual(24);
    expect(problems).toEqual([]);
  });
}
