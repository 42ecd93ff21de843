import { layerOutputShape, macCount, paramCount, pool2dIssues } from '../../engine/index.ts';
import type { LayerSpec } from '../../engine/index.ts';
import type { InceptionLayerId } from '../../animations/inceptionFrames.ts';
import { branchOutputs, moduleLayers } from './model.ts';
import type { InceptionProblem, LayerInfo } from './model.ts';
import type { InceptionValues, ModuleKind } from './schema.ts';

/** One layer's cost on the counted map: parameters (PyTorch's count) and multiply-accumulates. */
export interface LayerCost {
  id: InceptionLayerId;
  info: LayerInfo;
  params: number;
  macs: number;
}

/** A branch's layers, their sums, and the channels it adds to the output. */
export interface BranchCost {
  branch: number;
  layers: LayerCost[];
  params: number;
  macs: number;
  outChannels: number;
}

/** A whole module on the counted map: per branch and in total, with its output channels. */
export interface ModuleCost {
  kind: ModuleKind;
  branches: BranchCost[];
  params: number;
  macs: number;
  outChannels: number;
}

/**
 * The costs of a module on an input [in_channels, map H, map W], from the engine's paramCount and
 * macCount, always with the padding that keeps H×W (the module as it runs). `bias` overrides the setting's.
 */
export function moduleCost(v: InceptionValues, kind: ModuleKind, bias = v.bias): ModuleCost {
  const layers = moduleLayers({ ...v, bias }, kind, true);
  const shapes: Partial<Record<InceptionLayerId, number[]>> = {};
  const input = [v.inChannels, v.map[0], v.map[1]];
  const costs = layers.map((info): LayerCost => {
    const from = info.from === 'input' ? input : shapes[info.from]!;
    shapes[info.id] = layerOutputShape(info.spec, from);
    return { id: info.id, info, params: paramCount(info.spec), macs: macCount(info.spec, from) };
  });
  const outs = branchOutputs(layers);
  const branches = [0, 1, 2, 3].map((branch): BranchCost => {
    const own = costs.filter((c) => c.info.branch === branch);
    return {
      branch,
      layers: own,
      params: own.reduce((s, c) => s + c.params, 0),
      macs: own.reduce((s, c) => s + c.macs, 0),
      outChannels: shapes[outs[branch].id]![0],
    };
  });
  return {
    kind,
    branches,
    params: branches.reduce((s, b) => s + b.params, 0),
    macs: branches.reduce((s, b) => s + b.macs, 0),
    outChannels: branches.reduce((s, b) => s + b.outChannels, 0),
  };
}

/** K as the paper's Table 1 counts parameters (159K for 163,328): 1,024. */
export const PAPER_K = 1024;

/**
 * The module with reductions as the paper counts it (weights only: the K of Table 1 is 1,024, its "M" of
 * operations a million MACs) and as PyTorch counts it with bias=False and bias=True.
 */
export function paperCounts(v: InceptionValues): { weights: number; withBias: number; macs: number; k: number; millions: number } {
  const weights = moduleCost(v, 'reduced', false);
  return { weights: weights.params, withBias: moduleCost(v, 'reduced', true).params, macs: weights.macs, k: weights.params / PAPER_K, millions: weights.macs / 1e6 };
}

/** The auxiliary classifier's fixed widths (GoogLeNet's, and torchvision's InceptionAux): 1×1 conv to 128, FC to 1,024, dropout 0.7. */
export const AUX_CONV = 128;
export const AUX_FC = 1024;
export const AUX_DROPOUT = 0.7;
/** The weight of each auxiliary loss in training. */
export const AUX_WEIGHT = 0.3;
/** The two auxiliary classifiers of GoogLeNet: after 4a (14×14×512) and after 4d (14×14×528). */
export const AUX_HEADS = [
  { id: 'aux1', after: '4a', inChannels: 512, size: 14 },
  { id: 'aux2', after: '4d', inChannels: 528, size: 14 },
] as const;

