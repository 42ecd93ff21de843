import {
  conv2d,
  conv2dGeometry,
  conv2dOutputSize,
  convTranspose2d,
  convTranspose2dGeometry,
  convTranspose2dIssues,
  convTranspose2dOutputSize,
  macCount,
  paramCount,
  randomTensor,
  seededRandom,
  transposedAsConv,
} from '../../engine/index.ts';
import type { Conv2dGeometry, ConvTranspose2dGeometry, ConvTranspose2dOptions, GeometryIssue, Tensor } from '../../engine/index.ts';
import type { ConvTranspose2dValues } from './schema.ts';

/**
 * Why a transposed setting is impossible: the engine's issue (a message key and the numbers it shows);
 * within the scene's ranges the codes are `groupsIn`, `groupsOut`, `outputPadding` and `outputEmpty`.
 */
export type TransposedProblem = GeometryIssue;

const AXES = ['height', 'width'] as const;

/** Every problem PyTorch would raise for the setting (the engine's `convTranspose2dIssues`); groups problems list the groups up to 8 that work. */
export function convTranspose2dProblems(p: ConvTranspose2dValues): TransposedProblem[] {
  const choices = () =>
    Array.from({ length: 8 }, (_, i) => i + 1)
      .filter((d) => p.inChannels % d === 0 && p.outChannels % d === 0)
      .join(', ');
  return convTranspose2dIssues({ inChannels: p.inChannels, size: p.size }, p).map((issue) =>
    issue.param === 'groups' ? { ...issue, values: { ...issue.values, choices: choices() } } : issue,
  );
}

/** Everything the scene shows for a valid setting. */
export interface ConvTranspose2dModel {
  x: Tensor;
  weight: Tensor;
  bias: Tensor | null;
  options: ConvTranspose2dOptions;
  geometry: ConvTranspose2dGeometry;
  output: Tensor;
  /** The gather view: zero-inserted, padded input, the flipped kernel as a conv2d weight, cell kinds. */
  gather: ReturnType<typeof transposedAsConv>;
  /** The stride-1 conv2d over the gather grid that computes the same output (the gather view's geometry). */
  eq: Conv2dGeometry;
  params: number;
  macs: number;
}

/** Seeded small integers (inputs 0–4, weights −2..2, biases −2..2) and the engine's results. */
export function convTranspose2dModel(p: ConvTranspose2dValues): ConvTranspose2dModel {
  const rng = seededRandom(p.seed);
  const x = randomTensor([p.inChannels, p.size[0], p.size[1]], rng, { min: 0, max: 4, integers: true });
  const weight = randomTensor([p.inChannels, p.outChannels / p.groups, p.kernelSize[0], p.kernelSize[1]], rng, { min: -2, max: 2, integers: true });
  const bias = p.bias ? randomTensor([p.outChannels], rng, { min: -2, max: 2, integers: true }) : null;
  const options: ConvTranspose2dOptions = { stride: p.stride, padding: p.padding, outputPadding: p.outputPadding, dilation: p.dilation, groups: p.groups };
  const layer = { kind: 'convTranspose2d' as const, inChannels: p.inChannels, outChannels: p.outChannels, kernelSize: p.kernelSize, bias: p.bias, ...options };
  const gather = transposedAsConv(x, weight, options);
  return {
    x,
    weight,
    bias,
    options,
    geometry: convTranspose2dGeometry(x.shape, weight.shape, options),
    output: convTranspose2d(x, weight, bias, options),
    gather,
    eq: conv2dGeometry(gather.input.shape, gather.weight.shape, { dilation: p.dilation, groups: p.groups }),
    params: paramCount(layer),
    macs: macCount(layer, x.shape),
  };
}

/** One axis of "which conv2d inputs map to this size": each candidate size and the output_padding that restores it. */
export interface UndoAxis {
  axis: 'H' | 'W';
  candidates: { size: number; outputPadding: number; allowed: boolean }[];
}

/**
 * The conv2d with the same kernel, stride, padding and dilation maps several input sizes to this
 * scene's input size; the transposed convolution restores one of them, chosen by `output_padding`.
 */
export function undoCandidates(p: ConvTranspose2dValues): UndoAxis[] {
  return AXES.map((_, a) => {
    const base = convTranspose2dOutputSize(p.size[a], p.kernelSize[a], p.stride[a], p.padding[a], 0, p.dilation[a]);
    const candidates = [];
    for (let op = 0; op < p.stride[a]; op++) {
      const size = base + op;
      if (size >= 1 && conv2dOutputSize(size, p.kernelSize[a], p.stride[a], p.padding[a], p.dilation[a]) === p.size[a]) {
        candidates.push({ size, outputPadding: op, allowed: op < Math.max(p.stride[a], p.dilation[a]) });
      }
    }
    return { axis: a === 0 ? ('H' as const) : ('W' as const), candidates };
  });
}

