import { conv2d, macCount, paramCount, randomTensor, seededRandom } from '../../engine/index.ts';
import type { LayerSpec, Tensor } from '../../engine/index.ts';
import type { DepthwiseValues } from './schema.ts';
import { MAX_DRAWN } from './schema.ts';

/** One row of the cost table: a layer, its parameters and its multiply-accumulates on the scene's input. */
export interface CostRow {
  id: 'standard' | 'depthwise' | 'pointwise';
  layer: LayerSpec;
  params: number;
  macs: number;
}

/** Both stages computed on the drawn channels, and the exact costs of every layer. */
export interface DepthwiseModel {
  x: Tensor;
  /** Depthwise weight [C·m, 1, k, k] and its output [C·m, H, W] (padding k/2 keeps the size). */
  dwWeight: Tensor;
  dw: Tensor;
  /** Pointwise weight [O', C·m, 1, 1] and output [O', H, W] for the first O' ≤ 8 output channels. */
  pwWeight: Tensor;
  pw: Tensor;
  rows: CostRow[];
  separable: { params: number; macs: number };
  /** The textbook approximation of separable / standard: 1/O + 1/k² (depth multiplier 1, no bias). */
  approx: number;
}

/** Layers of the comparison: a standard k×k conv, the depthwise conv (groups = C), the 1×1 pointwise. */
export function depthwiseLayers(v: DepthwiseValues): Record<CostRow['id'], LayerSpec> {
  const mid = v.inChannels * v.depthMultiplier;
  const padding = Math.floor(v.kernelSize / 2);
  return {
    standard: { kind: 'conv2d', inChannels: v.inChannels, outChannels: v.outChannels, kernelSize: v.kernelSize, padding, bias: v.bias },
    depthwise: { kind: 'conv2d', inChannels: v.inChannels, outChannels: mid, kernelSize: v.kernelSize, padding, groups: v.inChannels, bias: v.bias },
    pointwise: { kind: 'conv2d', inChannels: mid, outChannels: v.outChannels, kernelSize: 1, bias: v.bias },
  };
}

/** Seeded small integers; the engine computes both stages (the drawn part) and every count. */
export function depthwiseModel(v: DepthwiseValues): DepthwiseModel {
  const rng = seededRandom(v.seed);
  const C = Math.min(v.inChannels, MAX_DRAWN);
  const mid = C * v.depthMultiplier;
  const O = Math.min(v.outChannels, MAX_DRAWN);
  const k = v.kernelSize;
  const x = randomTensor([C, v.size[0], v.size[1]], rng, { min: 0, max: 9, integers: true });
  const dwWeight = randomTensor([mid, 1, k, k], rng, { min: -1, max: 1, integers: true });
  const pwWeight = randomTensor([O, mid, 1, 1], rng, { min: -2, max: 2, integers: true });
  const padding = Math.floor(k / 2);
  const dw = conv2d(x, dwWeight, null, { padding, groups: C });
  const pw = conv2d(dw, pwWeight, null, {});
  const layers = depthwiseLayers(v);
  const input = [v.inChannels, v.size[0], v.size[1]];
  const rows: CostRow[] = (['standard', 'depthwise', 'pointwise'] as const).map((id) => {
    const shape = id === 'pointwise' ? [v.inChannels * v.depthMultiplier, v.size[0], v.size[1]] : input;
    return { id, layer: layers[id], params: paramCount(layers[id]), macs: macCount(layers[id], shape) };
  });
  return {
    x,
    dwWeight,
    dw,
    pwWeight,
    pw,
    rows,
    separable: { params: rows[1].params + rows[2].params, macs: rows[1].macs + rows[2].macs },
    approx: 1 / v.outChannels + 1 / (k * k),
  };
}

/** The presets of CONCEPTS §5: 3 → 256 (6,912 vs 795) and 16 → 32 (4,608 vs 656), 3×3, no bias. */
export const DEPTHWISE_PRESETS = [
  { id: 'mobilenet3', inChannels: 3, outChannels: 256 },
  { id: 'mobilenet16', inChannels: 16, outChannels: 32 },
] as const;

/** The PyTorch code of the separable block. */
export function depthwiseCode(v: DepthwiseValues): string {
  const mid = v.inChannels * v.depthMultiplier;
  const p = Math.floor(v.kernelSize / 2);
  const bias = v.bias ? '' : ', bias=False';
  return [
    'import torch',
    'from torch import nn',
    '',
    'separable = nn.Sequential(',
    `    nn.Conv2d(${v.inChannels}, ${mid}, kernel_size=${v.kernelSize}, padding=${p}, groups=${v.inChannels}${bias}),  # depthwise`,
    `    nn.Conv2d(${mid}, ${v.outChannels}, kernel_size=1${bias}),  # pointwise`,
    ')',
    `standard = nn.Conv2d(${v.inChannels}, ${v.outChannels}, kernel_size=${v.kernelSize}, padding=${p}${bias})`,
    `x = torch.randn(1, ${v.inChannels}, ${v.size[0]}, ${v.size[1]})`,
    'assert separable(x).shape == standard(x).shape',
  ].join('\n');
}
