import { BUILT_SCENE_IDS } from '../../src/scenes/registry.ts';
import { expect, test } from './fixtures.ts';

// Names that stay as they are in Chinese: PyTorch's own words and the tensor axes, and code in a comment (a
// call, an identifier with `_`, `.` or a digit, a CamelCase class name such as BatchNorm2d).
const NAMES = /\b(N|C|H|W|x|y|ReLU|sigmoid|groups|in_channels|out_channels|kernel_size|stride|padding|dilation|bias|torch|torchvision|True|False|None)\b|[A-Za-z_][\w.]*\([^)]*\)|\b\w*[_.\d]\w*\b|\b[A-Z][a-z]+[A-Z]\w*\b/g;

// The lessons page frames other scenes and has no code of its own.
for (const id of BUILT_SCENE_IDS.filter((s) => s !== 'lessons')) {
  test(`#/${id}?lang=zh: the PyTorch code's comments are in Chinese`, async ({ page, problems }) => {
    await page.goto(`/#/${id}?lang=zh`);
    const code = page.locator('pre.code');
    await expect(code.first()).toBeVisible();
    const texts = await code.allTextContents();
    const comments = texts.flatMap((t) => t.split('\n')).flatMap((line) => (line.includes('#') ? [line.slice(line.indexOf('#') + 1)] : []));
    const english = comments.filter((c) => /[A-Za-z]{3,}/.test(c.replace(NAMES, '')));
    expect(english).toEqual([]);
    expect(problems).toEqual([]);
  });
}