/** One row of the auxiliary classifier: a layer, the shape it outputs, its parameters and MACs. */
export interface AuxRow {
  id: 'input' | 'pool' | 'conv' | 'flatten' | 'fc1' | 'dropout' | 'fc2';
  shape: number[];
  params: number;
  macs: number;
}

/** The 5×5 average pool with stride 3 that opens the auxiliary classifier. */
const AUX_POOL: LayerSpec = { kind: 'avgPool2d', kernelSize: 5, stride: 3 };

/** A 5×5 window must fit the auxiliary classifier's input (the pool has no padding). */
export function auxProblems(v: InceptionValues): InceptionProblem[] {
  const issue = pool2dIssues({ size: v.auxSize }, { kernelSize: 5, stride: 3 })[0];
  if (issue === undefined) return [];
  const axis = String(issue.values.axis ?? 'height');
  return [{ code: 'inceptionAuxSize', values: { axis, size: v.auxSize[axis === 'width' ? 1 : 0], aux_size: `${v.auxSize[0]}×${v.auxSize[1]}` } }];
}

/** The nearest setting whose auxiliary input takes a 5×5 window. */
export function nearestValidAux(v: InceptionValues): InceptionValues {
  return { ...v, auxSize: [Math.max(5, v.auxSize[0]), Math.max(5, v.auxSize[1])] };
}

/**
 * The auxiliary classifier on an input [C, H, W]: 5×5 average pool stride 3 → 1×1 conv 128 (+ ReLU) →
 * flatten → FC 1,024 (+ ReLU) → dropout 0.7 → FC num_classes; shapes, parameters and MACs from the engine.
 * FC 1's in_features is whatever the flattened map holds (2,048 on 14×14).
 */
export function auxRows(inChannels: number, size: readonly [number, number], numClasses: number, bias: boolean): AuxRow[] {
  const input = [inChannels, size[0], size[1]];
  const pooled = layerOutputShape(AUX_POOL, input);
  const conv: LayerSpec = { kind: 'conv2d', inChannels, outChannels: AUX_CONV, kernelSize: 1, bias };
  const convOut = layerOutputShape(conv, pooled);
  const features = convOut[0] * convOut[1] * convOut[2];
  const fc1: LayerSpec = { kind: 'linear', inFeatures: features, outFeatures: AUX_FC, bias };
  const drop: LayerSpec = { kind: 'dropout', p: AUX_DROPOUT };
  const fc2: LayerSpec = { kind: 'linear', inFeatures: AUX_FC, outFeatures: numClasses, bias };
  const row = (id: AuxRow['id'], spec: LayerSpec, from: number[]): AuxRow => ({ id, shape: layerOutputShape(spec, from), params: paramCount(spec), macs: macCount(spec, from) });
  const fc1Row = row('fc1', fc1, [features]);
  return [
    { id: 'input', shape: input, params: 0, macs: 0 },
    row('pool', AUX_POOL, input),
    row('conv', conv, pooled),
    { id: 'flatten', shape: [features], params: 0, macs: 0 },
    fc1Row,
    row('dropout', drop, fc1Row.shape),
    row('fc2', fc2, fc1Row.shape),
  ];
}

/** Parameters and MACs of a whole auxiliary classifier. */
export function auxTotals(rows: readonly AuxRow[]): { params: number; macs: number } {
  return { params: rows.reduce((s, r) => s + r.params, 0), macs: rows.reduce((s, r) => s + r.macs, 0) };
}

/** Example cross-entropy losses of one training step (about ln 1000 ≈ 6.9 at the start, lower later). */
export const LOSS_EXAMPLE = { main: 2.3, aux1: 2.6, aux2: 2.45 } as const;

/** GoogLeNet's training loss: main + 0.3·(aux1 + aux2); at inference only the main classifier runs. */
export function trainingLoss(l: { main: number; aux1: number; aux2: number }, weight = AUX_WEIGHT): number {
  return l.main + weight * (l.aux1 + l.aux2);
}
