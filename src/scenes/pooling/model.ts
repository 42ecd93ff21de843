import { avgPool2d, layerOutputShape, macCount, maxPool2d, paramCount, pool2dGeometry, pool2dIssues, randomTensor, seededRandom } from '../../engine/index.ts';
import type { LayerSpec, Tensor, WindowGeometry } from '../../engine/index.ts';
import type { PoolingValues } from './schema.ts';

/** A problem as the scene shows it: message `problem.<code>` filled with `values`. */
export interface PoolingProblem {
  code: string;
  values: Record<string, number | string>;
}

/** The pooling layer of the window part as the engine describes it (dilation only for max, as in PyTorch). */
export function poolLayer(v: PoolingValues): LayerSpec & { kind: 'maxPool2d' | 'avgPool2d' } {
  return v.mode === 'max'
    ? { kind: 'maxPool2d', kernelSize: v.kernelSize, stride: v.stride, padding: v.padding, dilation: v.dilation, ceilMode: v.ceilMode }
    : { kind: 'avgPool2d', kernelSize: v.kernelSize, stride: v.stride, padding: v.padding, countIncludePad: v.countIncludePad, ceilMode: v.ceilMode };
}

/** The dilation the layer uses: `nn.AvgPool2d` has none. */
const dilationOf = (v: PoolingValues): [number, number] => (v.mode === 'max' ? v.dilation : [1, 1]);

/**
 * Why the window part's setting is impossible, from the engine's `pool2dIssues`: padding above half the
 * (dilated) window (`pool.padding`, naming the limit and the window it comes from), or a window wider
 * than the padded input (`pool.tooLarge`). One entry per axis at fault.
 */
export function windowProblems(v: PoolingValues): PoolingProblem[] {
  const issues = pool2dIssues({ size: v.size }, { kernelSize: v.kernelSize, stride: v.stride, padding: v.padding, dilation: dilationOf(v), ceilMode: v.ceilMode });
  return issues.map((issue): PoolingProblem => {
    if (issue.code === 'poolPadding') {
      const { axis, padding, max, kernel, dilation, span } = issue.values;
      return { code: Number(dilation) > 1 ? 'pool.paddingDilated' : 'pool.padding', values: { axis, padding, max, kernel, dilation, span } };
    }
    const { axis, kernel, dilation, span, padded, size, padding } = issue.values;
    return { code: 'pool.tooLarge', values: { axis, kernel, dilation, span, padded, size, padding } };
  });
}

/** PyTorch's padding limit per axis: at most half the effective window `dilation·(k − 1) + 1` (the field explains it in place). */
export function paddingLimit(v: PoolingValues): { max: [number, number]; span: [number, number] } {
  const d = dilationOf(v);
  const span: [number, number] = [d[0] * (v.kernelSize[0] - 1) + 1, d[1] * (v.kernelSize[1] - 1) + 1];
  return { span, max: [Math.floor(span[0] / 2), Math.floor(span[1] / 2)] };
}

/**
 * A setting that works, close to an impossible one (for a link that opens impossible): the padding
 * lowered to its limit, then dilation back to 1, then the kernel shrunk to the padded input.
 */
export function nearestValidWindow(v: PoolingValues): PoolingValues {
  let q = { ...v };
  for (let round = 0; round < 4 && windowProblems(q).length > 0; round++) {
    const { max } = paddingLimit(q);
    q = { ...q, padding: [Math.min(q.padding[0], max[0]), Math.min(q.padding[1], max[1])] };
    if (windowProblems(q).length === 0) break;
    q = { ...q, dilation: [1, 1] };
    if (windowProblems(q).length === 0) break;
    const k: [number, number] = [Math.min(q.kernelSize[0], q.size[0] + 2 * q.padding[0]), Math.min(q.kernelSize[1], q.size[1] + 2 * q.padding[1])];
    q = { ...q, kernelSize: k, padding: [Math.min(q.padding[0], Math.floor(k[0] / 2)), Math.min(q.padding[1], Math.floor(k[1] / 2))] };
  }
  return q;
}

/** The window part for a valid setting: the input, the geometry, the engine's output, shape, parameters and MACs. */
export interface WindowModel {
  /** Input [C, H, W]: seeded whole numbers −4 … 9 (negatives show why max pooling pads with −∞, not 0). */
  x: Tensor;
  geometry: WindowGeometry & { channels: number };
  output: Tensor;
  outShape: number[];
  params: number;
  macs: number;
  /** The setting the model was built for (a stale picture keeps its own), and its mode and divisor rule. */
  setting: PoolingValues;
  mode: PoolingValues['mode'];
  countIncludePad: boolean;
}

