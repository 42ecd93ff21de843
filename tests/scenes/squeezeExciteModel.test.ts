import { describe, expect, it } from 'vitest';
import { nearestValidSe, squeezeExciteCode, squeezeExciteModel, squeezeExciteProblems } from '../../src/scenes/squeezeExcite/model.ts';
import { squeezeExciteSchema } from '../../src/scenes/squeezeExcite/schema.ts';
import type { SqueezeExciteValues } from '../../src/scenes/squeezeExcite/schema.ts';
import { defaults } from '../../src/url/schema.ts';

const v = (p: Partial<SqueezeExciteValues> = {}): SqueezeExciteValues => ({ ...defaults(squeezeExciteSchema), ...p });

describe('squeeze-excite model', () => {
  it('the weights are sigmoid(W2·relu(W1·mean + b1) + b2), recomputed here by hand from the model’s tensors', () => {
    const m = squeezeExciteModel(v({ channels: 6, reduction: 3, size: [3, 5] }));
    const w = m.weights!;
    const C = 6;
    const means = Array.from({ length: C }, (_, c) => m.x.data.slice(c * 15, (c + 1) * 15).reduce((a, b) => a + b, 0) / 15);
    const hidden = Array.from({ length: 2 }, (_, h) => Math.max(0, (w.b1?.data[h] ?? 0) + means.reduce((s, x, c) => s + w.w1.data[h * C + c] * x, 0)));
    const weights = Array.from({ length: C }, (_, c) => 1 / (1 + Math.exp(-((w.b2?.data[c] ?? 0) + hidden.reduce((s, x, h) => s + w.w2.data[c * 2 + h] * x, 0)))));
    means.forEach((x, c) => expect(m.result.squeeze.data[c]).toBeCloseTo(x, 5));
    weights.forEach((w, c) => {
      expect(m.result.scale.data[c]).toBeCloseTo(w, 5);
      expect(w).toBeGreaterThan(0);
      expect(w).toBeLessThan(1);
      // Every cell of channel c is multiplied by its weight.
      expect(m.result.output.data[c * 15 + 7]).toBeCloseTo(m.x.data[c * 15 + 7] * w, 4);
    });
  });

  it('parameters: 2·C²/r weights + C/r + C biases (C=16, r=4: 128 + 4 + 16 = 148); a 3×3 conv of width 16 has 2,320', () => {
    const m = squeezeExciteModel(v({ channels: 16, reduction: 4 }));
    expect(m.params).toBe(148);
    expect(m.convParams).toBe(16 * 16 * 9 + 16);
    expect(squeezeExciteModel(v({ channels: 16, reduction: 4, bias: false })).params).toBe((2 * 16 * 16) / 4);
  });

  it('a reduction larger than the channels leaves no hidden unit: a problem naming both; C // r otherwise', () => {
    expect(squeezeExciteProblems(v({ channels: 4, reduction: 5 }))).toEqual([{ code: 'seHidden', values: { reduction: 5, channels: 4 } }]);
    expect(squeezeExciteProblems(v({ channels: 10, reduction: 4 }))).toEqual([]);
    expect(squeezeExciteModel(v({ channels: 10, reduction: 4 })).hidden).toBe(2);
    expect(nearestValidSe(v({ channels: 4, reduction: 9 })).reduction).toBe(4);
  });

  it('the PyTorch module names the widths', () => {
    const code = squeezeExciteCode(v({ channels: 16, reduction: 4 }));
    expect(code).toContain('nn.Linear(channels, channels // reduction),  # 16 → 4');
    expect(code).toContain('nn.Sigmoid()');
  });

  it('SENet’s example C=256, r=16: 2 × 256 × 16 = 8,192 weights, 8,464 with biases; 8 channels drawn, 256 excited', () => {
    const m = squeezeExciteModel(v({ channels: 256, reduction: 16, bias: false }));
    expect([m.params, m.weightsOnly, m.withBias, m.hidden, m.drawn]).toEqual([8192, 8192, 8464, 16, 8]);
    expect(squeezeExciteModel(v({ channels: 256, reduction: 16 })).params).toBe(8464);
    expect(m.result.scale.data).toHaveLength(256);
    expect(m.result.scale.data.every((w) => w > 0 && w < 1)).toBe(true);
    // The weights at real widths are not rounded to zero: they differ from channel to channel.
    expect(new Set(m.result.scale.data).size).toBeGreaterThan(200);
  });

  it('C=2,048, r=1 (the largest): exact counts and the full excitation, computed in well under a second', () => {
    const t0 = performance.now();
    const m = squeezeExciteModel(v({ channels: 2048, reduction: 1, size: [8, 8] }));
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(m.withBias).toBe(2 * 2048 * 2048 + 2048 + 2048);
    expect(m.convParams).toBe(2048 * 2048 * 9 + 2048);
    expect(Number.isFinite(m.result.scale.data[2047])).toBe(true);
    // 2 × 2,048² weights are not kept once the excitation is computed.
    expect(m.weights).toBeNull();
    expect(squeezeExciteCode(v({ channels: 2048, reduction: 16 }))).toContain('# 2048 → 128');
  });
});
