import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { conv2dFrame } from '../../src/animations/conv2dFrames.ts';
import { MARK } from '../../src/animations/conv2dHighlights.ts';
import { scatterHighlights, stampCounts } from '../../src/animations/scatterHighlights.ts';
import { convTranspose2dCall } from '../../src/scenes/convTranspose2d/code.ts';
import {
  convTranspose2dModel,
  convTranspose2dProblems,
  nearestValidTransposed,
  shapeNotValues,
  undoCandidates,
  undoOfConv2d,
} from '../../src/scenes/convTranspose2d/model.ts';
import { convTranspose2dSchema } from '../../src/scenes/convTranspose2d/schema.ts';
import type { ConvTranspose2dValues } from '../../src/scenes/convTranspose2d/schema.ts';
import { defaults } from '../../src/url/schema.ts';

const v = (p: Partial<ConvTranspose2dValues> = {}): ConvTranspose2dValues => ({ ...defaults(convTranspose2dSchema), ...p });

describe('conv-transpose2d model', () => {
  it('defaults: 2×2 input, k=3, s=2, p=0 → 5×5 (CONCEPTS §3); 9 weights + 1 bias; 36 MACs', () => {
    const m = convTranspose2dModel(v());
    expect(m.output.shape).toEqual([1, 5, 5]);
    expect(m.params).toBe(10);
    expect(m.macs).toBe(4 * 9);
    // The gather grid: 3×3 zero-inserted input padded by d·(k − 1) − p = 2 on each side.
    expect(m.gather.input.shape).toEqual([1, 7, 7]);
    expect([m.eq.outH, m.eq.outW]).toEqual([5, 5]);
  });

  it('output_padding not smaller than stride or dilation is a problem naming both', () => {
    expect(convTranspose2dProblems(v({ outputPadding: [2, 0] }))).toEqual([
      { param: 'output_padding', code: 'outputPadding', values: { axis: 'height', output_padding: 2, stride: 2, dilation: 1, max: 1 } },
    ]);
    expect(convTranspose2dProblems(v({ stride: [1, 1], dilation: [2, 2], outputPadding: [1, 1] }))).toEqual([]);
  });

  it('no problem exactly when the engine builds the model (the rules are the engine’s, over the scene’s ranges)', () => {
    const pair = (min: number, max: number) => fc.tuple(fc.integer({ min, max }), fc.integer({ min, max }));
    const values = fc.record({
      size: pair(1, 4),
      inChannels: fc.integer({ min: 1, max: 4 }),
      outChannels: fc.integer({ min: 1, max: 4 }),
      kernelSize: pair(1, 4),
      stride: pair(1, 3),
      padding: pair(0, 4),
      outputPadding: pair(0, 3),
      dilation: pair(1, 3),
      groups: fc.integer({ min: 1, max: 4 }),
    });
    fc.assert(
      fc.property(values, (q) => {
        const p = v(q);
        let threw = false;
        try {
          convTranspose2dModel(p);
        } catch {
          threw = true;
        }
        expect(threw).toBe(convTranspose2dProblems(p).length > 0);
      }),
      { numRuns: 60 },
    );
  });

  it('padding that crops the whole output, and groups that do not divide, are problems', () => {
    expect(convTranspose2dProblems(v({ size: [1, 1], kernelSize: [1, 1], padding: [1, 0] }))[0]).toMatchObject({ code: 'outputEmpty', values: { axis: 'height', out: -1 } });
    expect(convTranspose2dProblems(v({ inChannels: 3, groups: 2 }))[0]).toMatchObject({ code: 'groupsIn' });
    expect(convTranspose2dProblems(nearestValidTransposed(v({ inChannels: 3, groups: 2, outputPadding: [3, 3] })))).toEqual([]);
  });

  it('5×5 and 6×6 both give 3×3 with k=3, s=2, p=1: output_padding 0 restores 5, 1 restores 6', () => {
    expect(undoCandidates(v({ size: [3, 3], padding: [1, 1] }))).toEqual([
      { axis: 'H', candidates: [{ size: 5, outputPadding: 0, allowed: true }, { size: 6, outputPadding: 1, allowed: true }] },
      { axis: 'W', candidates: [{ size: 5, outputPadding: 0, allowed: true }, { size: 6, outputPadding: 1, allowed: true }] },
    ]);
  });

  it('undoOfConv2d: 5×5, k=3, s=2, p=0 (→ 2×2) is undone by a 2×2 transposed conv with output_padding 0; 6×6, p=1 needs 1', () => {
    const conv = { size: [5, 5] as const, inChannels: 3, outChannels: 2, kernelSize: [3, 3] as const, stride: [2, 2] as const, padding: 0, dilation: [1, 1] as const, groups: 1, bias: true };
    expect(undoOfConv2d(conv)).toMatchObject({ size: [2, 2], inChannels: 2, outChannels: 3, outputPadding: [0, 0] });
    const undo = undoOfConv2d({ ...conv, size: [6, 6], padding: 1 });
    expect(undo).toMatchObject({ size: [3, 3], padding: [1, 1], outputPadding: [1, 1] });
    expect(convTranspose2dModel(v(undo ?? {})).output.shape).toEqual([3, 6, 6]);
    expect(undoOfConv2d({ ...conv, padding: 'same', stride: [1, 1], kernelSize: [4, 4] })).toBeNull();
  });

  it('shape, not values: conv2d then the transposed convolution gives the original shape with other values', () => {
    const p = v({ size: [3, 3], padding: [1, 1], outputPadding: [1, 1] });
    const demo = shapeNotValues(p, convTranspose2dModel(p));
    expect(demo).not.toBeNull();
    expect(demo?.restored.shape).toEqual(demo?.original.shape);
    expect(demo?.down.shape).toEqual([1, 3, 3]);
    expect([...(demo?.restored.data ?? [])]).not.toEqual([...(demo?.original.data ?? [])]);
  });

  it('nn.ConvTranspose2d call with PyTorch defaults left out', () => {
    expect(convTranspose2dCall(v())).toBe('nn.ConvTranspose2d(in_channels=1, out_channels=1, kernel_size=3, stride=2)');
    expect(convTranspose2dCall(v({ padding: [1, 1], outputPadding: [1, 0], groups: 1, bias: false, dilation: [2, 1] }))).toBe(
      'nn.ConvTranspose2d(in_channels=1, out_channels=1, kernel_size=3, stride=2, padding=1, output_padding=(1, 0), bias=False, dilation=(2, 1))',
    );
  });
});

