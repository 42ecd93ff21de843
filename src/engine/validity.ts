import { fail, formatPair } from './tensor.ts';
import type { Conv2dOptions, ConvTranspose2dOptions, Padding2d, Pair } from './types.ts';

/**
 * What PyTorch accepts, decided once. Each `*Issues` function returns every problem of a setting as data
 * (empty when valid); the geometry throws the first one through `assertNoIssues`, and the scenes show
 * them all as messages `problem.<code>` filled with `values`. The per-axis arithmetic the rules are
 * stated in (output sizes, the 'same' split) lives here too, so that rule and size cannot disagree.
 * Height and width are checked apart; a per-axis issue names its `axis` ('height' or 'width').
 */

/** PyTorch's snake_case name of the parameter at fault. */
export type IssueParam = 'in_channels' | 'out_channels' | 'kernel_size' | 'stride' | 'padding' | 'dilation' | 'groups' | 'output_padding';

/**
 * Why a setting is impossible. Range codes (`values[param]` is the value as given): `notPair` (not a
 * number or [h, w]), `notInteger`, `notPositive`, `negative`, `paddingMode` (an unknown padding string).
 * Rules: `groupsIn`, `groupsOut` (groups must divide the channels), `sameNeedsStride1`,
 * `kernelTooLarge` (no window fits), `outputPadding` (not below stride or dilation), `outputEmpty`
 * (transposed padding crops every cell), `poolPadding` (more than half the pooling window).
 */
export type IssueCode =
  | 'notPair'
  | 'notInteger'
  | 'notPositive'
  | 'negative'
  | 'paddingMode'
  | 'groupsIn'
  | 'groupsOut'
  | 'sameNeedsStride1'
  | 'kernelTooLarge'
  | 'outputPadding'
  | 'outputEmpty'
  | 'poolPadding';

/** One problem: its code, the parameter at fault and the numbers its explanation names. */
export interface GeometryIssue {
  code: IssueCode;
  param: IssueParam;
  values: Record<string, number | string>;
}

/** The input of a conv layer: its channel count and its [H, W]. */
export interface ConvInput {
  inChannels: number;
  size: readonly [number, number];
}

/** A conv2d layer as PyTorch's `nn.Conv2d` takes it (defaults: stride 1, padding 0, dilation 1, groups 1). */
export type Conv2dLayer = Conv2dOptions & { outChannels: number; kernelSize: Pair };

/** A transposed conv layer as `nn.ConvTranspose2d` takes it. */
export type ConvTranspose2dLayer = ConvTranspose2dOptions & { outChannels: number; kernelSize: Pair };

/** A pooling window as `nn.MaxPool2d` takes it (stride defaults to kernel_size; no dilation for average pooling). */
export interface Pool2dLayer {
  kernelSize: Pair;
  stride?: Pair;
  padding?: Pair;
  dilation?: Pair;
  ceilMode?: boolean;
}

const AXES = ['height', 'width'] as const;

/** PyTorch's 'same' split of one axis: `dilation·(kernel − 1)` zeros in all, the odd one after. */
export function samePadding(kernel: number, dilation = 1): [before: number, after: number] {
  const total = dilation * (kernel - 1);
  return [Math.floor(total / 2), total - Math.floor(total / 2)];
}

/** Per-axis [before, after] zeros of a conv2d's `padding` ([[top, bottom], [left, right]]); expects valid values. */
export function paddingPerSide(padding: Padding2d, kernelSize: Pair, dilation: Pair = 1): [[number, number], [number, number]] {
  if (padding === 'valid') return [[0, 0], [0, 0]];
  if (padding === 'same') {
    const [k, d] = [hw(kernelSize), hw(dilation)];
    return [samePadding(k[0], d[0]), samePadding(k[1], d[1])];
  }
  const [ph, pw] = hw(padding);
  return [[ph, ph], [pw, pw]];
}

/**
 * Output cells along one axis of a sliding window with `before`/`after` zeros:
 * `floor((size + before + after − dilation·(kernel − 1) − 1) / stride) + 1`. With `ceilMode` the
 * division rounds up, but a last window that would start past the input and the padding before it is
 * dropped (PyTorch's `pooling_output_shape`).
 */
