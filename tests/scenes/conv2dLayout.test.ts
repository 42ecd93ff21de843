import { describe, expect, it } from 'vitest';
import { conv2dGeometry } from '../../src/engine/index.ts';
import { conv2dHighlights, MARK } from '../../src/animations/conv2dHighlights.ts';
import { conv2dFrame } from '../../src/animations/conv2dFrames.ts';
import { conv2dCode } from '../../src/scenes/conv2d/code.ts';
import { conv2dModel } from '../../src/scenes/conv2d/model.ts';
import { conv2dSchema } from '../../src/scenes/conv2d/schema.ts';
import { indexGutter, readableCell, stageLayout } from '../../src/layout/convStage.ts';
import { pluralCategory, pluralKey } from '../../src/i18n/plural.ts';
import { defaults } from '../../src/url/schema.ts';

/** Width a wide layout needs: card columns (inputs with their row numbers) and the output column. */
function neededWidth(g: ReturnType<typeof conv2dGeometry>, l: ReturnType<typeof stageLayout>): number {
  const cards = l.columns * ((g.inW + g.padLeft + g.padRight) * l.cellSize + indexGutter(l.cellSize).left);
  return (l.columns + 2) * 20 + cards + g.outW * l.outputCellSize + indexGutter(l.outputCellSize).left;
}

describe('stageLayout', () => {
  it('readable cells: 24 px at least (a touch target), more for wide numbers', () => {
    expect(readableCell(1)).toBe(24);
    expect(readableCell(3)).toBe(24);
    expect(readableCell(5)).toBe(35);
    expect(indexGutter(24).font).toBeGreaterThanOrEqual(10);
  });

  it('x=[8,6,6] k=6x6 O=8 on a 1366×900 stage: cells stay readable, the stage scrolls, no sideways scrolling', () => {
    const g = conv2dGeometry([8, 6, 6], [8, 8, 6, 6]);
    const l = stageLayout(g, 960, 520, false, { input: 2, output: 4 });
    expect(l.cellSize).toBeGreaterThanOrEqual(24);
    expect(l.outputCellSize).toBeGreaterThanOrEqual(readableCell(4));
    expect(l.scrolls).toBe(true);
    expect(neededWidth(g, l)).toBeLessThanOrEqual(960);
  });

  it('x=[1,5,5] k=3x3 on a 1920×1080 stage: fits without scrolling, with large cells', () => {
    const g = conv2dGeometry([1, 5, 5], [1, 1, 3, 3]);
    const l = stageLayout(g, 1500, 760, false, { input: 2, output: 3 });
    expect(l.scrolls).toBe(false);
    expect(l.cellSize).toBeGreaterThan(40);
    // Inputs and kernel stacked, with their column numbers: the height fits.
    expect(2 * (34 + 20 + indexGutter(l.cellSize).top) + 8 * l.cellSize).toBeLessThanOrEqual(760);
  });

  it('without chars (a caller that must fit its box) cells shrink below the readable size, as before', () => {
    const g = conv2dGeometry([8, 32, 32], [8, 8, 3, 3], { padding: 1 });
    expect(stageLayout(g, 900, 500, false).cellSize).toBeLessThan(24);
    expect(stageLayout(g, 900, 500, false, { input: 1, output: 3 }).cellSize).toBe(24);
  });
});

describe('conv2dHighlights with a pointed term', () => {
  it('x=[1,5,5] k=3x3: pointing at term 4 marks input (1, 1) and weight (1, 1) current instead of the playback tap', () => {
    const g = conv2dGeometry([1, 5, 5], [1, 1, 3, 3]);
    const frame = conv2dFrame(g, 0, false);
    const plain = conv2dHighlights(g, frame, null);
    const pointed = conv2dHighlights(g, frame, null, 4);
    expect(plain.input[0][0]).toBe(MARK.current);
    expect(pointed.input[0][0]).toBe(MARK.window);
    expect(pointed.input[0][1 * 5 + 1]).toBe(MARK.current);
    expect(pointed.kernel[0][1 * 3 + 1]).toBe(MARK.current);
    // Playback's own term index is unchanged (the explanation still knows which terms are done).
    expect(pointed.termIndex).toBe(0);
    // A term outside the cell changes nothing.
    expect(conv2dHighlights(g, frame, null, 99)).toEqual(plain);
  });
});

describe('conv2dCode comments', () => {
  it('comments come in the learner’s language, the code stays PyTorch', () => {
    const p = { ...defaults(conv2dSchema), inChannels: 3, size: [7, 7] as [number, number] };
    const model = conv2dModel(p);
    const zh = conv2dCode(p, model.output.shape, model.params, {
      inputShape: '(N, C, H, W)：批量、通道、高、宽',
      outputShape: (shape) => `输出形状 (${shape})`,
      params: (n) => `共 ${n} 个参数`,
    });
    expect(zh).toContain('x = torch.randn(1, 3, 7, 7)  # (N, C, H, W)：批量、通道、高、宽');
    expect(zh).toContain('y = conv(x)  # 输出形状 (1, 1, 5, 5)');
    expect(zh).toContain(`# 共 ${3 * 9 + 1} 个参数`);
    expect(zh).toContain('conv = nn.Conv2d(in_channels=3, out_channels=1, kernel_size=3)');
  });
});

describe('plural', () => {
  it('English has one and other, Chinese only other', () => {
    expect(pluralKey('en', 'calc.input', 1)).toBe('calc.input.one');
    expect(pluralKey('en', 'calc.input', 0)).toBe('calc.input.other');
    expect(pluralKey('en', 'calc.input', 2)).toBe('calc.input.other');
    expect(pluralKey('zh', 'calc.input', 1)).toBe('calc.input.other');
    expect(pluralCategory('en', 1.5)).toBe('other');
  });
});
