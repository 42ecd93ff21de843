import { describe, expect, it } from 'vitest';
import { conv2d, tensor } from '../../src/engine/index.ts';
import { formatSignedSum } from '../../src/i18n/format.ts';
import { computeAll, depthwiseCompute, depthwiseWork, drawnCounts, explainMix, SLICE_MACS } from '../../src/scenes/depthwise/compute.ts';
import { depthwiseCode, depthwiseCosts, DEPTHWISE_PRESETS } from '../../src/scenes/depthwise/model.ts';
import { depthwiseSchema } from '../../src/scenes/depthwise/schema.ts';
import type { DepthwiseValues } from '../../src/scenes/depthwise/schema.ts';
import { defaults, parseParams } from '../../src/url/schema.ts';

const v = (p: Partial<DepthwiseValues> = {}): DepthwiseValues => ({ ...defaults(depthwiseSchema), ...p });

describe('depthwise-separable costs', () => {
  it('the presets reproduce CONCEPTS §5: 3 → 256: 6,912 vs 795; 16 → 32: 4,608 vs 656', () => {
    const [a, b] = DEPTHWISE_PRESETS.map((p) => depthwiseCosts(v({ inChannels: p.inChannels, outChannels: p.outChannels })));
    expect([a.rows[0].params, a.separable.params]).toEqual([6912, 795]);
    expect([b.rows[0].params, b.rows[1].params, b.rows[2].params, b.separable.params]).toEqual([4608, 144, 512, 656]);
  });

  it('MACs on the H×W map: standard O·H·W·C·k², depthwise C·H·W·k², pointwise O·H·W·C; the ratio ≈ 1/O + 1/k²', () => {
    const m = depthwiseCosts(v({ inChannels: 16, outChannels: 32, size: [8, 8] }));
    expect(m.rows.map((r) => r.macs)).toEqual([32 * 64 * 16 * 9, 16 * 64 * 9, 32 * 64 * 16]);
    expect(m.separable.macs / m.rows[0].macs).toBeCloseTo(1 / 32 + 1 / 9, 10);
    expect(m.approx).toBeCloseTo(1 / 32 + 1 / 9, 10);
  });

  it('with bias and depth multiplier 2: depthwise C·m·k² + C·m, pointwise C·m·O + O', () => {
    const m = depthwiseCosts(v({ inChannels: 3, outChannels: 4, depthMultiplier: 2, bias: true }));
    expect(m.rows[1].params).toBe(3 * 2 * 9 + 6);
    expect(m.rows[2].params).toBe(6 * 4 + 4);
  });

  it('a link may ask for 2,048 → 2,048 (was clamped to 64 and 512): 2,048·2,048·9 standard, 2,048·9 + 2,048² separable', () => {
    const read = parseParams(depthwiseSchema, new URLSearchParams('in_channels=2048&out_channels=2048'));
    expect(read.corrections).toEqual([]);
    expect([read.values.inChannels, read.values.outChannels]).toEqual([2048, 2048]);
    const m = depthwiseCosts(read.values);
    expect(m.rows[0].params).toBe(2048 * 2048 * 9);
    expect(m.separable.params).toBe(2048 * 9 + 2048 * 2048);
    expect(m.rows[0].macs).toBe(2048 * 2048 * 9 * 25);
  });

  it("an even kernel keeps H×W with padding='same' (k=2 on 4×4: 4×4 outputs, 16 cells counted, not 25)", () => {
    const m = depthwiseCosts(v({ kernelSize: 2, size: [4, 4], inChannels: 3, outChannels: 4 }));
    expect(m.rows[1].macs).toBe(3 * 16 * 4);
    expect(computeAll(v({ kernelSize: 2, size: [4, 4] })).dw.shape).toEqual([3, 4, 4]);
    expect(depthwiseCode(v({ kernelSize: 2 }))).toContain("kernel_size=2, padding='same', groups=3");
    expect(depthwiseCode(v())).toContain('nn.Conv2d(3, 3, kernel_size=3, padding=1, groups=3, bias=False),  # depthwise');
  });
});

