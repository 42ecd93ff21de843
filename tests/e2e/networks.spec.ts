import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/** The row of the layer table for module `name` (its first call). */
const row = (page: Page, name: string) => page.locator(`[data-testid="net-table"] tr[data-row="${name}"]`).first();
const shape = (page: Page, name: string) => row(page, name).locator('td').nth(1);

/** torchvision's `sum(p.numel() for p in model.parameters())`, as the issue lists them. */
const TOTALS: [string, string, string][] = [
  ['alexnet', '61,100,840', 'AlexNet (2012)'],
  ['vgg16', '138,357,544', 'VGG-16 (2014)'],
  ['googlenet', '6,624,904', 'GoogLeNet (2014)'],
  ['googlenet&aux=1', '13,004,888', 'GoogLeNet (2014)'],
  ['resnet18', '11,689,512', 'ResNet-18 (2015)'],
  ['resnet50', '25,557,032', 'ResNet-50 (2015)'],
  ['squeezenet1_0', '1,248,424', 'SqueezeNet 1.0 (2016)'],
  ['mobilenet_v2', '3,504,872', 'MobileNetV2 (2018)'],
  ['shufflenet_v2_x1_0', '2,278,604', 'ShuffleNetV2 ×1.0 (2018)'],
];

for (const [model, total, title] of TOTALS) {
  test(`#/networks?model=${model}: ${title} totals ${total} parameters, as torchvision counts them`, async ({ page, problems }) => {
    await page.goto(`/#/networks?model=${model}`);
    await expect(page.getByRole('heading', { name: `${title}, layer by layer, for one 3×224×224 image` })).toBeVisible();
    await expect(page.getByTestId('net-total-params')).toHaveText(total);
    await expect(page.locator('pre.code')).toContainText(`torchvision.models.${model.replace('&aux=1', '')}(weights=None`);
    await expect(page.locator('pre.code')).toContainText(`# ${total} parameters`);
    expect(problems).toEqual([]);
  });
}

test('the page says what is counted: one image, 1 MAC = 2 FLOPs, BatchNorm and the rest not in the MACs; AlexNet’s FC layers hold 96 %', async ({ page, problems }) => {
  await page.goto('/#/networks');
  await expect(page.getByTestId('net-total-macs')).toHaveText('714,188,480');
  await expect(page.getByTestId('net-total-short')).toHaveText('0.71 GMACs = 1.43 GFLOPs');
  await expect(page.getByText('For one image; 1 MAC = 2 FLOPs; MACs of convolutions and linear layers only')).toBeVisible();
  await expect(page.getByTestId('net-counting')).toContainText('1 MAC (multiply-accumulate) = 2 FLOPs, a multiply and an add. A batch of N images takes N times the MACs and the same parameters.');
  await expect(page.getByTestId('net-counting')).toContainText('Not counted (as in torchvision’s own GFLOPS): BatchNorm, activations, pooling');
  await expect(page.getByTestId('net-shares-lead')).toHaveText('FC layers (Linear) hold 96.0% of AlexNet’s parameters; k×k convs do 91.8% of its MACs.');
  await page.goto('/#/networks?model=mobilenet_v2');
  await expect(page.getByTestId('net-shares-lead')).toHaveText('1×1 convs hold 60.6% of MobileNetV2’s parameters; 1×1 convs do 89.1% of its MACs.');
  expect(problems).toEqual([]);
});