describe('scatter view', () => {
  it('2×2, k=3, s=2: stamps overlap on the middle row and column; the centre gets all 4', () => {
    const m = convTranspose2dModel(v());
    const [counts] = stampCounts(m.geometry, m.eq, m.gather.kinds);
    expect([...counts]).toEqual([1, 1, 2, 1, 1, 1, 1, 2, 1, 1, 2, 2, 4, 2, 2, 1, 1, 2, 1, 1, 1, 1, 2, 1, 1]);
    const total = [...counts].reduce((a, b) => a + b, 0);
    expect(total).toBe(4 * 9); // every input cell stamps all 9 taps inside the output
  });

  it('at the centre cell the four input cells are marked; a focused input cell shows its 3×3 stamp', () => {
    const m = convTranspose2dModel(v());
    const centre = (2 * 5 + 2) * 10; // first step of output cell (0, 2, 2)
    const h = scatterHighlights(m.geometry, m.eq, m.gather.kinds, conv2dFrame(m.eq, centre), null);
    expect([...h.input[0]].filter((x) => x !== MARK.none)).toHaveLength(4);
    expect(h.cell).toEqual([0, 2, 2]);
    const s = scatterHighlights(m.geometry, m.eq, m.gather.kinds, conv2dFrame(m.eq, 0), { kind: 'source', index: [0, 1, 1] });
    expect(s.stamp).toMatchObject({ top: 2, left: 2, height: 3, width: 3 });
    expect([...s.output[0]].filter((x) => x === MARK.linked)).toHaveLength(9);
  });
});
