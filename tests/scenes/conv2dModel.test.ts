import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { conv2dCall, conv2dCode } from '../../src/scenes/conv2d/code.ts';
import { macFormula, outputSizeFormula, paramFormula } from '../../src/scenes/conv2d/formulas.ts';
import { formatValue } from '../../src/i18n/format.ts';
import { conv2dModel, conv2dProblems, nearestValid } from '../../src/scenes/conv2d/model.ts';
import type { Conv2dParams } from '../../src/scenes/conv2d/model.ts';
import { kernelPreset } from '../../src/scenes/conv2d/presets.ts';

const base: Conv2dParams = {
  size: [5, 5],
  inChannels: 1,
  outChannels: 1,
  kernelSize: [3, 3],
  stride: [1, 1],
  padding: 0,
  dilation: [1, 1],
  groups: 1,
  bias: true,
  seed: 1,
  preset: 'random',
  edits: [],
};
const withP = (p: Partial<Conv2dParams>): Conv2dParams => ({ ...base, ...p });

describe('conv2dProblems', () => {
  it('a valid setting has none', () => {
    expect(conv2dProblems(base)).toEqual([]);
  });

  it('groups=3 with in_channels=4 names both and the groups that would work', () => {
    expect(conv2dProblems(withP({ inChannels: 4, outChannels: 4, groups: 3 }))).toEqual([
      { param: 'groups', code: 'groupsIn', values: { groups: 3, in_channels: 4, choices: '1, 2, 4' } },
    ]);
  });

  it('groups=2 dividing in_channels=4 but not out_channels=3', () => {
    const [p] = conv2dProblems(withP({ inChannels: 4, outChannels: 3, groups: 2 }));
    expect(p.code).toBe('groupsOut');
    expect(p.values).toMatchObject({ out_channels: 3, choices: '1' });
  });

  it('x=[1,2,4] k=3 d=2 p=1: the kernel spans 5 but the padded height is 4; padding 2 would fit', () => {
    const problems = conv2dProblems(withP({ size: [2, 4], dilation: [2, 2], padding: 1 }));
    expect(problems).toHaveLength(1); // the width, 4 + 2 = 6, fits
    expect(problems[0]).toEqual({
      param: 'dilation',
      code: 'kernelTooLarge',
      values: { axis: 'height', kernel: 3, dilation: 2, span: 5, padded: 4, size: 2, padding: 2, before: 1, after: 1, needed: 2 },
    });
  });

  it("padding='same' with stride 2 is rejected, as PyTorch does", () => {
    expect(conv2dProblems(withP({ padding: 'same', stride: [2, 1] }))[0]).toMatchObject({ param: 'padding', code: 'sameNeedsStride1', values: { stride: '2x1' } });
  });

  it('no problem exactly when the engine builds the model (the rules are the engine’s, over the scene’s ranges)', () => {
    const pair = (min: number, max: number) => fc.tuple(fc.integer({ min, max }), fc.integer({ min, max }));
    const params = fc.record({
      size: pair(1, 6),
      inChannels: fc.integer({ min: 1, max: 4 }),
      outChannels: fc.integer({ min: 1, max: 4 }),
      kernelSize: pair(1, 5),
      stride: pair(1, 3),
      padding: fc.oneof(fc.integer({ min: 0, max: 2 }), pair(0, 2), fc.constantFrom('same' as const, 'valid' as const)),
      dilation: pair(1, 3),
      groups: fc.integer({ min: 1, max: 4 }),
    });
    fc.assert(
      fc.property(params, (q) => {
        const p = withP(q);
        let threw = false;
        try {
          conv2dModel(p);
        } catch {
          threw = true;
        }
        expect(threw).toBe(conv2dProblems(p).length > 0);
      }),
      { numRuns: 60 },
    );
  });
});

describe('conv2dModel', () => {
  it('x=[1,5,5] k=3 s=2 p=0 → 2×2, 10 parameters, 36 MACs (CONCEPTS §1)', () => {
    const m = conv2dModel(withP({ stride: [2, 2] }));
    expect(m.output.shape).toEqual([1, 2, 2]);
    expect(m.params).toBe(10);
    expect(m.macs).toBe(36);
  });

  it('the same seed gives the same values; inputs are digits 0–9 and weights −2..2', () => {
    const a = conv2dModel(base);
    const b = conv2dModel(base);
    expect(a.x.data).toEqual(b.x.data);
    expect([...a.x.data].every((v) => Number.isInteger(v) && v >= 0 && v <= 9)).toBe(true);
    expect([...a.weight.data].every((v) => Number.isInteger(v) && v >= -2 && v <= 2)).toBe(true);
    expect(conv2dModel(withP({ seed: 2 })).x.data).not.toEqual(a.x.data);
  });

  it('edits replace single cells; out-of-range edits are ignored', () => {
    const m = conv2dModel(
      withP({
        edits: [
          { tensor: 'input', index: [0, 1, 2], value: 42 },
          { tensor: 'weight', index: [0, 0, 2, 2], value: -7 },
          { tensor: 'input', index: [0, 9, 9], value: 5 },
        ],
      }),
    );
    expect(m.x.data[7]).toBe(42);
    expect(m.weight.data[8]).toBe(-7);
    expect([...m.x.data].filter((v) => v === 5).length).toBe([...conv2dModel(base).x.data].filter((v, i) => i !== 7 && v === 5).length);
  });

  it('the identity preset copies the input to the output (valid padding crops the border)', () => {
    const m = conv2dModel(withP({ preset: 'identity', padding: 1 }));
    expect([...m.output.data]).toEqual([...m.x.data]);
  });
});