test('folding: ResNet-50’s Bottlenecks start folded with their subtotals; one unfolds to its convs, all fold and unfold', async ({ page, problems }) => {
  await page.goto('/#/networks?model=resnet50');
  await expect(page.getByTestId('net-row-count')).toHaveText('26 of 182 rows shown');
  await expect(row(page, 'layer2.0')).toHaveText(/Bottleneck\s*512×28×28\s*379,392\s*372,506,624/);
  await expect(row(page, 'layer2.0.conv2')).toHaveCount(0);
  const toggle = row(page, 'layer2.0').getByRole('button');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(row(page, 'layer2.0.conv2')).toHaveText(/Conv2d\s*128×28×28\s*147,456\s*115,605,504/);
  await expect(row(page, 'layer2.0.conv2')).toContainText('128, 128, kernel_size=(3, 3), stride=(2, 2), padding=(1, 1), bias=False');
  await expect(row(page, 'layer2.0.downsample.0')).toContainText('256, 512, kernel_size=(1, 1), stride=(2, 2), bias=False');
  await expect(page.getByTestId('net-row-count')).toHaveText('38 of 182 rows shown');
  await toggle.click();
  await expect(row(page, 'layer2.0.conv2')).toHaveCount(0);
  await page.getByRole('button', { name: 'Unfold all blocks', exact: true }).click();
  await expect(page.getByTestId('net-row-count')).toHaveText('182 of 182 rows shown');
  await page.getByRole('button', { name: 'Fold all blocks', exact: true }).click();
  await expect(page.getByTestId('net-row-count')).toHaveText('10 of 182 rows shown');
  // The totals do not depend on what is folded.
  await expect(page.getByTestId('net-total-params')).toHaveText('25,557,032');
  expect(problems).toEqual([]);
});

test('the long table scrolls inside its panel and the header stays', async ({ page, problems }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/#/networks?model=googlenet&aux=1');
  await page.getByRole('button', { name: 'Unfold all blocks', exact: true }).click();
  await expect(page.getByTestId('net-row-count')).toHaveText('237 of 237 rows shown');
  const box = page.getByRole('group', { name: /GoogLeNet \(2014\), layer by layer/ });
  const header = page.getByRole('columnheader', { name: 'Output shape' });
  await box.evaluate((el) => (el.scrollTop = el.scrollHeight));
  const [boxTop, headerTop] = await Promise.all([box.boundingBox(), header.boundingBox()]);
  expect(Math.abs(headerTop!.y - boxTop!.y)).toBeLessThan(4);
  await expect(row(page, 'fc')).toBeInViewport();
  await expect(page.getByTestId('net-total-params')).toBeInViewport();
  expect(await page.evaluate(() => document.scrollingElement!.scrollHeight)).toBeLessThanOrEqual(1080);
  expect(problems).toEqual([]);
});

test('a new input size recomputes every shape and writes the link; GoogLeNet’s rectangular 300×500', async ({ page, problems }) => {
  await page.goto('/#/networks');
  await expect(shape(page, 'features.0')).toHaveText('64×55×55');
  await page.getByRole('spinbutton', { name: 'size: height' }).fill('320');
  await page.getByRole('spinbutton', { name: 'size: width' }).fill('320');
  await expect(page).toHaveURL(/size=320/);
  await expect(shape(page, 'features.0')).toHaveText('64×79×79');
  await expect(shape(page, 'features.12')).toHaveText('256×9×9');
  await expect(shape(page, 'avgpool')).toHaveText('256×6×6');
  await expect(page.getByRole('heading', { name: 'AlexNet (2012), layer by layer, for one 3×320×320 image' })).toBeVisible();
  // The parameters stay (the adaptive pool hands the FC head its 6×6 whatever the size).
  await expect(page.getByTestId('net-total-params')).toHaveText('61,100,840');
  await page.goto('/#/networks?model=googlenet&size=300x500');
  await expect(shape(page, 'conv1')).toHaveText('64×150×250');
  await expect(shape(page, 'inception5b')).toHaveText('1024×9×16');
  await expect(page.locator('pre.code')).toContainText('model(torch.randn(1, 3, 300, 500))');
  expect(problems).toEqual([]);
});