/**
 * "Shape, not values": a seeded input x0 of this scene's output shape, its conv2d with the same weight
 * (read as a conv2d weight [in, out/groups, …]: the shapes swap), and the transposed convolution of
 * that, which has x0's shape but other values.
 */
export function shapeNotValues(p: ConvTranspose2dValues, m: ConvTranspose2dModel): { original: Tensor; restored: Tensor; down: Tensor } | null {
  const g = m.geometry;
  const x0 = randomTensor([g.outChannels, g.outH, g.outW], seededRandom(p.seed + 7), { min: 0, max: 4, integers: true });
  // As a conv2d weight, W [I, O/g, kH, kW] maps O channels down to I: out_channels = I, in/groups = O/g.
  const convOptions = { stride: p.stride, padding: p.padding, dilation: p.dilation, groups: p.groups };
  let down: Tensor;
  try {
    down = conv2d(x0, m.weight, null, convOptions);
  } catch {
    return null;
  }
  if (down.shape[1] !== g.inH || down.shape[2] !== g.inW) return null;
  return { original: x0, down, restored: convTranspose2d(down, m.weight, null, m.options) };
}

/** A setting that works, near an impossible one: groups 1, output_padding 0, padding 0 where at fault. */
export function nearestValidTransposed(p: ConvTranspose2dValues): ConvTranspose2dValues {
  let q = { ...p };
  for (const problem of convTranspose2dProblems(p)) {
    if (problem.param === 'groups') q = { ...q, groups: 1 };
    if (problem.param === 'output_padding') q = { ...q, outputPadding: [0, 0] };
    if (problem.param === 'padding') q = { ...q, padding: [0, 0] };
  }
  return convTranspose2dProblems(q).length === 0 ? q : { ...q, groups: 1, outputPadding: [0, 0], padding: [0, 0] };
}

/**
 * The transposed convolution that maps a conv2d's output shape back to its input shape: channels
 * swapped, the same kernel, stride, padding, dilation and groups, and the output_padding that restores
 * the exact size. Null when the conv2d cannot be undone within this scene's ranges ('same' padding with
 * an odd total, or sizes beyond what the scene draws).
 */
export function undoOfConv2d(c: {
  size: readonly [number, number];
  inChannels: number;
  outChannels: number;
  kernelSize: readonly [number, number];
  stride: readonly [number, number];
  padding: number | readonly [number, number] | 'same' | 'valid';
  dilation: readonly [number, number];
  groups: number;
  bias: boolean;
}): Partial<ConvTranspose2dValues> | null {
  const pad = (a: number): number | null => {
    if (c.padding === 'valid') return 0;
    if (c.padding === 'same') {
      const total = c.dilation[a] * (c.kernelSize[a] - 1);
      return total % 2 === 0 ? total / 2 : null;
    }
    return typeof c.padding === 'number' ? c.padding : c.padding[a];
  };
  const p = [pad(0), pad(1)];
  if (p[0] === null || p[1] === null) return null;
  const out = [0, 1].map((a) => conv2dOutputSize(c.size[a], c.kernelSize[a], c.stride[a], p[a] as number, c.dilation[a]));
  const op = [0, 1].map((a) => c.size[a] - convTranspose2dOutputSize(out[a], c.kernelSize[a], c.stride[a], p[a] as number, 0, c.dilation[a]));
  const fits =
    out.every((v) => v >= 1 && v <= 16) &&
    c.kernelSize.every((v) => v <= 7) &&
    c.stride.every((v) => v <= 4) &&
    p.every((v) => (v as number) <= 6) &&
    c.dilation.every((v) => v <= 4) &&
    op.every((v, a) => v >= 0 && v < Math.max(c.stride[a], c.dilation[a]) && v <= 3);
  if (!fits) return null;
  return {
    size: [out[0], out[1]],
    inChannels: c.outChannels,
    outChannels: c.inChannels,
    kernelSize: [c.kernelSize[0], c.kernelSize[1]],
    stride: [c.stride[0], c.stride[1]],
    padding: [p[0] as number, p[1] as number],
    outputPadding: [op[0], op[1]],
    dilation: [c.dilation[0], c.dilation[1]],
    groups: c.groups,
    bias: c.bias,
  };
}
