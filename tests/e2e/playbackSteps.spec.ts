import { expect, test } from './fixtures.ts';
import type { Page } from '@playwright/test';

const stepText = (page: Page) => page.locator('.step-count');
const current = (page: Page) => page.locator('li[aria-current="step"]');

test('a link’s step=N opens the step the bar shows as N, in every timeline scene, and the link it writes says N again', async ({ page, problems }) => {
  const cases = [
    { hash: '#/squeeze-excite?step=3', text: 'step 3 of 4', stage: /^3 · excite/ },
    { hash: '#/group-shuffle?step=3', text: 'step 3 of 4', stage: /^3 · transpose/ },
    { hash: '#/conv2d?step=3', text: 'step 3 of 90', stage: null },
    { hash: '#/conv-transpose2d?step=3', text: /^step 3 of \d+$/, stage: null },
    { hash: '#/depthwise-separable?step=3', text: 'step 3 of 8', stage: null },
    { hash: '#/pointwise?step=3', text: /^step 3 of \d+$/, stage: null },
  ];
  for (const c of cases) {
    await page.goto(`/${c.hash}`);
    await expect(stepText(page)).toHaveText(c.text);
    await expect(page.getByRole('slider', { name: 'Timeline' })).toHaveAttribute('aria-valuetext', c.text);
    if (c.stage) await expect(current(page)).toHaveText(c.stage);
    // The link written back names the same step.
    await expect(page).toHaveURL(/step=3(&|$)/);
  }
  // conv2d: step 3 is the third multiply of output cell (0, 0); step 1 is not written into a link.
  await page.goto('/#/conv2d?step=1');
  await expect(stepText(page)).toHaveText('step 1 of 90');
  await expect(page).not.toHaveURL(/step=/);
  await page.getByRole('button', { name: 'Next multiply' }).click();
  await expect(stepText(page)).toHaveText('step 2 of 90');
  await expect(page).toHaveURL(/step=2(&|$)/);
  await page.reload();
  await expect(stepText(page)).toHaveText('step 2 of 90');
  expect(problems).toEqual([]);
});

test('step=0 is below the first step: the page says so and opens step 1', async ({ page, problems }) => {
  await page.goto('/#/squeeze-excite?step=0');
  await expect(stepText(page)).toHaveText('step 1 of 4');
  await expect(page.getByRole('status')).toContainText('step');
  expect(problems).toEqual([]);
});

test('the playback buttons are named by what a step is: multiplies in conv2d, steps in stage scenes, pixels in pointwise', async ({ page, problems }) => {
  const bar = () => page.locator('.playback');
  await page.goto('/#/conv2d');
  await expect(bar().getByRole('button', { name: 'Next multiply' })).toBeVisible();
  await expect(bar().getByRole('button', { name: 'Next output cell' })).toBeVisible();
  for (const scene of ['squeeze-excite', 'group-shuffle', 'depthwise-separable']) {
    await page.goto(`/#/${scene}`);
    await expect(bar().getByRole('button', { name: 'Next step' })).toHaveAttribute('title', 'Next step');
    await expect(bar().getByRole('button', { name: 'Previous step' })).toBeVisible();
    await expect(bar().getByRole('button', { name: /multiply|output cell/ })).toHaveCount(0);
    // ←/→ move one step where there are no output cells (they jumped to the end before).
    await page.keyboard.press('ArrowRight');
    await expect(stepText(page)).toHaveText(/^step 2 of /);
  }
  await page.goto('/#/pointwise');
  await expect(bar().getByRole('button', { name: 'Next pixel' })).toBeVisible();
  await expect(bar().getByRole('button', { name: /multiply|output cell/ })).toHaveCount(0);
  // The shortcuts help names the scene's steps too, in the learner's language.
  await page.goto('/#/squeeze-excite?lang=zh');
  await expect(bar().getByRole('button', { name: '下一步' })).toBeVisible();
  await page.keyboard.press('?');
  const help = page.getByRole('dialog');
  await expect(help).toContainText('上一步 / 下一步');
  await expect(help).not.toContainText('乘法');
  expect(problems).toEqual([]);
});