test('an impossible size is explained: AlexNet cannot take 32×32 (features.12, smallest 63×63); the last valid table stays, grey', async ({ page, problems }) => {
  await page.goto('/#/networks?size=224');
  await page.getByRole('spinbutton', { name: 'size: height' }).fill('32');
  await page.getByRole('spinbutton', { name: 'size: width' }).fill('32');
  await expect(page.getByRole('alert')).toContainText(
    'features.12 cannot take a 32×32 input: by then the map is 1 cells in height (1 with padding), but its window (kernel_size=3) spans 3. The smallest input this network takes is 63×63.',
  );
  await expect(page.locator('.scene')).toHaveClass(/scene-stale/);
  await expect(page.getByRole('heading', { name: /for one 3×224×224 image/ })).toBeVisible();
  await page.getByRole('spinbutton', { name: 'size: height' }).fill('63');
  await page.getByRole('spinbutton', { name: 'size: width' }).fill('63');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(shape(page, 'features.12')).toHaveText('256×1×1');
  expect(problems).toEqual([]);
});

test('in Chinese: a link that opens impossible explains it and shows the nearest size; the headings and code comments are Chinese', async ({ page, problems }) => {
  await page.goto('/#/networks?size=40x224&lang=zh');
  await expect(page.getByRole('alert')).toContainText('features.12 无法接受 40×224 的输入：到这一层时特征图在高度方向只有 1 个格子');
  await expect(page.getByRole('alert')).toContainText('这个网络在高度方向最小接受 63。');
  await expect(page.getByRole('heading', { name: 'AlexNet（2012）逐层列表，输入一张 3×63×224 的图像' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: '乘加次数' })).toBeVisible();
  await expect(page.getByTestId('net-shares-lead')).toContainText('全连接层（Linear）占 AlexNet 参数的 96.0%；k×k 卷积完成其乘加次数的');
  await expect(page.locator('pre.code')).toContainText('# 61,100,840 个参数');
  expect(problems).toEqual([]);
});