export function windowOutputSize(size: number, kernel: number, stride: number, [before, after]: readonly [number, number], dilation = 1, ceilMode = false): number {
  const room = size + before + after - dilation * (kernel - 1) - 1;
  if (!ceilMode) return Math.floor(room / stride) + 1;
  const out = Math.floor((room + stride - 1) / stride) + 1;
  return (out - 1) * stride >= size + before ? out - 1 : out;
}

/** `floor((size + 2·padding − dilation·(kernel − 1) − 1) / stride) + 1` (PyTorch's Conv2d, one axis). */
export function conv2dOutputSize(size: number, kernel: number, stride = 1, padding = 0, dilation = 1): number {
  return windowOutputSize(size, kernel, stride, [padding, padding], dilation);
}

/** `(size − 1)·stride − 2·padding + dilation·(kernel − 1) + outputPadding + 1` (ConvTranspose2d, one axis). */
export function convTranspose2dOutputSize(size: number, kernel: number, stride = 1, padding = 0, outputPadding = 0, dilation = 1): number {
  return (size - 1) * stride - 2 * padding + dilation * (kernel - 1) + outputPadding + 1;
}

/** Pooling output cells along one axis, `ceil_mode` as in `nn.MaxPool2d` (see `windowOutputSize`). */
export function pool2dOutputSize(size: number, kernel: number, stride: number, padding = 0, dilation = 1, ceilMode = false): number {
  return windowOutputSize(size, kernel, stride, [padding, padding], dilation, ceilMode);
}

/** groups must be a positive integer dividing both channel counts (`nn.Conv2d`'s constructor rule). */
export function groupsIssues(inChannels: number, outChannels: number, groups: number): GeometryIssue[] {
  const range = countIssue('groups', groups);
  return range ? [range] : divisibility(inChannels, outChannels, groups);
}

/**
 * Every problem PyTorch would raise for `nn.Conv2d` on this input: ranges first (if any, only those);
 * then groups, `padding='same'` with a stride, and per axis a dilated kernel wider than the padded input.
 */
export function conv2dIssues(input: ConvInput, layer: Conv2dLayer): GeometryIssue[] {
  const { stride = 1, padding = 0, dilation = 1, groups = 1 } = layer;
  const range: GeometryIssue[] = [];
  const groupsRange = countIssue('groups', groups);
  if (groupsRange) range.push(groupsRange);
  const k = readPair(range, 'kernel_size', layer.kernelSize, 1);
  const s = readPair(range, 'stride', stride, 1);
  const d = readPair(range, 'dilation', dilation, 1);
  if (typeof padding === 'string' && padding !== 'same' && padding !== 'valid') {
    range.push({ code: 'paddingMode', param: 'padding', values: { padding: String(padding) } });
  } else if (typeof padding !== 'string') readPair(range, 'padding', padding, 0);
  if (range.length > 0) return range;
  const issues = divisibility(input.inChannels, layer.outChannels, groups);
  if (padding === 'same' && (s[0] !== 1 || s[1] !== 1)) {
    issues.push({ code: 'sameNeedsStride1', param: 'padding', values: { stride: formatPair(s) } });
  }
  const pads = paddingPerSide(padding, k, d);
  AXES.forEach((axis, a) => {
    const issue = windowIssue(axis, input.size[a], k[a], s[a], d[a], pads[a], false);
    if (issue) issues.push(issue);
  });
  return issues;
}

/**
 * Every problem PyTorch would raise for `nn.ConvTranspose2d` on this input: ranges first; then groups,
 * per axis an output_padding not below both stride and dilation, then padding that crops every cell.
 */