/** Builds the window part from the engine; throws for an impossible setting (check `windowProblems` first). */
export function windowModel(v: PoolingValues): WindowModel {
  const rng = seededRandom(v.seed);
  const x = randomTensor([v.inChannels, v.size[0], v.size[1]], rng, { min: -4, max: 9, integers: true });
  const layer = poolLayer(v);
  const geometry = pool2dGeometry(v.mode === 'max' ? 'maxPool2d' : 'avgPool2d', x.shape, v.kernelSize, v.stride, v.padding, dilationOf(v), v.ceilMode);
  const output =
    v.mode === 'max'
      ? maxPool2d(x, { kernelSize: v.kernelSize, stride: v.stride, padding: v.padding, dilation: v.dilation, ceilMode: v.ceilMode })
      : avgPool2d(x, { kernelSize: v.kernelSize, stride: v.stride, padding: v.padding, countIncludePad: v.countIncludePad, ceilMode: v.ceilMode });
  return { x, geometry, output, outShape: layerOutputShape(layer, x.shape), params: paramCount(layer), macs: macCount(layer, x.shape), setting: v, mode: v.mode, countIncludePad: v.countIncludePad };
}

/** The output size of one axis with the other rounding, for the note on `ceil_mode` (null when that setting is impossible). */
export function otherRounding(v: PoolingValues): [number, number] | null {
  const flipped = { ...v, ceilMode: !v.ceilMode };
  if (windowProblems(flipped).length > 0) return null;
  const shape = layerOutputShape(poolLayer(flipped), [1, v.size[0], v.size[1]]);
  return [shape[1], shape[2]];
}

/** One axis of the output-size formula: the numbers it is written with, the engine's size, and the size with the other rounding. */
export interface SizeTerms {
  axis: 'height' | 'width';
  size: number;
  kernel: number;
  stride: number;
  padding: number;
  dilation: number;
  out: number;
  other: number | null;
  /** ceil_mode's rounded-up count, when PyTorch then drops a last window that would start in the padding. */
  dropped: number | null;
}

/**
 * `⌊(H + 2p − d·(k − 1) − 1) / s⌋ + 1` per axis (⌈…⌉ with ceil_mode), the sizes from the engine's
 * `layerOutputShape`; with ceil_mode, `dropped` is the rounded-up count when PyTorch dropped its last
 * window (it would start past the input and the padding before it).
 */
export function sizeTerms(v: PoolingValues, outShape: readonly number[]): SizeTerms[] {
  const other = otherRounding(v);
  const d = dilationOf(v);
  return (['height', 'width'] as const).map((axis, a) => {
    const room = v.size[a] + 2 * v.padding[a] - d[a] * (v.kernelSize[a] - 1) - 1;
    const rounded = Math.ceil(room / v.stride[a]) + 1;
    const out = outShape[a + 1];
    return {
      axis,
      size: v.size[a],
      kernel: v.kernelSize[a],
      stride: v.stride[a],
      padding: v.padding[a],
      dilation: d[a],
      out,
      other: other ? other[a] : null,
      dropped: v.ceilMode && rounded !== out ? rounded : null,
    };
  });
}

/** The window part's presets: classic pooling layers and the two switches PyTorch adds. */
export const WINDOW_PRESETS: { id: string; values: Partial<PoolingValues> }[] = [
  { id: 'vggPool', values: { mode: 'max', size: [6, 6], kernelSize: [2, 2], stride: [2, 2], padding: [0, 0], dilation: [1, 1], ceilMode: false } },
  { id: 'alexnetPool', values: { mode: 'max', size: [7, 7], kernelSize: [3, 3], stride: [2, 2], padding: [0, 0], dilation: [1, 1], ceilMode: false } },
  { id: 'inceptionPool', values: { mode: 'max', size: [6, 6], kernelSize: [3, 3], stride: [1, 1], padding: [1, 1], dilation: [1, 1], ceilMode: false } },
  { id: 'ceil', values: { mode: 'max', size: [5, 5], kernelSize: [2, 2], stride: [2, 2], padding: [0, 0], dilation: [1, 1], ceilMode: true } },
  { id: 'avgPad', values: { mode: 'avg', size: [5, 5], kernelSize: [3, 3], stride: [2, 2], padding: [1, 1], ceilMode: false, countIncludePad: false } },
];
