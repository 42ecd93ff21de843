import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/** The weights file the page fetches, read here for the samples' PyTorch predictions and the accuracy. */
const NET = JSON.parse(readFileSync(new URL('../../public/digits-nin.json', import.meta.url), 'utf8')) as {
  testCorrect: number;
  testCount: number;
  samples: { label: number; predicted: number }[];
};

/** Draws a stroke through the points (fractions of the pad's box) with the mouse. */
async function stroke(page: Page, points: [number, number][]) {
  const box = (await page.getByTestId('digits-pad').boundingBox())!;
  const at = ([x, y]: [number, number]) => [box.x + x * box.width, box.y + y * box.height] as const;
  await page.mouse.move(...at(points[0]));
  await page.mouse.down();
  for (const p of points.slice(1)) await page.mouse.move(...at(p), { steps: 6 });
  await page.mouse.up();
}

const ellipse = (cx: number, cy: number, rx: number, ry: number): [number, number][] =>
  Array.from({ length: 25 }, (_, i) => [cx + rx * Math.sin((i / 24) * 2 * Math.PI), cy - ry * Math.cos((i / 24) * 2 * Math.PI)]);

test.describe('digits', () => {
  test('picked test images: the page predicts what PyTorch predicted, with the label and 10 softmax bars', async ({ page, problems }) => {
    await page.goto('/#/digits');
    const wrong = NET.samples.findIndex((s) => s.label !== s.predicted);
    for (const i of [0, 1, 2, 7, wrong]) {
      await page.goto(`/#/digits?sample=${i}`);
      await expect(page.getByTestId('digits-source')).toHaveText(`test image ${i} of ${NET.samples.length} (label ${NET.samples[i].label})`);
      await expect(page.getByTestId('digits-prediction')).toHaveText(`Prediction: ${NET.samples[i].predicted}`);
    }
    await page.getByRole('button', { name: 'Next test image' }).click();
    await expect(page).toHaveURL(new RegExp(`sample=${wrong + 1}`));
    await expect(page.getByTestId('digits-prediction')).toHaveText(`Prediction: ${NET.samples[wrong + 1].predicted}`);
    await expect(page.getByTestId('digits-bars').locator('li')).toHaveCount(10);
    await expect(page.getByTestId('digits-cam')).toContainText(`Where the network saw a ${NET.samples[wrong + 1].predicted}`);
    expect(problems).toEqual([]);
  });

  test('drawing with the mouse: a 0, 1, 2 and a two-stroke 4 are read as such; Clear goes back to the test image', async ({ page, problems }) => {
    await page.goto('/#/digits?sample=3');
    await stroke(page, ellipse(0.5, 0.5, 0.22, 0.38));
    await expect(page.getByTestId('digits-source')).toHaveText('your drawing');
    await expect(page.getByTestId('digits-prediction')).toHaveText('Prediction: 0');
    await page.getByRole('button', { name: 'Clear' }).click();
    await expect(page.getByTestId('digits-prediction')).toHaveText(`Prediction: ${NET.samples[3].predicted}`);
    await stroke(page, [[0.45, 0.12], [0.5, 0.88]]);
    await expect(page.getByTestId('digits-prediction')).toHaveText('Prediction: 1');
    await page.getByRole('button', { name: 'Clear' }).click();
    await stroke(page, [[0.3, 0.25], [0.5, 0.12], [0.7, 0.25], [0.68, 0.4], [0.3, 0.85], [0.75, 0.85]]);
    await expect(page.getByTestId('digits-prediction')).toHaveText('Prediction: 2');
    await page.getByRole('button', { name: 'Clear' }).click();
    await stroke(page, [[0.55, 0.1], [0.25, 0.6], [0.75, 0.6]]);
    await stroke(page, [[0.6, 0.35], [0.6, 0.9]]);
    await expect(page.getByTestId('digits-prediction')).toHaveText('Prediction: 4');
    await stroke(page, [[0.45, 0.12], [0.5, 0.88]]);
    await page.getByRole('button', { name: 'Clear' }).click();
    await stroke(page, [[0.45, 0.12], [0.5, 0.88]]);
    await expect(page.getByTestId('digits-prediction')).toHaveText('Prediction: 1');
    // The 8×8 input shows the drawing counted into pixels 0–16.
    const input = page.getByRole('img', { name: /^Input 8×8/ });
    const texts = await input.locator('text').allTextContents();
    expect(texts).toHaveLength(64);
    expect(texts.every((v) => Number(v) >= 0 && Number(v) <= 16)).toBe(true);
    expect(texts.some((v) => Number(v) > 8)).toBe(true);
    expect(problems).toEqual([]);
  });

  test('a pen and a finger draw too (pointer events)', async ({ page, problems }) => {
    await page.goto('/#/digits');
    const pad = page.getByTestId('digits-pad');
    const box = (await pad.boundingBox())!;
    for (const pointerType of ['pen', 'touch']) {
      await page.getByRole('button', { name: 'Clear' }).click();
      const pts = [[0.5, 0.1], [0.5, 0.5], [0.52, 0.9]];
      const ev = (x: number, y: number) => ({ pointerId: 7, pointerType, isPrimary: true, clientX: box.x + x * box.width, clientY: box.y + y * box.height, bubbles: true });
      await pad.dispatchEvent('pointerdown', ev(pts[0][0], pts[0][1]));
      for (const [x, y] of pts.slice(1)) await pad.dispatchEvent('pointermove', ev(x, y));
      await pad.dispatchEvent('pointerup', ev(pts[2][0], pts[2][1]));
      await expect(page.getByTestId('digits-source')).toHaveText('your drawing');
      await expect(page.getByTestId('digits-prediction')).toHaveText('Prediction: 1');
    }
    expect(problems).toEqual([]);
  });

  test('pointing at feature-map cells explains them: conv terms + bias, ReLU, max pool; size and accuracy', async ({ page, problems }) => {
    await page.goto('/#/digits?sample=4');
    const cell = (name: string, r: number, c: number) => page.getByRole('img', { name: new RegExp(`^${name},`) }).locator(`[data-r="${r}"][data-c="${c}"]`);
    // After ReLU (the default): a cell is max(conv, 0), then the conv cell's terms.
    await cell('relu2 channel 3', 1, 2).hover();
    await expect(page.getByTestId('digits-explain-relu')).toHaveText(/^ReLU at \[3, 1, 2\]: max\(.+, 0\) = /);
    await expect(page.getByTestId('digits-explain-line')).toHaveText(/^conv2 channel 3, cell \[1, 2\] = 72 terms \+ bias −?[\d.]+ = −?[\d.]+$/);
    await expect(page.getByTestId('digits-explain-terms').locator('> li')).toHaveCount(8);
    await cell('relu1 channel 0', 0, 0).hover();
    await expect(page.getByTestId('digits-explain-terms').locator('.term-pad')).toHaveCount(5);
    await cell('class 5', 3, 3).hover();
    await expect(page.getByTestId('digits-explain-line')).toHaveText(/^conv3 channel 5, cell \[3, 3\] = 16 terms/);
    await expect(page.getByTestId('digits-explain-relu')).toHaveCount(0);
    await cell('pool1 channel 6', 2, 2).click();
    await page.mouse.move(0, 0);
    await expect(page.getByTestId('digits-explain-line')).toHaveText(/^max pool at \[6, 2, 2\]: max of the 2×2 window .+ = /);
    await cell('pool1 channel 6', 2, 2).click();
    // Before ReLU: the raw sums, negatives kept.
    await page.getByRole('button', { name: 'before ReLU' }).click();
    await expect(page.getByRole('img', { name: /^relu2 channel 0,/ })).toHaveCount(0);
    await cell('conv2 channel 1', 0, 1).hover();
    await expect(page.getByTestId('digits-explain-line')).toHaveText(/^conv2 channel 1, cell \[0, 1\] = 72 terms/);
    await expect(page.getByTestId('digits-explain-relu')).toHaveCount(0);
    await expect(page.getByTestId('digits-params')).toHaveText('1,418');
    await expect(page.getByTestId('digits-macs')).toHaveText('25,600');
    const pct = ((100 * NET.testCorrect) / NET.testCount).toFixed(1);
    await expect(page.getByTestId('digits-accuracy')).toContainText(`Held-out test accuracy: ${NET.testCorrect} of ${NET.testCount} = ${pct}\u00a0%`);
    expect(problems).toEqual([]);
  });

  test('Chinese: prediction, explanation and accuracy in Chinese', async ({ page, problems }) => {
    await page.goto('/#/digits?sample=0&lang=zh');
    await expect(page.getByTestId('digits-prediction')).toHaveText(`预测：${NET.samples[0].predicted}`);
    await expect(page.getByTestId('digits-accuracy')).toContainText('留出测试集准确率');
    await page.getByRole('img', { name: /^relu1 通道 2,/ }).locator('[data-r="3"][data-c="3"]').hover();
    await expect(page.getByTestId('digits-explain-line')).toHaveText(/^conv1 通道 2，格子 \[3, 3\] = 9 项乘积/);
    expect(problems).toEqual([]);
  });

  test('a failed fetch of the weights says so in the page, and Try again loads them', async ({ page, problems }) => {
    await page.route('**/digits-nin.json', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.goto('/#/digits');
    await expect(page.getByTestId('digits-failed')).toContainText('The trained weights could not be loaded: the server answered 404 for digits-nin.json.');
    await page.unroute('**/digits-nin.json');
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByTestId('digits-prediction')).toHaveText(`Prediction: ${NET.samples[0].predicted}`);
    // 404s reach the console as failed resources; they are what this test provokes.
    problems.splice(0, problems.length, ...problems.filter((p) => !p.includes('404')));
    expect(problems).toEqual([]);
  });

  test('a weights file that is not JSON, in Chinese, names the file', async ({ page, problems }) => {
    await page.route('**/digits-nin.json', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<html>oops</html>' }));
    await page.goto('/#/digits?lang=zh');
    await expect(page.getByTestId('digits-failed')).toContainText('无法加载训练好的权重：digits-nin.json 不是权重文件（不是 JSON）');
    expect(problems).toEqual([]);
  });
});