export function convTranspose2dIssues(input: ConvInput, layer: ConvTranspose2dLayer): GeometryIssue[] {
  const { stride = 1, padding = 0, outputPadding = 0, dilation = 1, groups = 1 } = layer;
  const range: GeometryIssue[] = [];
  const groupsRange = countIssue('groups', groups);
  if (groupsRange) range.push(groupsRange);
  const k = readPair(range, 'kernel_size', layer.kernelSize, 1);
  const s = readPair(range, 'stride', stride, 1);
  const p = readPair(range, 'padding', padding, 0);
  const op = readPair(range, 'output_padding', outputPadding, 0);
  const d = readPair(range, 'dilation', dilation, 1);
  if (range.length > 0) return range;
  const issues = divisibility(input.inChannels, layer.outChannels, groups);
  AXES.forEach((axis, a) => {
    if (op[a] >= s[a] && op[a] >= d[a]) {
      issues.push({ code: 'outputPadding', param: 'output_padding', values: { axis, output_padding: op[a], stride: s[a], dilation: d[a], max: Math.max(s[a], d[a]) - 1 } });
    }
  });
  AXES.forEach((axis, a) => {
    const out = convTranspose2dOutputSize(input.size[a], k[a], s[a], p[a], op[a], d[a]);
    if (out < 1) {
      const values = { axis, padding: p[a], out, size: input.size[a], kernel: k[a], stride: s[a], dilation: d[a], output_padding: op[a] };
      issues.push({ code: 'outputEmpty', param: 'padding', values });
    }
  });
  return issues;
}

/**
 * Every problem PyTorch would raise for `nn.MaxPool2d` / `nn.AvgPool2d` on an input of [H, W]: ranges
 * first; then per axis padding over half the (dilated) window, then a window with no output cell.
 */
export function pool2dIssues(input: { size: readonly [number, number] }, layer: Pool2dLayer): GeometryIssue[] {
  const { padding = 0, dilation = 1, ceilMode = false } = layer;
  const range: GeometryIssue[] = [];
  const k = readPair(range, 'kernel_size', layer.kernelSize, 1);
  const s = readPair(range, 'stride', layer.stride ?? layer.kernelSize, 1);
  const p = readPair(range, 'padding', padding, 0);
  const d = readPair(range, 'dilation', dilation, 1);
  if (range.length > 0) return range;
  const issues: GeometryIssue[] = [];
  AXES.forEach((axis, a) => {
    // Current PyTorch allows half of the effective (dilated) window; torch 1.13 half of kernel_size,
    // the same without dilation.
    const span = d[a] * (k[a] - 1) + 1;
    const max = Math.floor(span / 2);
    if (p[a] > max) issues.push({ code: 'poolPadding', param: 'padding', values: { axis, padding: p[a], max, kernel: k[a], dilation: d[a], span } });
  });
  AXES.forEach((axis, a) => {
    const issue = windowIssue(axis, input.size[a], k[a], s[a], d[a], [p[a], p[a]], ceilMode);
    if (issue) issues.push(issue);
  });
  return issues;
}

/** The engine's message for an issue: `op: ` and the values at fault, PyTorch-style `name=value`. */
export function formatIssue(op: string, issue: GeometryIssue): string {
  return `${op}: ${issueMessage(issue)}`;
}

/** Throws the first issue, if any, as the engine's `Error` (through `fail`). */
export function assertNoIssues(op: string, issues: readonly GeometryIssue[]): void {
  if (issues.length > 0) fail(op, issueMessage(issues[0]));
}

