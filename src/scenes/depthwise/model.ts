import { macCount, paramCount } from '../../engine/index.ts';
import type { LayerSpec } from '../../engine/index.ts';
import type { DepthwiseValues } from './schema.ts';

/** One row of the cost table: a layer, its parameters and its multiply-accumulates on the scene's input. */
export interface CostRow {
  id: 'standard' | 'depthwise' | 'pointwise';
  layer: LayerSpec;
  params: number;
  macs: number;
}

/** The exact costs of every layer for all channels (closed form: nothing is computed per value). */
export interface DepthwiseCosts {
  rows: CostRow[];
  separable: { params: number; macs: number };
  /** The textbook approximation of separable / standard: 1/O + 1/k² (depth multiplier 1, no bias). */
  approx: number;
}

/**
 * Layers of the comparison: a standard k×k conv, the depthwise conv (groups = C), the 1×1 pointwise.
 * padding='same' keeps H×W for every k (PyTorch's split for an even k: the extra zero row and column after).
 */
export function depthwiseLayers(v: DepthwiseValues): Record<CostRow['id'], LayerSpec> {
  const mid = v.inChannels * v.depthMultiplier;
  return {
    standard: { kind: 'conv2d', inChannels: v.inChannels, outChannels: v.outChannels, kernelSize: v.kernelSize, padding: 'same', bias: v.bias },
    depthwise: { kind: 'conv2d', inChannels: v.inChannels, outChannels: mid, kernelSize: v.kernelSize, padding: 'same', groups: v.inChannels, bias: v.bias },
    pointwise: { kind: 'conv2d', inChannels: mid, outChannels: v.outChannels, kernelSize: 1, bias: v.bias },
  };
}

/** Parameters and MACs of the standard conv, each stage and the separable total, from the engine's counts. */
export function depthwiseCosts(v: DepthwiseValues): DepthwiseCosts {
  const layers = depthwiseLayers(v);
  const input = [v.inChannels, v.size[0], v.size[1]];
  const rows: CostRow[] = (['standard', 'depthwise', 'pointwise'] as const).map((id) => {
    const shape = id === 'pointwise' ? [v.inChannels * v.depthMultiplier, v.size[0], v.size[1]] : input;
    return { id, layer: layers[id], params: paramCount(layers[id]), macs: macCount(layers[id], shape) };
  });
  return {
    rows,
    separable: { params: rows[1].params + rows[2].params, macs: rows[1].macs + rows[2].macs },
    approx: 1 / v.outChannels + 1 / (v.kernelSize * v.kernelSize),
  };
}

/** The presets of CONCEPTS §5: 3 → 256 (6,912 vs 795) and 16 → 32 (4,608 vs 656), 3×3, no bias. */
export const DEPTHWISE_PRESETS = [
  { id: 'mobilenet3', inChannels: 3, outChannels: 256 },
  { id: 'mobilenet16', inChannels: 16, outChannels: 32 },
] as const;

/** The comments of the code, in the learner's language (the code itself stays PyTorch). */
export interface DepthwiseCodeComments {
  depthwise: string;
  pointwise: string;
}

/** The PyTorch code of the separable block: padding k//2 for an odd kernel, 'same' for an even one. */
export function depthwiseCode(v: DepthwiseValues, comments: DepthwiseCodeComments = { depthwise: 'depthwise', pointwise: 'pointwise' }): string {
  const mid = v.inChannels * v.depthMultiplier;
  const p = v.kernelSize % 2 === 1 ? String((v.kernelSize - 1) / 2) : `'same'`;
  const bias = v.bias ? '' : ', bias=False';
  return [
    'import torch',
    'from torch import nn',
    '',
    'separable = nn.Sequential(',
    `    nn.Conv2d(${v.inChannels}, ${mid}, kernel_size=${v.kernelSize}, padding=${p}, groups=${v.inChannels}${bias}),  # ${comments.depthwise}`,
    `    nn.Conv2d(${mid}, ${v.outChannels}, kernel_size=1${bias}),  # ${comments.pointwise}`,
    ')',
    `standard = nn.Conv2d(${v.inChannels}, ${v.outChannels}, kernel_size=${v.kernelSize}, padding=${p}${bias})`,
    `x = torch.randn(1, ${v.inChannels}, ${v.size[0]}, ${v.size[1]})`,
    `assert separable(x).shape == standard(x).shape == (1, ${v.outChannels}, ${v.size[0]}, ${v.size[1]})`,
  ].join('\n');
}
