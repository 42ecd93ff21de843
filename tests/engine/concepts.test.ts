import { describe, expect, it } from 'vitest';
import {
  add,
  channelShuffle,
  channelShuffleOrder,
  concat,
  conv1d,
  conv2d,
  conv2dGeometry,
  conv2dOutputSize,
  convTranspose2d,
  convTranspose2dOutputSize,
  explainConv2d,
  flatten,
  globalAvgPool2d,
  layerOutputShape,
  linear,
  macCount,
  paramCount,
  planes,
  receptiveField,
  relu,
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

/** A chain of layers applied to an input shape: each layer's output shape, parameters and MACs. */
function chain(layers: LayerSpec[], inputShape: number[]) {
  const shapes: number[][] = [];
  let shape = inputShape;
  let macs = 0;
  for (const l of layers) {
    macs += macCount(l, shape);
    shape = layerOutputShape(l, shape);
    shapes.push(shape);
  }
  return { shapes, params: sum(layers), macs };
}

const noBias = { bias: false } as const;
const pool3s1: LayerSpec = { kind: 'maxPool2d', kernelSize: 3, stride: 1, padding: 1 };
const bn = (numFeatures: number): LayerSpec => ({ kind: 'batchNorm2d', numFeatures });
const fc = (inFeatures: number, outFeatures: number): LayerSpec => ({ kind: 'linear', inFeatures, outFeatures });
const RELU: LayerSpec = { kind: 'relu' };
const conv1 = (inChannels: number, outChannels: number, kernelSize: number): LayerSpec => ({ kind: 'conv1d', inChannels, outChannels, kernelSize });

/** Inception (3a) on 28×28×192 (paper's Table 1), each branch a chain; `bias` as PyTorch's Conv2d. */
function inception3a(bias: boolean) {
  const b = { bias };
  const x = [192, 28, 28];
  return [
    chain([conv(192, 64, 1, b)], x),
    chain([conv(192, 96, 1, b), conv(96, 128, 3, { padding: 1, ...b })], x),
    chain([conv(192, 16, 1, b), conv(16, 32, 5, { padding: 2, ...b })], x),
    chain([pool3s1, conv(192, 32, 1, b)], x),
  ];
}

describe('CONCEPTS.md §8, §9, §12 and the 1-D example (issue 9), through paramCount, macCount and the ops', () => {
  it('§8 Inception (3a) with reductions: 163,328 weights (the paper’s 159K, K = 1024), 128,049,152 MACs, 256 channels', () => {
    const branches = inception3a(false);
    expect(branches.map((b) => b.params)).toEqual([12288, 18432 + 110592, 3072 + 12800, 6144]);
    expect(branches.map((b) => b.macs)).toEqual([9633792, 14450688 + 86704128, 2408448 + 10035200, 4816896]);
    expect(branches.reduce((s, b) => s + b.params, 0)).toBe(163328);
    // 163,328 / 1024 = 159.5 exactly: the paper's 159K truncates. Its 128M is decimal (128.05·10⁶).
    expect(Math.floor(163328 / 1024)).toBe(159);
    expect(branches.reduce((s, b) => s + b.macs, 0)).toBe(128049152);
    expect(Math.round(128049152 / 1e6)).toBe(128);
    // Padding keeps 28×28 in every branch, so concatenation along channels works: 64 + 128 + 32 + 32.
    const outputs = branches.map((b) => b.shapes.at(-1) as number[]);
    expect(outputs).toEqual([[64, 28, 28], [128, 28, 28], [32, 28, 28], [32, 28, 28]]);
    expect(concat(outputs.map((s) => tensor(s))).shape).toEqual([256, 28, 28]);
    // With biases, as PyTorch counts: one per output channel of each of the six convolutions.
    expect(inception3a(true).reduce((s, b) => s + b.params, 0)).toBe(163328 + 64 + 96 + 128 + 16 + 32 + 32);
  });

  it('§8 naive Inception (3a): 1×1 64, 3×3 128, 5×5 32 and the 192 pooled channels: 416 channels, 387,072 weights, 303,464,448 MACs', () => {
    const x = [192, 28, 28];
    const branches = [chain([conv(192, 64, 1, noBias)], x), chain([conv(192, 128, 3, { padding: 1, ...noBias })], x), chain([conv(192, 32, 5, { padding: 2, ...noBias })], x), chain([pool3s1], x)];
    expect(branches.reduce((s, b) => s + b.params, 0)).toBe(387072);
    expect(branches.reduce((s, b) => s + b.macs, 0)).toBe(303464448);
    expect(concat(branches.map((b) => tensor(b.shapes.at(-1) as number[]))).shape).toEqual([416, 28, 28]);
  });

  it('§8 auxiliary classifier on 4a (14×14×512): 4×4×512 → 4×4×128 → 2048 → 1024 → 1000; torchvision’s InceptionAux has 3,188,968 parameters', () => {
    const aux = chain(
      [{ kind: 'avgPool2d', kernelSize: 5, stride: 3 }, conv(512, 128, 1), RELU, fc(2048, 1024), RELU, { kind: 'dropout', p: 0.7 }, fc(1024, 1000)],
      [512, 14, 14],
    );
    expect(aux.shapes.map((s) => s.join('×'))).toEqual(['512×4×4', '128×4×4', '128×4×4', '1024', '1024', '1024', '1000']);
    expect(aux.params).toBe(65664 + 2098176 + 1025000);
    // torchvision: adaptive pooling to 4×4 and a 1×1 conv without bias followed by BatchNorm (eps 0.001).
    const tv = [{ kind: 'adaptiveAvgPool2d', outputSize: 4 }, conv(512, 128, 1, noBias), bn(128), RELU, fc(2048, 1024), RELU, fc(1024, 1000)] as LayerSpec[];
    expect(chain(tv, [512, 14, 14]).params).toBe(3188968);
    expect(chain(tv, [512, 14, 14]).shapes.at(-1)).toEqual([1000]);
  });

  it('§9 torchvision BasicBlock 64 → 64: 73,984; Bottleneck 256 → 64 → 256: 70,400 (BN weight and bias, no running statistics)', () => {
    const basic = chain([conv(64, 64, 3, { padding: 1, ...noBias }), bn(64), RELU, conv(64, 64, 3, { padding: 1, ...noBias }), bn(64)], [64, 56, 56]);
    expect(basic.params).toBe(73984);
    expect(basic.shapes.at(-1)).toEqual([64, 56, 56]);
    const bottleneck = chain([conv(256, 64, 1, noBias), bn(64), RELU, conv(64, 64, 3, { padding: 1, ...noBias }), bn(64), RELU, conv(64, 256, 1, noBias), bn(256)], [256, 56, 56]);
    expect(bottleneck.params).toBe(70400);
    expect(bottleneck.shapes.at(-1)).toEqual([256, 56, 56]);
  });

  it('§9 a block that downsamples cannot add its input: the error names both shapes; a 1×1 stride-2 projection fixes it', () => {
    const x = [64, 28, 28];
    const residual = chain([conv(64, 128, 3, { stride: 2, padding: 1, ...noBias }), bn(128), RELU, conv(128, 128, 3, { padding: 1, ...noBias }), bn(128)], x);
    const fx = tensor(residual.shapes.at(-1) as number[]);
    expect(() => add(fx, tensor(x))).toThrow(/^add: cannot add shapes \[128,14,14\] and \[64,28,28\]/);
    const projection = layerOutputShape(conv(64, 128, 1, { stride: 2, ...noBias }), x);
    expect(projection).toEqual([128, 14, 14]);
    expect(relu(add(fx, tensor(projection))).shape).toEqual([128, 14, 14]);
  });

  it('§12 VGG-16 head 7×7×512 → 4096 → 4096 → 1000: 123,642,856; GAP + FC 512 → 1000: 513,000, on any input size', () => {
    const vgg = chain([fc(25088, 4096), RELU, { kind: 'dropout' }, fc(4096, 4096), RELU, { kind: 'dropout' }, fc(4096, 1000)], [512, 7, 7]);
    expect(vgg.params).toBe(123642856);
    expect(vgg.macs).toBe(25088 * 4096 + 4096 * 4096 + 4096 * 1000);
    const gap: LayerSpec = { kind: 'adaptiveAvgPool2d', outputSize: 1 };
    for (const x of [[512, 7, 7], [512, 9, 13], [512, 1, 1]]) {
      const head = chain([gap, fc(512, 1000)], x);
      expect(head.params).toBe(513000);
      expect(head.shapes).toEqual([[512, 1, 1], [1000]]);
    }
    expect(globalAvgPool2d(tensor([512, 9, 13])).shape).toEqual([512, 1, 1]);
  });

  it('§12 AlexNet FC1 as a 6×6 conv on an 8×8×256 map gives a 3×3 map; the FC version is rejected as PyTorch rejects it', () => {
    expect(layerOutputShape(conv(256, 4096, 6), [256, 8, 8])).toEqual([4096, 3, 3]);
    expect(() => layerOutputShape(fc(9216, 4096), [256, 8, 8])).toThrow(/in_features=9216/);
    const weight = { shape: [4096, 9216], data: new Float32Array(4096 * 9216) };
    expect(() => linear(flatten(tensor([256, 8, 8])), weight, null)).toThrow('mat1 and mat2 shapes cannot be multiplied (1x16384 and 9216x4096)');
    // Later FCs are 1×1 convolutions with the same parameters.
    expect(paramCount(conv(4096, 4096, 1))).toBe(paramCount(fc(4096, 4096)));
    expect(layerOutputShape(conv(4096, 4096, 1), [4096, 3, 3])).toEqual([4096, 3, 3]);
  });

  it('§12 FC as convolution computes the same numbers: a linear over a flattened [C, k, k] map = a k×k conv with one output cell', () => {
    const x = tensor([3, 2, 2], Array.from({ length: 12 }, (_, i) => (i % 5) - 2));
    const w = tensor([4, 12], Array.from({ length: 48 }, (_, i) => ((i * 7) % 9) - 4));
    const b = tensor([4], [1, -1, 0.5, 2]);
    const viaConv = conv2d(x, { shape: [4, 3, 2, 2], data: w.data }, b);
    expect(viaConv.shape).toEqual([4, 1, 1]);
    expect(Array.from(viaConv.data)).toEqual(Array.from(linear(flatten(x), w, b).data));
  });

  it('§6 1-D text CNN: Conv1d 24 → 48, k=3 has 3,504 parameters; a 1×1 to 12 first: 300 + 1,776 = 2,076', () => {
    expect(paramCount(conv1(24, 48, 3))).toBe(3504);
    expect([conv1(24, 12, 1), conv1(12, 48, 3)].map(paramCount)).toEqual([300, 1776]);
    const reduced = chain([conv1(24, 12, 1), conv1(12, 48, 3)], [24, 30]);
    expect(reduced.params).toBe(2076);
    expect(reduced.shapes).toEqual([[12, 30], [48, 28]]);
    expect(reduced.macs).toBe(12 * 30 * 24 + 48 * 28 * 12 * 3);
    expect(conv1d(tensor([24, 30]), tensor([48, 24, 3]), tensor([48])).shape).toEqual([48, 28]);
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
