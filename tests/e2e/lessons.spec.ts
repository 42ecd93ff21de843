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

test('a learner’s change inside a step goes into the link: a reload keeps it, a lesson link’s unknown key is said, and the step’s setup is one click away', async ({ page, problems }) => {
  await page.goto('/#/lesson/convolution?step=1');
  await page.getByRole('textbox', { name: 'Your answer' }).fill('3');
  await page.getByRole('button', { name: 'Check' }).click();
  await expect(page.locator('.scene')).toContainText('→ [1, 3, 3]');
  await expect(page.getByRole('link', { name: 'Back to this step’s setup' })).toHaveCount(0);
  await page.getByLabel('padding: height').fill('1');
  await page.getByLabel('padding: width').fill('1');
  await expect(page).toHaveURL(/#\/lesson\/convolution\?step=1&padding=1$/);
  await expect(page.locator('.scene')).toContainText('→ [1, 5, 5]');
  await expect(page.getByRole('link', { name: 'Open this scene on its own' })).toHaveAttribute('href', /^#\/conv2d\?(.*&)?padding=1/);
  // The shared link: the question first, then the scene as the learner left it.
  await page.reload();
  await page.getByRole('button', { name: 'Show me' }).click();
  await expect(page.locator('.scene')).toContainText('→ [1, 5, 5]');
  await page.getByRole('link', { name: 'Back to this step’s setup' }).click();
  await expect(page).toHaveURL(/#\/lesson\/convolution\?step=1$/);
  await expect(page.locator('.scene')).toContainText('→ [1, 3, 3]');
  // A key the step's scene does not know is named in the page, in the learner's language.
  await page.goto('/#/lesson/convolution?step=1&strde=2&lang=zh');
  await expect(page.locator('.notice')).toContainText('strde=2');
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
  await expect(page.locator('main ol > li')).toHaveCount(11);
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

test('presenter mode: in a step whose scene has no timeline (networks), PageDown and PageUp still move through the lesson', async ({ page, problems }) => {
  await page.goto('/#/lesson/real-networks?step=4&present=1');
  await page.getByRole('button', { name: 'Show me' }).click();
  await expect(page.locator('main .scene')).toBeVisible();
  await expect(page.locator('main .scene .playback')).toHaveCount(0);
  await page.locator('main').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('PageDown');
  await expect(page).toHaveURL(/#\/lesson\/real-networks\?step=5&present=1$/);
  await page.keyboard.press('PageUp');
  await page.keyboard.press('PageUp');
  await expect(page).toHaveURL(/#\/lesson\/real-networks\?step=3&present=1$/);
  expect(problems).toEqual([]);
});

test('the image lab and networks lessons: wrong then right (typed and chosen) in both languages reveal the real scene at the step’s setting', async ({ page, problems }) => {
  // Filters on real pictures, step 3 (English): stride 2 on the 300×451 cat.
  await page.goto('/#/lesson/real-pictures?step=3');
  await expect(page.getByRole('heading', { level: 2, name: 'Stride on a real picture' })).toBeVisible();
  await expect(page.getByText('Step 3 of 5')).toBeVisible();
  const answer = page.getByRole('textbox', { name: 'Your answer' });
  await answer.fill('225');
  await page.getByRole('button', { name: 'Check' }).click();
  await expect(page.getByText('Not quite: 225 is not it.')).toBeVisible();
  await expect(page.locator('.scene')).toHaveCount(0);
  await answer.fill('226');
  await answer.press('Enter');
  await expect(page.getByText('Right!')).toBeVisible();
  await expect(page.locator('.scene figure').first().locator('figcaption')).toHaveText('Input 300×451 · gray (in_channels=1)');
  await expect(page.locator('.scene figure[data-filter="1"] figcaption')).toHaveText('Filter 1: Sobel-x 3×3 → 150×226');
  await expect(page.locator('.scene figure[data-filter="2"]')).toHaveCount(0);

  // Step 4 in Chinese: a choice, wrong then right; the separable panel says which filter is not rank 1.
  await page.goto('/#/lesson/real-pictures?step=4&lang=zh');
  await expect(page.getByRole('heading', { level: 2, name: '可分离的卷积核' })).toBeVisible();
  await page.getByRole('radio', { name: '模糊（高斯）' }).check();
  await page.getByRole('button', { name: '检查' }).click();
  await expect(page.getByText('不是这个。换一个答案试试。')).toBeVisible();
  await page.getByRole('radio', { name: '浮雕' }).check();
  await page.getByRole('button', { name: '检查' }).click();
  await expect(page.getByText('答对了！')).toBeVisible();
  await expect(page.locator('.scene figure[data-filter="3"] figcaption')).toHaveText('滤波器 3：浮雕 3×3 → 512×512');
  await expect(page.locator('.scene .lab-sep li[data-filter="1"]')).toContainText('的秩为 1：列 [1, 2, 1]ᵀ × 行 [1, 0, −1]。');
  await expect(page.locator('.scene .lab-sep li[data-filter="3"]')).toContainText('滤波器 3（浮雕）的秩不是 1');

  // From a tiny network to real ones, step 5 in Chinese: the smallest input AlexNet takes.
  await page.goto('/#/lesson/real-networks?step=5&lang=zh');
  await expect(page.getByRole('heading', { level: 2, name: 'AlexNet 能接受的最小输入' })).toBeVisible();
  await expect(page.getByText('第 5 步，共 7 步')).toBeVisible();
  const zhAnswer = page.getByRole('textbox', { name: '你的答案' });
  await zhAnswer.fill('62');
  await page.getByRole('button', { name: '检查' }).click();
  await expect(page.getByText('不太对：答案不是 62。')).toBeVisible();
  await zhAnswer.fill('63');
  await page.getByRole('button', { name: '检查' }).click();
  await expect(page.getByText('答对了！')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'AlexNet（2012）逐层列表，输入一张 3×63×63 的图像' })).toBeVisible();
  await expect(page.locator('[data-testid="net-table"] tr[data-row="features.12"]')).toContainText('256×1×1');
  await expect(page.getByTestId('net-total-params')).toHaveText('61,100,840');
  await expect(page.getByTestId('net-total-macs')).toHaveText('98,144,960');
  await expect(page.locator('.scene [role="alert"]')).toHaveCount(0);

  // Step 6 in English: a choice; ResNet-50's table with its MACs.
  await page.goto('/#/lesson/real-networks?step=6&lang=en');
  await page.getByRole('radio', { name: 'about 40.9 billion' }).check();
  await page.getByRole('button', { name: 'Check' }).click();
  await expect(page.getByText('Not this one. Try another answer.')).toBeVisible();
  await page.getByRole('radio', { name: 'about 4.09 billion' }).check();
  await page.getByRole('button', { name: 'Check' }).click();
  await expect(page.getByText('Right!')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'ResNet-50 (2015), layer by layer, for one 3×224×224 image' })).toBeVisible();
  await expect(page.getByTestId('net-total-macs')).toHaveText('4,089,184,256');

  // Step 3: "Show me" reveals the digits scene on test image 30, which the network reads as 9.
  await page.goto('/#/lesson/real-networks?step=3');
  await page.getByRole('button', { name: 'Show me' }).click();
  await expect(page.getByText('The answer: 9.')).toBeVisible();
  await expect(page.getByTestId('digits-source')).toHaveText('test image 30 of 200 (label 5)');
  await expect(page.getByTestId('digits-prediction')).toHaveAttribute('data-predicted', '9');
  await expect(page.getByTestId('digits-params')).toHaveText('1,418');
  expect(problems).toEqual([]);
});
