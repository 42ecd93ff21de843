import { BUILT_SCENE_IDS } from '../../src/scenes/registry.ts';
import { expect, test } from './fixtures.ts';

const SCENES = [
  '#/conv2d?size=7&in_channels=3&padding=1',
  '#/conv-transpose2d?size=3&in_channels=2&out_channels=2&padding=1&output_padding=1',
  '#/receptive-field?size=32&layers=conv:k7:s2,conv:k3:s2,conv:k3,conv:k3',
  '#/group-shuffle?lang=zh',
  '#/depthwise-separable?in_channels=4&out_channels=8',
  '#/pointwise',
  '#/squeeze-excite?channels=16&reduction=4',
  '#/inception?step=12',
  '#/residual?block=bottleneck&inplanes=64&planes=16&stride=2&downsample=conv1x1',
  '#/pooling?size=7&kernel_size=3&padding=1&ceil_mode=1',
  '#/networks?model=googlenet&aux=1&size=300x500',
  '#/digits?sample=5&lang=zh',
  '#/image-lab?filters=sobelX,typed&kernel=1,2,1',
];

test('every scene of the registry has a phone link here', () => {
  // The lessons' phone layout is tested in lessons.spec.ts (a step's scene shows once its question is answered).
  expect(BUILT_SCENE_IDS.filter((id) => id !== 'lessons' && !SCENES.some((hash) => hash.startsWith(`#/${id}?`) || hash === `#/${id}`))).toEqual([]);
});

for (const hash of SCENES) {
  test(`phone 390×844, projector theme: ${hash} stacks without sideways overflow`, async ({ page, problems }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/${hash}${hash.includes('?') ? '&' : '?'}theme=projector`);
    await expect(page.locator('.scene')).toBeVisible();
    await expect(page.locator('.scene .grid, .scene svg').first()).toBeVisible();
    const width = await page.evaluate(() => document.scrollingElement!.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    expect(problems).toEqual([]);
  });
}
