import { describe, expect, it } from 'vitest';
import { conv2d, tensor } from '../../src/engine/index.ts';
import { depthwiseCode, depthwiseModel, DEPTHWISE_PRESETS } from '../../src/scenes/depthwise/model.ts';
import { depthwiseSchema } from '../../src/scenes/depthwise/schema.ts';
import type { DepthwiseValues } from '../../src/scenes/depthwise/schema.ts';
import { defaults } from '../../src/url/schema.ts';

const v = (p: Partial<DepthwiseValues> = {}): DepthwiseValues => ({ ...defaults(depthwiseSchema), ...p });

describe('depthwise-separable model', () => {
  it('the presets reproduce CONCEPTS §5: 3 → 256: 6,912 vs 795; 16 → 32: 4,608 vs 656', () => {
    const [a, b] = DEPTHWISE_PRESETS.map((p) => depthwiseModel(v({ inChannels: p.inChannels, outChannels: p.outChannels })));
    expect([a.rows[0].params, a.separable.params]).toEqual([6912, 795]);
    expect([b.rows[0].params, b.rows[1].params, b.rows[2].params, b.separable.params]).toEqual([4608, 144, 512, 656]);
  });

  it('MACs on the H×W map: standard O·H·W·C·k², depthwise C·H·W·k², pointwise O·H·W·C; the ratio ≈ 1/O + 1/k²', () => {
    const m = depthwiseModel(v({ inChannels: 16, outChannels: 32, size: [8, 8] }));
    expect(m.rows.map((r) => r.macs)).toEqual([32 * 64 * 16 * 9, 16 * 64 * 9, 32 * 64 * 16]);
    expect(m.separable.macs / m.rows[0].macs).toBeCloseTo(1 / 32 + 1 / 9, 10);
    expect(m.approx).toBeCloseTo(1 / 32 + 1 / 9, 10);
  });

  it('with bias and depth multiplier 2: depthwise C·m·k² + C·m, pointwise C·m·O + O', () => {
    const m = depthwiseModel(v({ inChannels: 3, outChannels: 4, depthMultiplier: 2, bias: true }));
    expect(m.rows[1].params).toBe(3 * 2 * 9 + 6);
    expect(m.rows[2].params).toBe(6 * 4 + 4);
    expect(m.dw.shape).toEqual([6, 5, 5]);
  });

  it('depthwise mixes nothing: each map is its own channel convolved alone; pointwise is a per-pixel matrix product', () => {
    const m = depthwiseModel(v({ inChannels: 3, outChannels: 2 }));
    const [, H, W] = m.x.shape;
    for (let c = 0; c < 3; c++) {
      const alone = conv2d(tensor([1, H, W], m.x.data.slice(c * H * W, (c + 1) * H * W)), tensor([1, 1, 3, 3], m.dwWeight.data.slice(c * 9, (c + 1) * 9)), null, { padding: 1 });
      expect([...alone.data]).toEqual([...m.dw.data.slice(c * H * W, (c + 1) * H * W)]);
    }
    const p = 7;
    for (let o = 0; o < 2; o++) {
      const sum = [0, 1, 2].reduce((s, j) => s + m.pwWeight.data[o * 3 + j] * m.dw.data[j * H * W + p], 0);
      expect(m.pw.data[o * H * W + p]).toBeCloseTo(sum, 4);
    }
  });

  it('draws at most 8 output channels but counts all of them; the code builds both and compares shapes', () => {
    const m = depthwiseModel(v({ inChannels: 3, outChannels: 256 }));
    expect(m.pw.shape[0]).toBe(8);
    expect(m.rows[2].params).toBe(768);
    expect(depthwiseCode(v())).toContain('nn.Conv2d(3, 3, kernel_size=3, padding=1, groups=3, bias=False),  # depthwise');
  });
});