describe('kernelPreset', () => {
  it('Sobel x is [1,0,−1; 2,0,−2; 1,0,−1]; 3×3-only presets refuse 5×5; box fits any size', () => {
    expect(kernelPreset('sobelX', [3, 3])).toEqual([1, 0, -1, 2, 0, -2, 1, 0, -1]);
    expect(kernelPreset('sobelX', [5, 5])).toBeNull();
    expect(kernelPreset('box', [2, 3])).toEqual([1, 1, 1, 1, 1, 1]);
    expect(kernelPreset('identity', [2, 2])).toBeNull();
  });
});

describe('formulas', () => {
  it("x=[1,6,7] k=2x3 padding='same': asymmetric padding is written as its two sides", () => {
    const m = conv2dModel(withP({ size: [6, 7], kernelSize: [2, 3], padding: 'same' }));
    const [h, w] = outputSizeFormula(m.geometry);
    expect(h).toEqual({ axis: 'H', filled: '⌊(6 + 0 + 1 − 1·(2 − 1) − 1) / 1⌋ + 1', result: 6 });
    expect(w).toEqual({ axis: 'W', filled: '⌊(7 + 2·1 − 1·(3 − 1) − 1) / 1⌋ + 1', result: 7 });
  });

  it('x=[4,8,8] O=6 k=3 g=2: weights 6 × 2 × 3 × 3 + 6 bias; MACs 6·6·6 × 2·3·3', () => {
    const m = conv2dModel(withP({ size: [8, 8], inChannels: 4, outChannels: 6, groups: 2 }));
    expect(paramFormula(m.geometry, true)).toEqual({ weights: '6 × 2 × 3 × 3', weightCount: 108, biasCount: 6, total: 114 });
    expect(macFormula(m.geometry)).toEqual({ filled: '6·6·6 × 2·3·3', total: 3888 });
    expect(m.params).toBe(114);
    expect(m.macs).toBe(3888);
  });

  it('formatValue: whole numbers plainly, fractions to two places, no −0', () => {
    expect([formatValue(12), formatValue(-0.004), formatValue(2.345), formatValue(-1.5)]).toEqual(['12', '0', '2.35', '-1.5']);
  });
});

describe('PyTorch code', () => {
  it('defaults are left out; pairs become tuples; bias=False and groups appear when set', () => {
    expect(conv2dCall(base)).toBe('nn.Conv2d(in_channels=1, out_channels=1, kernel_size=3)');
    expect(conv2dCall(withP({ inChannels: 4, outChannels: 8, kernelSize: [3, 5], stride: [2, 1], padding: [1, 2], dilation: [2, 2], groups: 2, bias: false }))).toBe(
      'nn.Conv2d(in_channels=4, out_channels=8, kernel_size=(3, 5), stride=(2, 1), padding=(1, 2), dilation=2, groups=2, bias=False)',
    );
    expect(conv2dCall(withP({ padding: 'same' }))).toContain("padding='same'");
  });

  it('the snippet states the input shape, output shape and parameter count', () => {
    const code = conv2dCode(withP({ inChannels: 3, size: [7, 7] }), [1, 5, 5], 28);
    expect(code).toContain('x = torch.randn(1, 3, 7, 7)');
    expect(code).toContain('# shape (1, 1, 5, 5)');
    expect(code).toContain('# 28');
  });
});

describe('nearestValid', () => {
  it('puts the parameters at fault back to their defaults until the setting works', () => {
    expect(nearestValid(withP({ inChannels: 4, groups: 3 }))).toMatchObject({ groups: 1, inChannels: 4 });
    expect(nearestValid(withP({ size: [2, 2], dilation: [3, 3] }))).toMatchObject({ dilation: [1, 1], kernelSize: [2, 2] });
    expect(nearestValid(withP({ padding: 'same', stride: [2, 2] }))).toMatchObject({ padding: 0, stride: [1, 1] });
    for (const p of [withP({ inChannels: 4, groups: 3, size: [1, 1] }), withP({ size: [1, 9], kernelSize: [11, 11], dilation: [8, 8] })]) {
      expect(conv2dProblems(nearestValid(p))).toEqual([]);
    }
  });
});