function issueMessage({ code, param, values: v }: GeometryIssue): string {
  const given = `${param}=${v[param]}`;
  switch (code) {
    case 'notPair':
      return `${given} must be a number or [h, w]`;
    case 'notInteger':
      return `${given} must be an integer`;
    case 'notPositive':
      return `${given} must be positive`;
    case 'negative':
      return `${given} must be non-negative`;
    case 'paddingMode':
      return `padding='${v.padding}' must be a number, [h, w], 'same' or 'valid'`;
    case 'groupsIn':
      return `groups=${v.groups} must divide in_channels=${v.in_channels}`;
    case 'groupsOut':
      return `groups=${v.groups} must divide out_channels=${v.out_channels}`;
    case 'sameNeedsStride1':
      return `padding='same' needs stride=1 (PyTorch rejects it for strided convolutions), got stride=${v.stride}`;
    case 'kernelTooLarge': {
      const what = Number(v.dilation) > 1 ? `kernel_size=${v.kernel} with dilation=${v.dilation}` : `kernel_size=${v.kernel}`;
      const ceil = v.ceil_mode === undefined ? '' : `, too few for one window even with ceil_mode=True and stride=${v.stride}`;
      return `${what} spans ${v.span} cells in ${v.axis} but the padded input is only ${v.padded} (size ${v.size} + padding ${v.before}+${v.after})${ceil}`;
    }
    case 'outputPadding':
      return `output_padding=${v.output_padding} in ${v.axis} must be smaller than stride=${v.stride} or dilation=${v.dilation} (at most ${v.max} here)`;
    case 'outputEmpty':
      return (
        `padding=${v.padding} in ${v.axis} crops more than the ${v.size}-cell input spreads to: the output would be ` +
        `(${v.size} − 1)·${v.stride} − 2·${v.padding} + ${v.dilation}·(${v.kernel} − 1) + ${v.output_padding} + 1 = ${v.out} cells`
      );
    case 'poolPadding': {
      const what = Number(v.dilation) > 1 ? `the dilated window (kernel_size=${v.kernel}, dilation=${v.dilation}, spans ${v.span})` : `kernel_size=${v.kernel}`;
      return `padding=${v.padding} in ${v.axis} must be at most half of ${what}, i.e. ${v.max}`;
    }
  }
}

/** Per axis: no output cell, because the (dilated) window spans more than the padded input. */
function windowIssue(axis: (typeof AXES)[number], size: number, k: number, s: number, d: number, pads: readonly [number, number], ceilMode: boolean): GeometryIssue | null {
  if (windowOutputSize(size, k, s, pads, d, ceilMode) >= 1) return null;
  const span = d * (k - 1) + 1;
  // The smallest padding per side that gives one window (with ceil_mode, stride − 1 cells of slack).
  const needed = Math.max(0, Math.ceil((span - size - (ceilMode ? s - 1 : 0)) / 2));
  const [before, after] = pads;
  const values: Record<string, number | string> = { axis, kernel: k, dilation: d, span, padded: size + before + after, size, padding: before + after, before, after, needed };
  if (ceilMode) Object.assign(values, { stride: s, ceil_mode: 'True' });
  return { code: 'kernelTooLarge', param: d > 1 ? 'dilation' : 'kernel_size', values };
}

function divisibility(inChannels: number, outChannels: number, groups: number): GeometryIssue[] {
  if (inChannels % groups !== 0) return [{ code: 'groupsIn', param: 'groups', values: { groups, in_channels: inChannels } }];
  if (outChannels % groups !== 0) return [{ code: 'groupsOut', param: 'groups', values: { groups, out_channels: outChannels } }];
  return [];
}

/** A count (groups, channels) must be a positive integer. */
function countIssue(param: IssueParam, value: number): GeometryIssue | null {
  if (!Number.isInteger(value)) return { code: 'notInteger', param, values: { [param]: value } };
  return value < 1 ? { code: 'notPositive', param, values: { [param]: value } } : null;
}

/** `value` as [h, w] of integers of at least `min`, or [1, 1] after recording the issue in `range`. */
function readPair(range: GeometryIssue[], param: IssueParam, value: Pair, min: 0 | 1): [number, number] {
  const pair = typeof value === 'number' ? [value, value] : Array.isArray(value) && value.length === 2 ? [value[0], value[1]] : null;
  if (pair === null) {
    range.push({ code: 'notPair', param, values: { [param]: String(value) } });
    return [1, 1];
  }
  const shown = typeof value === 'number' ? String(value) : `(${pair[0]}, ${pair[1]})`;
  for (const v of pair) {
    const code = !Number.isInteger(v) ? 'notInteger' : v < min ? (min === 0 ? 'negative' : 'notPositive') : null;
    if (code) {
      range.push({ code, param, values: { [param]: shown } });
      return [1, 1];
    }
  }
  return [pair[0], pair[1]];
}

/** A `Pair` as [h, w], unchecked. */
function hw(value: Pair): [number, number] {
  return typeof value === 'number' ? [value, value] : [value[0], value[1]];
}
