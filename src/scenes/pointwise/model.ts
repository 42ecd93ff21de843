import { conv2d, macCount, paramCount, randomTensor, seededRandom } from '../../engine/index.ts';
import type { LayerSpec, Tensor } from '../../engine/index.ts';
import type { PointwiseValues } from './schema.ts';
import { MAX_DRAWN } from './schema.ts';

/**
 * The 1×1 layer: input [I, H, W] (all I channels), the weight rows of the drawn outputs [O', I, 1, 1]
 * (O' = min(O, MAX_DRAWN)) and their outputs [O', H, W], each summing all I channels; I' inputs are drawn.
 */
export interface PointwiseModel {
  x: Tensor;
  weight: Tensor;
  output: Tensor;
  drawnIn: number;
  drawnOut: number;
  outChannels: number;
  /** The whole layer's weights O·I and multiply-accumulates H·W·O·I (no bias: the scene's layer has none). */
  params: number;
  macs: number;
}

/** Seeded small integers and the engine's 1×1 convolution (the first rows of the weight do not depend on O). */
export function pointwiseModel(v: PointwiseValues): PointwiseModel {
  const rng = seededRandom(v.seed);
  const drawnOut = Math.min(v.outChannels, MAX_DRAWN);
  const x = randomTensor([v.inChannels, v.size[0], v.size[1]], rng, { min: 0, max: 9, integers: true });
  const weight = randomTensor([drawnOut, v.inChannels, 1, 1], rng, { min: -2, max: 2, integers: true });
  const layer: LayerSpec = { kind: 'conv2d', inChannels: v.inChannels, outChannels: v.outChannels, kernelSize: 1, bias: false };
  return {
    x,
    weight,
    output: conv2d(x, weight, null, {}),
    drawnIn: Math.min(v.inChannels, MAX_DRAWN),
    drawnOut,
    outChannels: v.outChannels,
    params: paramCount(layer),
    macs: macCount(layer, [v.inChannels, v.size[0], v.size[1]]),
  };
}

/** One output channel at a pixel as its terms: y[o] = Σ_i w[o, i]·x[i] over all I input channels. */
export function pixelTerms(m: PointwiseModel, o: number, y: number, x: number): { terms: [number, number][]; value: number } {
  const [I, H, W] = m.x.shape;
  const p = y * W + x;
  const terms: [number, number][] = [];
  for (let i = 0; i < I; i++) terms.push([m.weight.data[o * I + i], m.x.data[i * H * W + p]]);
  return { terms, value: m.output.data[o * H * W + p] };
}

/** A layer of the comparison with its name parts, parameters and MACs on a map×map input. */
export interface BottleneckLayer {
  k: number;
  from: number;
  to: number;
  params: number;
  macs: number;
}

function layer(k: number, from: number, to: number, v: PointwiseValues): BottleneckLayer {
  const spec: LayerSpec = { kind: 'conv2d', inChannels: from, outChannels: to, kernelSize: k, padding: Math.floor(k / 2), bias: v.bias };
  return { k, from, to, params: paramCount(spec), macs: macCount(spec, [from, v.map, v.map]) };
}

/**
 * The direct k×k convolution in → out against the chosen stack (padding k/2 keeps the map size, so
 * every layer works on map × map cells).
 */
export function bottleneckLayers(v: PointwiseValues): { direct: BottleneckLayer; stack: BottleneckLayer[] } {
  const k = v.bnKernel;
  const stack =
    v.mode === 'reduce'
      ? [layer(1, v.bnIn, v.bnMid, v), layer(k, v.bnMid, v.bnOut, v)]
      : v.mode === 'bottleneck'
        ? [layer(1, v.bnIn, v.bnMid, v), layer(k, v.bnMid, v.bnMid, v), layer(1, v.bnMid, v.bnOut, v)]
        : [layer(k, v.bnIn, v.bnMid, v), layer(1, v.bnMid, v.bnMid, v), layer(1, v.bnMid, v.bnOut, v)];
  return { direct: layer(k, v.bnIn, v.bnOut, v), stack };
}

/** The presets of CONCEPTS §6: ResNet's 256 → 64 → 256, 24 → 12 → 48 with biases, NIN's MLPConv. */
export const BOTTLENECK_PRESETS: { id: string; values: Partial<PointwiseValues> }[] = [
  { id: 'resnet', values: { bnIn: 256, bnMid: 64, bnOut: 256, bnKernel: 3, mode: 'bottleneck', bias: false } },
  { id: 'reduce', values: { bnIn: 24, bnMid: 12, bnOut: 48, bnKernel: 3, mode: 'reduce', bias: true } },
  { id: 'nin', values: { bnIn: 3, bnMid: 96, bnOut: 96, bnKernel: 11, mode: 'mlpconv', bias: true } },
];

/** The PyTorch code of the drawn 1×1 layer and of the stack. */
export function pointwiseCode(v: PointwiseValues, keptComment = 'H×W kept'): string {
  const { stack } = bottleneckLayers(v);
  const bias = v.bias ? '' : ', bias=False';
  return [
    'import torch',
    'from torch import nn',
    '',
    `pointwise = nn.Conv2d(${v.inChannels}, ${v.outChannels}, kernel_size=1, bias=False)  # ${keptComment}`,
    'stack = nn.Sequential(',
    ...stack.flatMap((l, i) => [
      `    nn.Conv2d(${l.from}, ${l.to}, kernel_size=${l.k}${l.k > 1 ? `, padding=${Math.floor(l.k / 2)}` : ''}${bias}),`,
      ...(i < stack.length - 1 ? ['    nn.ReLU(),'] : []),
    ]),
    ')',
  ].join('\n');
}