test('row links open the scene that teaches the layer with its settings: a conv, an Inception module, a depthwise conv, a Bottleneck, a pool, an FC layer', async ({ page, problems }) => {
  await page.goto('/#/networks');
  const conv = row(page, 'features.0').getByRole('link', { name: 'Conv2d (features.0)' });
  await expect(conv).toHaveAttribute('title', /out_channels=64 is beyond the scene’s range: it opens with 8\./);
  await conv.click();
  await expect(page).toHaveURL(/#\/conv2d\?size=15&in_channels=3&out_channels=8&kernel_size=11&stride=4&padding=2$/);
  await expect(page.getByRole('spinbutton', { name: 'kernel_size: height' })).toHaveValue('11');
  await expect(page.getByRole('spinbutton', { name: 'stride: width' })).toHaveValue('4');

  await page.goto('/#/networks?model=googlenet');
  const inception = row(page, 'inception4a').getByRole('link', { name: 'Inception (inception4a)' });
  await expect(inception).toHaveAttribute('title', /torchvision’s “5×5” branch \(16 → 48\) is a 3×3 convolution/);
  await inception.click();
  await expect(page).toHaveURL(/#\/inception\?in_channels=480&ch1x1=192&ch3x3=208&ch5x5=48&pool_proj=64&map=14$/);
  await expect(page.getByRole('spinbutton', { name: /· ch3x3$/ })).toHaveValue('208');

  await page.goto('/#/networks?model=mobilenet_v2');
  await row(page, 'features.2').getByRole('button').click();
  await row(page, 'features.2.conv.1').getByRole('button').click();
  await row(page, 'features.2.conv.1.0').getByRole('link', { name: 'Depthwise (features.2.conv.1.0)' }).click();
  await expect(page).toHaveURL(/#\/depthwise-separable\?in_channels=96&out_channels=24$/);

  await page.goto('/#/networks?model=resnet50');
  await row(page, 'layer3.0').getByRole('link', { name: 'Residual (layer3.0)' }).click();
  await expect(page).toHaveURL(/#\/residual\?block=bottleneck&inplanes=512&planes=256&stride=2&downsample=conv1x1$/);

  await page.goto('/#/networks?model=squeezenet1_0');
  await row(page, 'features.2').getByRole('link', { name: 'Pooling (features.2)' }).click();
  await expect(page).toHaveURL(/#\/pooling\?size=8&kernel_size=3&ceil_mode=1$/);
  await expect(page.getByTestId('pool-shape')).toHaveText('1×8×8 → 1×4×4');

  await page.goto('/#/networks?model=vgg16');
  await row(page, 'classifier.0').getByRole('link', { name: 'FC as conv (classifier.0)' }).click();
  await expect(page).toHaveURL(/#\/pooling\?view=fc-conv&fc_channels=512&fc_map=7&fc_feed=9$/);
  await expect(page.getByTestId('pool-fc-table')).toBeVisible();
  expect(problems).toEqual([]);
});

test('the trend chart: pointing at a network writes out its numbers; clicking one opens its table', async ({ page, problems }) => {
  await page.goto('/#/networks?size=320');
  const chart = page.getByTestId('net-trend');
  await chart.getByRole('link', { name: /^ShuffleNetV2 ×1\.0 \(2018\)/ }).hover();
  await expect(page.getByTestId('net-trend-readout')).toHaveText('ShuffleNetV2 ×1.0 (2018): 2,278,604 parameters, 144,907,992 MACs');
  await chart.getByRole('link', { name: /^VGG-16 \(2014\)/ }).click();
  await expect(page).toHaveURL(/model=vgg16&size=320/);
  await expect(page.getByTestId('net-total-params')).toHaveText('138,357,544');
  await expect(chart.getByRole('link', { name: /^VGG-16 \(2014\).*\(shown in the table\)$/ })).toHaveAttribute('aria-current', 'true');
  // Keyboard: a point is a link.
  await chart.getByRole('link', { name: /^ResNet-18 \(2015\)/ }).focus();
  await expect(page.getByTestId('net-trend-readout')).toContainText('ResNet-18 (2015): 11,689,512 parameters');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/model=resnet18/);
  expect(problems).toEqual([]);
});

test('phone 390×844 in Chinese and the projector theme: no sideways overflow, the table scrolls sideways in its panel, the names stay', async ({ page, problems }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/#/networks?model=resnet50&lang=zh&theme=projector');
  await expect(page.getByTestId('net-total-params')).toHaveText('25,557,032');
  expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(390);
  const box = page.getByRole('group', { name: /ResNet-50（2015）逐层列表/ });
  const { scrollWidth, clientWidth } = await box.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
  expect(scrollWidth).toBeGreaterThan(clientWidth);
  await box.evaluate((el) => (el.scrollLeft = el.scrollWidth));
  const [boxRect, nameRect] = await Promise.all([box.boundingBox(), row(page, 'conv1').locator('th').boundingBox()]);
  expect(Math.abs(nameRect!.x - boxRect!.x)).toBeLessThan(4);
  expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(390);
  expect(problems).toEqual([]);
});

test('axe: unfolded blocks, the impossible-size alert and the pointed chart, light and projector, en and zh', async ({ page, problems }) => {
  test.setTimeout(60_000);
  const found: string[] = [];
  for (const [theme, lang] of [['light', 'en'], ['projector', 'zh'], ['dark', 'en']]) {
    await page.goto('about:blank');
    await page.goto(`/#/networks?model=googlenet&aux=1&theme=${theme}&lang=${lang}`);
    await page.getByTestId('net-table').getByRole('button').first().waitFor();
    await page.locator('[data-testid="net-table"] tr[data-row="inception3a"] button').click();
    await page.locator('[data-testid="net-trend"] a[data-network="resnet50"]').hover();
    const scan = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
    found.push(...scan.violations.map((v) => `${theme} ${lang}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`));
    await page.goto('about:blank');
    await page.goto(`/#/networks?size=32&theme=${theme}&lang=${lang}`);
    await expect(page.getByRole('alert')).toBeVisible();
    const alert = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
    found.push(...alert.violations.map((v) => `${theme} ${lang} alert: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`));
  }
  expect(found, found.join('\n')).toEqual([]);
  expect(problems).toEqual([]);
});
