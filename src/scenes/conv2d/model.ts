import {
  conv2d,
  conv2dGeometry,
  conv2dIssues,
  macCount,
  paramCount,
  randomTensor,
  seededRandom,
} from '../../engine/index.ts';
import type { Conv2dGeometry, Conv2dOptions, GeometryIssue, Padding2d, Tensor } from '../../engine/index.ts';
import { kernelPreset } from './presets.ts';
import type { KernelPresetName } from './presets.ts';

/** The conv2d scene's parameters, with PyTorch's names (the URL's keys) in camelCase. */
export interface Conv2dParams {
  size: [number, number];
  inChannels: number;
  outChannels: number;
  kernelSize: [number, number];
  stride: [number, number];
  padding: Padding2d;
  dilation: [number, number];
  groups: number;
  bias: boolean;
  seed: number;
  preset: KernelPresetName;
  /** Values typed by the learner: `input` cells [c, y, x] and `weight` cells [o, i, ky, kx]. */
  edits: Edit[];
}

/** One value the learner typed into a cell. */
export interface Edit {
  tensor: 'input' | 'weight' | 'bias';
  index: number[];
  value: number;
}

/**
 * Why a setting is impossible: the engine's issue (which parameter, a message key `problem.<code>`, the
 * numbers the message shows) with the scene's extras. The scene's controls keep every value in range,
 * so the codes that arise are `groupsIn`, `groupsOut`, `kernelTooLarge` and `sameNeedsStride1`.
 */
export type Problem = GeometryIssue;

/** Everything the scene shows for a valid setting: inputs, geometry and the bulk output. */
export interface Conv2dModel {
  x: Tensor;
  weight: Tensor;
  bias: Tensor | null;
  options: Conv2dOptions;
  geometry: Conv2dGeometry;
  output: Tensor;
  params: number;
  macs: number;
}

function divisors(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i + 1).filter((d) => n % d === 0);
}

/**
 * Checks a setting the way PyTorch would (the engine's `conv2dIssues`), returning every problem (empty
 * when valid) with the values its explanation needs: e.g. a dilated kernel wider than the padded input
 * names the span, the padded size and the smallest padding that would fit; a groups problem lists the
 * groups that would work.
 */
export function conv2dProblems(p: Conv2dParams): Problem[] {
  const issues = conv2dIssues({ inChannels: p.inChannels, size: p.size }, p);
  return issues.map((issue) => {
    if (issue.param === 'groups') return { ...issue, values: { ...issue.values, choices: commonDivisors(p).join(', ') } };
    if (issue.code === 'sameNeedsStride1') return { ...issue, values: { stride: formatPairValue(p.stride) } };
    return issue;
  });
}

function commonDivisors(p: Conv2dParams): number[] {
  return divisors(p.inChannels).filter((d) => p.outChannels % d === 0);
}

function formatPairValue([h, w]: readonly [number, number]): string {
  return h === w ? String(h) : `${h}x${w}`;
}

function applyEdits(t: Tensor, edits: readonly Edit[], which: Edit['tensor']): void {
  for (const e of edits) {
    if (e.tensor !== which || e.index.length !== t.shape.length) continue;
    if (e.index.some((v, i) => !Number.isInteger(v) || v < 0 || v >= t.shape[i])) continue;
    let flat = 0;
    e.index.forEach((v, i) => (flat = flat * t.shape[i] + v));
    t.data[flat] = e.value;
  }
}

/**
 * The scene's tensors and results for a valid setting: seeded small integers (so sums can be checked
 * by hand), the kernel preset if any, then the learner's edits. Throws the engine's error for an
 * invalid setting: call `conv2dProblems` first.
 */
export function conv2dModel(p: Conv2dParams): Conv2dModel {
  const rng = seededRandom(p.seed);
  const x = randomTensor([p.inChannels, p.size[0], p.size[1]], rng, { min: 0, max: 9, integers: true });
  const weightShape = [p.outChannels, p.inChannels / p.groups, p.kernelSize[0], p.kernelSize[1]];
  const weight = randomTensor(weightShape, rng, { min: -2, max: 2, integers: true });
  const bias = p.bias ? randomTensor([p.outChannels], rng, { min: -3, max: 3, integers: true }) : null;
  if (p.preset !== 'random') {
    const kernel = kernelPreset(p.preset, p.kernelSize);
    if (kernel !== null) {
      const plane = p.kernelSize[0] * p.kernelSize[1];
      for (let f = 0; f < weight.data.length / plane; f++) weight.data.set(kernel, f * plane);
      if (bias !== null) bias.data.fill(0);
    }
  }
  applyEdits(x, p.edits, 'input');
  applyEdits(weight, p.edits, 'weight');
  if (bias !== null) applyEdits(bias, p.edits, 'bias');
  const options: Conv2dOptions = { stride: p.stride, padding: p.padding, dilation: p.dilation, groups: p.groups };
  const geometry = conv2dGeometry(x.shape, weight.shape, options);
  const layer = {
    kind: 'conv2d' as const,
    inChannels: p.inChannels,
    outChannels: p.outChannels,
    kernelSize: p.kernelSize,
    groups: p.groups,
    bias: p.bias,
    ...options,
  };
  return {
    x,
    weight,
    bias,
    options,
    geometry,
    output: conv2d(x, weight, bias, options),
    params: paramCount(layer),
    macs: macCount(layer, x.shape),
  };
}

/**
 * A setting that works, close to an impossible one, for the picture behind the explanation when no
 * earlier valid setting exists (a link that opens impossible): each parameter at fault goes back to
 * PyTorch's default (groups 1, dilation 1, stride 1, padding 0), then the kernel shrinks until it fits.
 */
export function nearestValid<P extends Conv2dParams>(p: P): P {
  let q: P = { ...p };
  for (let round = 0; round < 4; round++) {
    const problems = conv2dProblems(q);
    if (problems.length === 0) return q;
    for (const problem of problems) {
      if (problem.param === 'groups') q = { ...q, groups: 1 };
      else if (problem.param === 'padding' || problem.param === 'stride') q = { ...q, stride: [1, 1], padding: 0 };
      else if (problem.param === 'dilation') q = { ...q, dilation: [1, 1] };
      else q = { ...q, kernelSize: [Math.min(q.kernelSize[0], q.size[0]), Math.min(q.kernelSize[1], q.size[1])] };
    }
  }
  return q;
}
