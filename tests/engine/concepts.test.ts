import { describe, expect, it } from 'vitest';
import {
  channelShuffle,
  channelShuffleOrder,
  conv2d,
  conv2dGeometry,
  conv2dOutputSize,
  convTranspose2d,
  convTranspose2dOutputSize,
  explainConv2d,
  layerOutputShape,
  paramCount,
  planes,
  receptiveField,
  squeezeExcite,
  tensor,
} from '../../src/engine/index.ts';
import type { LayerSpec } from '../../src/engine/index.ts';

/** The worked numbers of shared/CONCEPTS.md, through the engine. */
const conv = (inChannels: number, outChannels: number, kernelSize: number, extra: Partial<LayerSpec & { kind: 'conv2d' }> = {}): LayerSpec => ({
  kind: 'conv2d',
  inChannels,
  outChannels,
  kernelSize,
  ...extra,
});
const sum = (layers: LayerSpec[]) => layers.reduce((s, l) => s + paramCount(l), 0);

describe('CONCEPTS.md worked examples', () => {
  it('§1 5×5 input, k=3, s=2, p=0 → 2×2', () => {
    expect(conv2dOutputSize(5, 3, 2, 0, 1)).toBe(2);
    expect(layerOutputShape(conv(1, 1, 3, { stride: 2 }), [1, 5, 5])).toEqual([1, 2, 2]);
    expect(conv2d(tensor([1, 5, 5]), tensor([1, 1, 3, 3]), null, { stride: 2, padding: 0 }).shape).toEqual([1, 2, 2]);
  });

  it('§2 3×3 with d=2 covers a 5×5 window with 9 weights', () => {
    const g = conv2dGeometry([1, 9, 9], [1, 1, 3, 3], { dilation: 2 });
    expect([g.effectiveKH, g.effectiveKW]).toEqual([5, 5]);
    expect(paramCount(conv(1, 1, 3, { dilation: 2, bias: false }))).toBe(9);
    // The 9 taps of output cell (0, 0) read rows and columns 0, 2, 4: a 5×5 window.
    const e = explainConv2d(tensor([1, 9, 9]), tensor([1, 1, 3, 3]), null, { dilation: 2 }, [0, 0, 0]);
    expect(e.terms).toHaveLength(9);
    expect([...new Set(e.terms.map((t) => t.input[1]))]).toEqual([0, 2, 4]);
    expect([...new Set(e.terms.map((t) => t.input[2]))]).toEqual([0, 2, 4]);
  });

  it('§3 2×2 input, k=3, s=2, p=0 → 5×5 (transposed)', () => {
    expect(convTranspose2dOutputSize(2, 3, 2, 0, 0, 1)).toBe(5);
    expect(layerOutputShape({ kind: 'convTranspose2d', inChannels: 1, outChannels: 1, kernelSize: 3, stride: 2 }, [1, 2, 2])).toEqual([1, 5, 5]);
    expect(convTranspose2d(tensor([1, 2, 2]), tensor([1, 1, 3, 3]), null, { stride: 2 }).shape).toEqual([1, 5, 5]);
  });

  it('§4 Sobel-x = [1,2,1]ᵀ × [1,0,−1]: two 1-D passes give the 2-D result with 6 weights instead of 9', () => {
    const x = tensor([1, 6, 7], Array.from({ length: 42 }, (_, i) => (i * 7) % 11));
    const sobel = tensor([1, 1, 3, 3], [1, 0, -1, 2, 0, -2, 1, 0, -1]);
    const column = tensor([1, 1, 3, 1], [1, 2, 1]);
    const row = tensor([1, 1, 1, 3], [1, 0, -1]);
    expect(conv2d(conv2d(x, column, null), row, null).data).toEqual(conv2d(x, sobel, null).data);
    expect(paramCount(conv(1, 1, 3, { bias: false }))).toBe(9);
    expect(column.data.length + row.data.length).toBe(6);
  });

  it('§5 depthwise separable 3 → 256: 6,912 standard vs 795; 16 → 32: 4,608 vs 656', () => {
    expect(paramCount(conv(3, 256, 3, { bias: false }))).toBe(6912);
    expect(sum([conv(3, 3, 3, { groups: 3, bias: false }), conv(3, 256, 1, { bias: false })])).toBe(795);
    expect(paramCount(conv(16, 32, 3, { bias: false }))).toBe(4608);
    expect(sum([conv(16, 16, 3, { groups: 16, bias: false }), conv(16, 32, 1, { bias: false })])).toBe(656);
  });

  it('§6 bottleneck 256 → 256: 589,824 direct vs 16,384 + 36,864 + 16,384 = 69,632', () => {
    expect(paramCount(conv(256, 256, 3, { bias: false }))).toBe(589824);
    expect([conv(256, 64, 1, { bias: false }), conv(64, 64, 3, { bias: false }), conv(64, 256, 1, { bias: false })].map(paramCount)).toEqual([16384, 36864, 16384]);
    expect(sum([conv(256, 64, 1, { bias: false }), conv(64, 64, 3, { bias: false }), conv(64, 256, 1, { bias: false })])).toBe(69632);
  });

  it('§6 24 channels, 48 filters 3×3: 10,368 (10,416 with bias); via 1×1 to 12: 5,472 (5,532 with biases)', () => {
    expect(paramCount(conv(24, 48, 3, { bias: false }))).toBe(10368);
    expect(paramCount(conv(24, 48, 3))).toBe(10416);
    expect(sum([conv(24, 12, 1, { bias: false }), conv(12, 48, 3, { bias: false })])).toBe(5472);
    expect(sum([conv(24, 12, 1), conv(12, 48, 3)])).toBe(5532);
  });

  it('§7 two stacked 3×3 see 5×5, three see 7×7; 18 vs 25 and 27 vs 49 weights per channel pair', () => {
    expect(receptiveField([{ kernelSize: 3 }, { kernelSize: 3 }, { kernelSize: 3 }]).map((r) => r.r)).toEqual([[3, 3], [5, 5], [7, 7]]);
    expect(2 * paramCount(conv(1, 1, 3, { bias: false }))).toBe(18);
    expect(paramCount(conv(1, 1, 5, { bias: false }))).toBe(25);
    expect(3 * paramCount(conv(1, 1, 3, { bias: false }))).toBe(27);
    expect(paramCount(conv(1, 1, 7, { bias: false }))).toBe(49);
  });

  it('receptive field presets: dilations 1, 2, 4 → 15; (7,2),(3,2),(3,1),(3,1) → 27', () => {
    expect(receptiveField([1, 2, 4].map((d) => ({ kernelSize: 3, dilation: d }))).at(-1)?.r).toEqual([15, 15]);
    const rows = receptiveField([{ kernelSize: 7, stride: 2 }, { kernelSize: 3, stride: 2 }, { kernelSize: 3 }, { kernelSize: 3 }]);
    expect(rows.map((r) => r.r[0])).toEqual([7, 11, 19, 27]);
    expect(rows.map((r) => r.S[0])).toEqual([2, 4, 4, 4]);
  });

  it('§10 channel shuffle g=3, C=9 → 0,3,6,1,4,7,2,5,8; grouped weights (I/g)·O·k²', () => {
    expect(channelShuffleOrder(9, 3)).toEqual([0, 3, 6, 1, 4, 7, 2, 5, 8]);
    // Channel c of the input filled with the value c: the output's channels read the new order.
    const x = tensor([9, 1, 2], Array.from({ length: 18 }, (_, i) => Math.floor(i / 2)));
    expect(Array.from(channelShuffle(x, 3).data.filter((_, i) => i % 2 === 0))).toEqual([0, 3, 6, 1, 4, 7, 2, 5, 8]);
    expect(paramCount(conv(12, 24, 3, { groups: 3, bias: false }))).toBe((12 / 3) * 24 * 9);
  });

  it('§11 SE parameters 2·C²/r + C/r + C', () => {
    for (const [C, r] of [
      [64, 16],
      [256, 16],
      [32, 4],
    ]) {
      const hidden = C / r;
      const fc1: LayerSpec = { kind: 'linear', inFeatures: C, outFeatures: hidden };
      const fc2: LayerSpec = { kind: 'linear', inFeatures: hidden, outFeatures: C };
      expect(sum([fc1, fc2])).toBe((2 * C * C) / r + hidden + C);
      expect(sum([{ ...fc1, bias: false }, { ...fc2, bias: false }])).toBe((2 * C * C) / r);
      // The engine's squeezeExcite takes exactly those shapes, and its scale lies in (0, 1).
      const w = { w1: tensor([hidden, C]), b1: tensor([hidden]), w2: tensor([C, hidden]), b2: tensor([C]) };
      expect(w.w1.data.length + w.b1.data.length + w.w2.data.length + w.b2.data.length).toBe((2 * C * C) / r + hidden + C);
      const { scale } = squeezeExcite(tensor([C, 2, 2]), w);
      expect(scale.shape).toEqual([C]);
      expect(Array.from(scale.data).every((v) => v === 0.5)).toBe(true);
    }
  });

  it('§12 AlexNet FC1 9216 → 4096 = 37,752,832, the same as a 6×6×256 conv with 4096 filters', () => {
    expect(paramCount({ kind: 'linear', inFeatures: 9216, outFeatures: 4096 })).toBe(37752832);
    expect(paramCount(conv(256, 4096, 6))).toBe(37752832);
    expect(layerOutputShape(conv(256, 4096, 6), [256, 6, 6])).toEqual([4096, 1, 1]);
  });
});

describe('planes', () => {
  it('splits a tensor along its first axis into views of the same data', () => {
    const t = tensor([3, 2, 2], [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    const p = planes(t);
    expect(p.map((v) => [...v])).toEqual([[0, 1, 2, 3], [4, 5, 6, 7], [8, 9, 10, 11]]);
    p[1][0] = 40;
    expect(t.data[4]).toBe(40);
  });
});
