import { conv2dGeometry, conv2dIssues, rank1Factors } from '../../engine/index.ts';
import type { GeometryIssue, Rank1Factors } from '../../engine/index.ts';
import { formatHash } from '../../url/route.ts';
import { defaults, serializeParams } from '../../url/schema.ts';
import { kernelPreset } from '../conv2d/presets.ts';
import type { KernelPresetName } from '../conv2d/presets.ts';
import { conv2dSchema } from '../conv2d/schema.ts';
import type { Edit } from '../conv2d/model.ts';
import type { FilterName, ImageLabValues, Kernel, PictureName } from './schema.ts';

const CLASSICS: Record<'blur' | 'emboss' | 'edge', number[]> = {
  // Gaussian 3×3: [1,2,1]ᵀ × [1,2,1] / 16 (rank 1, weights sum to 1, so brightness stays).
  blur: [1, 2, 1, 2, 4, 2, 1, 2, 1].map((v) => v / 16),
  emboss: [-2, -1, 0, -1, 1, 1, 0, 1, 2],
  edge: [-1, -1, -1, -1, 8, -1, -1, -1, -1],
};

/** The kernel of a filter: a conv2d preset or a classic as 3×3, or the typed kernel. */
export function filterKernel(name: FilterName, typed: Kernel): Kernel {
  if (name === 'typed') return typed;
  if (name === 'blur' || name === 'emboss' || name === 'edge') return { kH: 3, kW: 3, values: CLASSICS[name] };
  return { kH: 3, kW: 3, values: kernelPreset(name as KernelPresetName, [3, 3]) ?? [] };
}

/** The channels the picture feeds the filters: 1 (gray) or 3 (RGB). */
export const channelsOf = (v: Pick<ImageLabValues, 'color'>): number => (v.color === 'rgb' ? 3 : 1);

/** What spatial separability saves for one kernel: weights and multiply-accumulates per output pixel and channel. */
export interface SeparableInfo {
  factors: Rank1Factors | null;
  weights2d: number;
  weights1d: number;
}

/** Whether the kernel is rank 1 (then its column and row), and its weights both ways (kH·kW against kH + kW). */
export function separableInfo(k: Kernel): SeparableInfo {
  return { factors: rank1Factors(k.values, k.kH, k.kW), weights2d: k.kH * k.kW, weights1d: k.kH + k.kW };
}

/**
 * Why a filter cannot run on a picture of `size` [H, W]: the engine's `kernelTooLarge` (the dilated
 * kernel wider than the padded picture), per filter, the filter's number (1-based) in `filter`.
 */
export function labProblems(v: ImageLabValues, size: readonly [number, number]): GeometryIssue[] {
  const out: GeometryIssue[] = [];
  v.filters.forEach((name, i) => {
    const k = filterKernel(name, v.kernel);
    const issues = conv2dIssues({ inChannels: channelsOf(v), size }, { outChannels: 1, kernelSize: [k.kH, k.kW], stride: v.stride, padding: v.padding, dilation: v.dilation });
    for (const issue of issues) out.push({ ...issue, values: { ...issue.values, filter: i + 1 } });
  });
  return out;
}

/** The bundled pictures' sizes [height, width] in `public/images` (a test reads them from the JPEGs). */
export const BUNDLED_SIZES: Readonly<Record<Exclude<PictureName, 'drawn'>, readonly [number, number]>> = {
  camera: [512, 512],
  chelsea: [300, 451],
  coffee: [341, 512],
  astronaut: [512, 512],
};

/** Each filter's output size [outH, outW] on a picture of `size` (valid settings only). */
export function outputSize(v: ImageLabValues, k: Kernel, size: readonly [number, number]): [number, number] {
  const g = conv2dGeometry([channelsOf(v), size[0], size[1]], [1, channelsOf(v), k.kH, k.kW], { stride: v.stride, padding: v.padding, dilation: v.dilation });
  return [g.outH, g.outW];
}

/** The picture's window under one output pixel: `channels × extentH × extentW` values (0 on padding), row-major per channel. */
export interface Patch {
  channels: number;
  extent: [number, number];
  values: number[];
}

/** The window one output pixel reads: `(k − 1)·d + 1` cells per axis. */
export function patchExtent(k: Kernel, dilation: readonly [number, number]): [number, number] {
  return [(k.kH - 1) * dilation[0] + 1, (k.kW - 1) * dilation[1] + 1];
}

/**
 * A link to the conv2d scene holding this patch as its input and the filter's kernel on every channel
 * (`edits`), stride 1, no padding, no bias: its output cell [0, 0, 0] is the pixel explained here.
 */
export function patchHref(patch: Patch, k: Kernel, dilation: readonly [number, number]): string {
  const [eH, eW] = patch.extent;
  const edits: Edit[] = [];
  for (let c = 0; c < patch.channels; c++)
    for (let y = 0; y < eH; y++) for (let x = 0; x < eW; x++) edits.push({ tensor: 'input', index: [c, y, x], value: patch.values[(c * eH + y) * eW + x] });
  for (let c = 0; c < patch.channels; c++)
    for (let ky = 0; ky < k.kH; ky++) for (let kx = 0; kx < k.kW; kx++) edits.push({ tensor: 'weight', index: [0, c, ky, kx], value: k.values[ky * k.kW + kx] });
  const values = {
    ...defaults(conv2dSchema),
    size: [eH, eW] as [number, number],
    inChannels: patch.channels,
    outChannels: 1,
    kernelSize: [k.kH, k.kW] as [number, number],
    dilation: [dilation[0], dilation[1]] as [number, number],
    bias: false,
    edits,
  };
  return formatHash('conv2d', serializeParams(conv2dSchema, values));
}

/** The setting in one line for the folded parameters on a phone. */
export function labSummary(v: ImageLabValues): string {
  const pair = ([h, w]: readonly [number, number]) => (h === w ? String(h) : `${h}×${w}`);
  return [v.picture, v.color, v.filters.join(', '), `stride ${pair(v.stride)}`, `padding ${pair(v.padding)}`, `dilation ${pair(v.dilation)}`].join(' · ');
}
