import { conv2dIssues, pool2dIssues, receptiveField, stackSizes } from '../../engine/index.ts';
import type { ReceptiveFieldRow } from '../../engine/index.ts';
import { rfLayer } from './schema.ts';
import type { ReceptiveFieldValues, RfLayer } from './schema.ts';

/** The stack as the engine reads it. */
export function engineLayers(layers: readonly RfLayer[]) {
  return layers.map((l) => ({ kernelSize: l.k, stride: l.s, padding: l.p, dilation: l.d }));
}

/** A layer that cannot run: its kernel spans more than its padded input, or its padding is over half the window (pooling). */
export interface RfProblem {
  code: 'rfTooSmall' | 'rfPoolPadding';
  values: Record<string, number | string>;
}

/**
 * Every problem of the stack, naming the layer (1-based) and the numbers: each pooling layer whose
 * padding is over half its window, and the first layer (if nothing before it failed) whose window spans
 * more than its padded input. The rules are the engine's (`conv2dIssues`, `pool2dIssues`), on the sizes
 * each layer receives.
 */
export function receptiveFieldProblems(v: ReceptiveFieldValues): RfProblem[] {
  const problems: RfProblem[] = [];
  const sizes = stackSizes(engineLayers(v.layers), v.size);
  engineLayers(v.layers).forEach((layer, i) => {
    const size = sizes[i];
    const issues = v.layers[i].kind === 'pool' ? pool2dIssues({ size }, layer) : conv2dIssues({ inChannels: 1, size }, { ...layer, outChannels: 1 });
    const padding = issues.find((issue) => issue.code === 'poolPadding');
    if (padding) problems.push({ code: 'rfPoolPadding', values: { layer: i + 1, padding: padding.values.padding, max: padding.values.max } });
    const tooLarge = issues.find((issue) => issue.code === 'kernelTooLarge');
    if (tooLarge && problems.length === 0) problems.push({ code: 'rfTooSmall', values: { layer: i + 1, span: tooLarge.values.span, padded: tooLarge.values.padded } });
  });
  return problems;
}

/** Sizes per layer (0 = input) and the receptive-field table. */
export interface ReceptiveFieldModel {
  layers: RfLayer[];
  sizes: [number, number][];
  rows: ReceptiveFieldRow[];
  /** Weights per channel pair of the stack's convolutions, and of one convolution with a kernel as large as the field. */
  stackWeights: number;
  singleWeights: number;
}

/** The model of a valid stack. */
export function receptiveFieldModel(v: ReceptiveFieldValues): ReceptiveFieldModel {
  const rows = receptiveField(engineLayers(v.layers));
  const r = rows[rows.length - 1].r;
  return {
    layers: v.layers,
    sizes: stackSizes(engineLayers(v.layers), v.size),
    rows,
    stackWeights: v.layers.filter((l) => l.kind === 'conv').reduce((s, l) => s + l.k * l.k, 0),
    singleWeights: r[0] * r[1],
  };
}

/** A stack that works near an impossible one: the input grows until every layer fits, else the default. */
export function nearestValidStack(v: ReceptiveFieldValues): ReceptiveFieldValues {
  const layers = v.layers.map((l) => (l.kind === 'pool' && l.p > Math.floor((l.d * (l.k - 1) + 1) / 2) ? { ...l, p: 0 } : l));
  for (let n = Math.max(v.size[0], v.size[1]); n <= 64; n++) {
    const q = { size: [n, n] as [number, number], layers };
    if (receptiveFieldProblems(q).length === 0) return q;
  }
  return { size: [16, 16], layers: [rfLayer('conv', 3), rfLayer('conv', 3)] };
}

/** The classic facts as presets: [message key of the name, stack, input size]. */
export const RF_PRESETS: { id: string; layers: RfLayer[]; size: number }[] = [
  { id: 'twoThree', layers: [rfLayer('conv', 3), rfLayer('conv', 3)], size: 16 },
  { id: 'threeThree', layers: [rfLayer('conv', 3), rfLayer('conv', 3), rfLayer('conv', 3)], size: 16 },
  { id: 'dilated', layers: [rfLayer('conv', 3), rfLayer('conv', 3, { d: 2 }), rfLayer('conv', 3, { d: 4 })], size: 24 },
  { id: 'strided', layers: [rfLayer('conv', 7, { s: 2 }), rfLayer('conv', 3, { s: 2 }), rfLayer('conv', 3), rfLayer('conv', 3)], size: 48 },
  { id: 'pooled', layers: [rfLayer('conv', 3, { p: 1 }), rfLayer('pool', 2), rfLayer('conv', 3, { p: 1 })], size: 16 },
];
