import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';

test('a lesson step: a wrong answer is said, the right one reveals the scene; next and previous move through the link', async ({ page, problems }) => {
  await page.goto('/#/lesson/convolution?step=1');
  await expect(page.getByRole('heading', { level: 2, name: 'A 3×3 kernel slides over a 5×5 input' })).toBeVisible();
  await expect(page.getByText('Step 1 of 4')).toBeVisible();
  await expect(page.locator('.scene')).toHaveCount(0);
  const answer = page.getByRole('textbox', { name: 'Your answer' });
  await answer.fill('4');
  await page.getByRole('button', { name: 'Check' }).click();
  await expect(page.getByText('Not quite: 4 is not it.')).toBeVisible();
  await expect(page.locator('.scene')).toHaveCount(0);
  await answer.fill('3');
  await answer.press('Enter');
  await expect(page.getByText('Right!')).toBeVisible();
  await expect(page.getByText('the output is 3×3')).toBeVisible();
  // The real conv2d scene, with its grids and its own controls.
  await expect(page.locator('.scene .grid').first()).toBeVisible();
  await expect(page.locator('.scene')).toContainText('→ [1, 3, 3]');
  await page.getByRole('link', { name: /Next step/ }).click();
  await expect(page).toHaveURL(/#\/lesson\/convolution\?step=2$/);
  await expect(page.getByRole('heading', { level: 2, name: 'Stride 2' })).toBeVisible();
  await expect(page.locator('.scene')).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: 'Your answer' })).toHaveValue('');
  await page.getByRole('link', { name: /Previous step/ }).click();
  await expect(page).toHaveURL(/#\/lesson\/convolution\?step=1$/);
  await expect(page.getByRole('heading', { level: 2, name: 'A 3×3 kernel slides over a 5×5 input' })).toBeVisible();
  expect(problems).toEqual([]);
});

test('step= in the link opens that step with its parameters; "Show me" reveals the scene at them', async ({ page, problems }) => {
  await page.goto('/#/lesson/transposed?step=4');
  await expect(page.getByText('Step 4 of 4')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'padding and output_padding' })).toBeVisible();
  await page.getByRole('button', { name: 'Show me' }).click();
  await expect(page.getByText('The answer: 4.')).toBeVisible();
  await expect(page.locator('.scene .grid').first()).toBeVisible();
  await expect(page.locator('.scene')).toContainText('[1, 4, 4]');
  await expect(page.getByText('This is the last step of the lesson.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Open this scene on its own' })).toHaveAttribute('href', '#/conv-transpose2d?padding=1&output_padding=1');
  await expect(page).toHaveURL(/#\/lesson\/transposed\?step=4$/);
  expect(problems).toEqual([]);
});

test('in Chinese: the lesson, its messages and the answer check speak Chinese', async ({ page, problems }) => {
  await page.goto('/#/lesson/pooling?step=1&lang=zh');
  await expect(page.getByRole('heading', { level: 2, name: '2×2 最大池化，步幅 2' })).toBeVisible();
  await expect(page.getByText('第 1 步，共 3 步')).toBeVisible();
  const answer = page.getByRole('textbox', { name: '你的答案' });
  await answer.fill('三');
  await page.getByRole('button', { name: '检查' }).click();
  await expect(page.getByText('“三”不是数字：请输入数字，例如 12 或 1,024。')).toBeVisible();
  await answer.fill('２');
  await page.getByRole('button', { name: '检查' }).click();
  await expect(page.getByText('不太对：答案不是 ２。')).toBeVisible();
  await answer.fill('３');
  await page.getByRole('button', { name: '检查' }).click();
  await expect(page.getByText('答对了！')).toBeVisible();
  await expect(page.locator('.scene')).toBeVisible();
  await page.getByRole('link', { name: /下一步/ }).click();
  await expect(page).toHaveURL(/#\/lesson\/pooling\?step=2&lang=zh$/);
  await expect(page.getByRole('heading', { level: 2, name: '全局平均池化' })).toBeVisible();
  expect(problems).toEqual([]);
});

test('#/lessons lists the lessons; one opens at step 1', async ({ page, problems }) => {
  await page.goto('/#/lessons');
  await expect(page.getByRole('heading', { level: 2, name: 'Guided lessons' })).toBeVisible();
  await expect(page.locator('main ol > li')).toHaveCount(9);
  await page.getByRole('link', { name: 'Residual blocks' }).click();
  await expect(page).toHaveURL(/#\/lesson\/residual\?step=1$/);
  await expect(page.getByRole('heading', { level: 2, name: 'The BasicBlock' })).toBeVisible();
  expect(problems).toEqual([]);
});

test('bad lesson links: an unknown lesson and an unreadable step are said in the page', async ({ page, problems }) => {
  await page.goto('/#/lesson/nope?lang=zh');
  await expect(page.getByRole('alert')).toContainText('没有名为“nope”的课程');
  await expect(page.getByRole('link', { name: '残差块' })).toBeVisible();
  await page.goto('/#/lesson/dilation?step=banana&lang=en');
  await expect(page.getByRole('status').first()).toContainText('step=banana is not a valid value; using 1.');
  await expect(page.getByRole('heading', { level: 2, name: 'Dilation 2' })).toBeVisible();
  await page.goto('/#/lesson/dilation?step=9&lang=en');
  await expect(page.getByRole('status').first()).toContainText('step=9 is out of range; using 3.');
  await expect(page.getByRole('heading', { level: 2, name: 'Dilation grows the receptive field' })).toBeVisible();
  expect(problems).toEqual([]);
});

test('phone 390×844, projector theme: a revealed lesson step stacks without sideways overflow; no axe violation', async ({ page, problems }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/#/lesson/separable?step=1&theme=projector');
  await page.getByRole('textbox', { name: 'Your answer' }).fill('39');
  await page.getByRole('button', { name: 'Check' }).click();
  await expect(page.locator('.scene .grid, .scene svg').first()).toBeVisible();
  const width = await page.evaluate(() => document.scrollingElement!.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
  const result = await new AxeBuilder({ page }).include('main article').withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  expect(problems).toEqual([]);
});

test('presenter mode: PageDown/PageUp move through the lesson, before and after the scene is revealed', async ({ page, problems }) => {
  await page.goto('/#/lesson/convolution?step=1&present=1');
  await expect(page.getByRole('heading', { level: 2, name: 'A 3×3 kernel slides over a 5×5 input' })).toBeVisible();
  await page.keyboard.press('PageDown');
  await expect(page).toHaveURL(/#\/lesson\/convolution\?step=2&present=1$/);
  await expect(page.getByRole('heading', { level: 2, name: 'Stride 2' })).toBeVisible();
  await page.getByRole('button', { name: 'Show me' }).click();
  await expect(page.locator('.scene .grid').first()).toBeVisible();
  await page.locator('main').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('PageDown');
  await expect(page).toHaveURL(/#\/lesson\/convolution\?step=3&present=1$/);
  await page.keyboard.press('PageUp');
  await page.keyboard.press('PageUp');
  await expect(page).toHaveURL(/#\/lesson\/convolution\?step=1&present=1$/);
  await page.keyboard.press('PageUp');
  await expect(page).toHaveURL(/#\/lesson\/convolution\?step=1&present=1$/);
  expect(problems).toEqual([]);
});