describe('depthwise-separable values', () => {
  it('depthwise mixes nothing: each map is its own channel convolved alone; pointwise is a per-pixel matrix product', () => {
    const d = computeAll(v({ inChannels: 3, outChannels: 2 }));
    const [, H, W] = d.x.shape;
    for (let c = 0; c < 3; c++) {
      const alone = conv2d(tensor([1, H, W], d.x.data.slice(c * H * W, (c + 1) * H * W)), tensor([1, 1, 3, 3], d.dwWeight.data.slice(c * 9, (c + 1) * 9)), null, { padding: 1 });
      expect([...alone.data]).toEqual([...d.dw.data.slice(c * H * W, (c + 1) * H * W)]);
    }
    const p = 7;
    for (let o = 0; o < 2; o++) {
      const sum = [0, 1, 2].reduce((s, j) => s + d.pwWeight.data[o * 3 + j] * d.dw.data[j * H * W + p], 0);
      expect(d.pw.data[o * H * W + p]).toBe(sum);
    }
  });

  it('in slices, 40 channels × m=2 with biases equal one pass of the engine over all channels (the drawn outputs sum every map)', () => {
    const s = v({ inChannels: 40, outChannels: 300, depthMultiplier: 2, kernelSize: 4, size: [6, 7], bias: true, seed: 5 });
    const d = computeAll(s);
    expect(d.drawnOut).toBe(8);
    const dw = conv2d(d.x, d.dwWeight, d.dwBias, { padding: 'same', groups: 40 });
    expect([...d.dw.data]).toEqual([...dw.data]);
    const pw = conv2d(dw, d.pwWeight, d.pwBias, {});
    expect([...d.pw.data]).toEqual([...pw.data]);
  });

  it('2,048 channels, m=4, 7×7 on 12×12 are sliced into parts of at most SLICE_MACS (plus one), the drawn channels unchanged', () => {
    const big = v({ inChannels: 2048, outChannels: 2048, depthMultiplier: 4, kernelSize: 7, size: [12, 12] });
    let yields = 0;
    const run = depthwiseCompute(big);
    for (let r = run.next(); !r.done; r = run.next()) yields++;
    expect(yields).toBeGreaterThanOrEqual(Math.floor(depthwiseWork(big) / SLICE_MACS));
    const few = computeAll(v({ inChannels: 2, outChannels: 3, depthMultiplier: 4, kernelSize: 7, size: [12, 12] }));
    expect(drawnCounts(big)).toEqual({ drawnIn: 1, drawnMaps: 4, drawnOut: 4 });
    expect(drawnCounts({ ...big, depthMultiplier: 1, size: [5, 5] })).toEqual({ drawnIn: 8, drawnMaps: 8, drawnOut: 8 });
    expect([...few.x.data]).toEqual([...computeAll(v({ inChannels: 2, outChannels: 5, depthMultiplier: 4, kernelSize: 7, size: [12, 12] })).x.data]);
  });

  it('explainMix writes out Σ_j w[o, j]·dw[j] + b over all maps, equal to the drawn output', () => {
    const d = computeAll(v({ inChannels: 20, outChannels: 10, bias: true, seed: 3 }));
    const mix = explainMix(d, 6, 2, 3);
    expect(mix.terms).toHaveLength(20);
    expect(mix.terms.reduce((s, term) => s + term.product, 0) + (mix.bias ?? 0)).toBe(mix.value);
    expect(mix.value).toBe(d.pw.data[6 * 25 + 2 * 5 + 3]);
  });
});

describe('formatSignedSum', () => {
  it('folds each sign into its operator with a real minus: 2×3 − 1×4 + 2×(−5) − 1', () => {
    expect(formatSignedSum([[2, 3], [-1, 4], [2, -5], -1])).toBe('2×3 − 1×4 + 2×(−5) − 1');
    expect(formatSignedSum([[-2, -3], [0, 1]])).toBe('−2×(−3) + 0×1');
  });
});
