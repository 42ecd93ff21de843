import { describe, expect, it } from 'vitest';
import { BOTTLENECK_PRESETS, bottleneckLayers, pixelTerms, pointwiseCode, pointwiseModel } from '../../src/scenes/pointwise/model.ts';
import { pointwiseSchema } from '../../src/scenes/pointwise/schema.ts';
import type { PointwiseValues } from '../../src/scenes/pointwise/schema.ts';
import { defaults } from '../../src/url/schema.ts';

const v = (p: Partial<PointwiseValues> = {}): PointwiseValues => ({ ...defaults(pointwiseSchema), ...p });
const total = (layers: { params: number }[]) => layers.reduce((s, l) => s + l.params, 0);

describe('pointwise model', () => {
  it('a 1×1 convolution keeps H×W and is the weight matrix times each pixel’s channel vector', () => {
    const m = pointwiseModel(v({ size: [3, 5], inChannels: 4, outChannels: 2 }));
    expect(m.output.shape).toEqual([2, 3, 5]);
    for (let p = 0; p < 15; p++) {
      for (let o = 0; o < 2; o++) {
        const y = [0, 1, 2, 3].reduce((s, i) => s + m.weight.data[o * 4 + i] * m.x.data[i * 15 + p], 0);
        expect(m.output.data[o * 15 + p]).toBe(y);
      }
    }
  });

  it('I=2,048, O=300: the 8 drawn outputs each sum all 2,048 inputs; the layer counts O·I weights and H·W·O·I MACs', () => {
    const m = pointwiseModel(v({ size: [2, 3], inChannels: 2048, outChannels: 300 }));
    expect([m.drawnIn, m.drawnOut, m.output.shape[0]]).toEqual([8, 8, 8]);
    expect([m.params, m.macs]).toEqual([300 * 2048, 6 * 300 * 2048]);
    const { terms, value } = pixelTerms(m, 5, 1, 2);
    expect(terms).toHaveLength(2048);
    expect(terms.reduce((s, [w, x]) => s + w * x, 0)).toBe(value);
    expect(value).toBe(m.output.data[5 * 6 + 5]);
    // The drawn rows do not depend on how many outputs there are.
    expect([...pointwiseModel(v({ size: [2, 3], inChannels: 2048, outChannels: 8 })).output.data]).toEqual([...m.output.data]);
  });

  it('ResNet bottleneck 256 → 64 → 256: 589,824 direct vs 16,384 + 36,864 + 16,384 = 69,632', () => {
    const { direct, stack } = bottleneckLayers(v(BOTTLENECK_PRESETS[0].values));
    expect(direct.params).toBe(589824);
    expect(stack.map((l) => l.params)).toEqual([16384, 36864, 16384]);
    expect(total(stack)).toBe(69632);
  });

  it('24 → 48 via 12: 10,416 vs 5,532 with biases; 10,368 vs 5,472 without', () => {
    const withBias = bottleneckLayers(v(BOTTLENECK_PRESETS[1].values));
    expect([withBias.direct.params, total(withBias.stack)]).toEqual([10416, 5532]);
    const noBias = bottleneckLayers(v({ ...BOTTLENECK_PRESETS[1].values, bias: false }));
    expect([noBias.direct.params, total(noBias.stack)]).toEqual([10368, 5472]);
  });

  it('MACs on a 56×56 map: a 1×1 layer costs map²·in·out; NIN MLPConv is k×k then two 1×1', () => {
    const { stack } = bottleneckLayers(v());
    expect(stack[0].macs).toBe(56 * 56 * 256 * 64);
    const nin = bottleneckLayers(v(BOTTLENECK_PRESETS[2].values)).stack;
    expect(nin.map((l) => l.k)).toEqual([11, 1, 1]);
    expect(pointwiseCode(v(BOTTLENECK_PRESETS[2].values))).toContain('nn.Conv2d(3, 96, kernel_size=11, padding=5),');
  });
});
