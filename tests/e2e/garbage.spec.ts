import { BUILT_SCENE_IDS } from '../../src/scenes/registry.ts';
import { expect, test } from './fixtures.ts';

const LINKS: [string, string][] = [
  ['#/receptive-field?layers=%%%&size=-5', 'layers=%%% is not a valid value'],
  ['#/group-shuffle?groups=0&in_channels=999', 'groups=0 is out of range; using 1.'],
  ['#/squeeze-excite?channels=abc&reduction=99', 'channels=abc is not a valid value; using 8.'],
  ['#/inception?ch3x3=0&module=huge&size=99&aux_size=-4&padding=maybe', 'ch3x3=0 is out of range; using 1.'],
  ['#/depthwise-separable?out_channels=99999&kernel_size=-1', 'out_channels=99999 is out of range; using 2048.'],
  ['#/pointwise?bn_in=0&mode=xyz&map=1e9', 'mode=xyz is not a valid value; using bottleneck.'],
  ['#/conv-transpose2d?output_padding=banana&view=3d', 'output_padding=banana is not a valid value; using 0.'],
  ['#/residual?planes=9999&block=wide&factor=-3&stride=x', 'planes=9999 is out of range; using 512.'],
  ['#/digits?sample=banana', 'sample=banana is not a valid value; using 0.'],
  ['#/digits?sample=99999', 'sample=99999 is out of range; using 199.'],
  ['#/image-lab?filters=sobelX,nope&kernel=1,2;3&stride=0&picture=moon&max_side=1e9', 'filters=sobelX,nope is not a valid value; using sobelX,blur,typed.'],
  ['#/pooling?view=xyz&kernel_size=99&padding=-1&mode=min&ceil_mode=maybe', 'view=xyz is not a valid value; using window.'],
  ['#/networks?model=lenet&size=9999x7&aux=maybe', 'model=lenet is not a valid value; using alexnet.'],
];

test('every scene of the registry has a garbage link here or in its own spec', () => {
  // conv2d's garbage link is tested in conv2d.spec.ts, with the stale picture and the alert.
  // The lessons' bad links (unknown lesson, unreadable step) are tested in lessons.spec.ts.
  const covered = ['conv2d', 'lessons', ...LINKS.map(([link]) => link.slice(2, link.indexOf('?')))];
  expect(BUILT_SCENE_IDS.filter((id) => !covered.includes(id))).toEqual([]);
});

for (const [link, message] of LINKS) {
  test(`garbage link ${link}: the scene opens, the page says what it changed, no console error`, async ({ page, problems }) => {
    await page.goto(`/${link}`);
    await expect(page.getByRole('status').first()).toContainText(message);
    await expect(page.locator('.scene')).toBeVisible();
    await expect(page.locator('body')).not.toContainText('NaN');
    expect(problems).toEqual([]);
  });
}
