import type { Pair, Tensor } from './types.ts';

/** Throws the engine's error form: `op: message`, the message naming the values at fault. */
export function fail(op: string, message: string): never {
  throw new Error(`${op}: ${message}`);
}

/** Formats a shape the way the messages show it: `[3,5,5]`. */
export function formatShape(shape: readonly number[]): string {
  return `[${shape.join(',')}]`;
}

/** The number of elements of a shape (1 for a scalar `[]`). */
export function numel(shape: readonly number[]): number {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}

/** A new tensor of `shape`, zero-filled or holding a copy of `values`. */
export function tensor(shape: readonly number[], values?: ArrayLike<number>): Tensor {
  assertShape('tensor', 'shape', shape);
  const data = new Float32Array(numel(shape));
  if (values !== undefined) {
    if (values.length !== data.length) {
      fail('tensor', `got ${values.length} values for shape ${formatShape(shape)} of ${data.length} elements`);
    }
    data.set(values);
  }
  return { shape: [...shape], data };
}

function assertShape(op: string, name: string, shape: readonly number[]): void {
  for (const d of shape) {
    if (!Number.isInteger(d) || d < 0) fail(op, `${name} ${formatShape(shape)} must hold non-negative integers`);
  }
}

/**
 * Checks that `t` is a tensor of the given rank whose data length matches its shape.
 * Every op calls this on each argument, so that a malformed object fails with a message and never
 * yields NaN or reads past the end of `data`.
 */
export function assertTensor(op: string, name: string, t: Tensor | null | undefined, rank: number): void {
  if (t === null || t === undefined || !Array.isArray(t.shape) || !(t.data instanceof Float32Array)) {
    fail(op, `${name} must be a tensor { shape: number[], data: Float32Array }`);
  }
  if (t.shape.length !== rank) {
    fail(op, `${name} must have ${rank} dimensions, got shape ${formatShape(t.shape)}`);
  }
  assertShape(op, `${name} shape`, t.shape);
  const n = numel(t.shape);
  if (t.data.length !== n) {
    fail(op, `${name} data has ${t.data.length} values but shape ${formatShape(t.shape)} needs ${n}`);
  }
}

/** Checks that `value` is an integer of at least `min`; `name` is PyTorch's snake_case name. */
export function assertInt(op: string, name: string, value: number, min: number): void {
  if (!Number.isInteger(value)) fail(op, `${name}=${value} must be an integer`);
  if (value < min) {
    fail(op, min === 1 ? `${name}=${value} must be positive` : `${name}=${value} must be at least ${min}`);
  }
}

/**
 * Expands a `Pair` to `[h, w]` and checks both are integers of at least `min` (1 for sizes,
 * strides and dilations; 0 for paddings).
 */
export function pair(op: string, name: string, value: Pair, min: number): [number, number] {
  const hw: [number, number] =
    typeof value === 'number' ? [value, value] : Array.isArray(value) && value.length === 2 ? [value[0], value[1]] : [NaN, NaN];
  if (Number.isNaN(hw[0]) && typeof value !== 'number') fail(op, `${name}=${String(value)} must be a number or [h, w]`);
  const shown = typeof value === 'number' ? String(value) : `(${hw[0]}, ${hw[1]})`;
  for (const v of hw) {
    if (!Number.isInteger(v)) fail(op, `${name}=${shown} must be an integer`);
    if (v < min) {
      const rule = min === 0 ? 'must be non-negative' : min === 1 ? 'must be positive' : `must be at least ${min}`;
      fail(op, `${name}=${shown} ${rule}`);
    }
  }
  return hw;
}

/** Formats an `[h, w]` pair as the messages and PyTorch show it: `3` when square, else `(3, 5)`. */
export function formatPair([h, w]: readonly [number, number]): string {
  return h === w ? String(h) : `(${h}, ${w})`;
}

/**
 * Views (no copies) of each slice along the first axis: the channel planes of a [C, H, W] tensor,
 * the kernels of a [O, 1, kH, kW] weight.
 */
export function planes(t: Tensor): Float32Array[] {
  const size = t.shape.length === 0 ? 0 : t.data.length / t.shape[0];
  return Array.from({ length: t.shape[0] ?? 0 }, (_, i) => t.data.subarray(i * size, (i + 1) * size));
}

/**
 * The element of `t` at `index` (one number per axis, row-major as the data is laid out: [c, y, x] of an
 * input, [o, i, ky, kx] of a weight). Throws, naming the index and the shape, if it is outside.
 */
export function at(t: Tensor, ...index: number[]): number {
  if (index.length !== t.shape.length) fail('at', `index [${index.join(', ')}] has ${index.length} axes but the tensor ${formatShape(t.shape)} has ${t.shape.length}`);
  let offset = 0;
  for (let a = 0; a < index.length; a++) {
    const i = index[a];
    if (!Number.isInteger(i) || i < 0 || i >= t.shape[a]) fail('at', `index [${index.join(', ')}] is outside ${formatShape(t.shape)} (axis ${a})`);
    offset = offset * t.shape[a] + i;
  }
  return t.data[offset];
}

/** The [c, y, x] of flat position `i` in a row-major [C, H, W] layout: the inverse of `at`'s offset. */
export function unravel3([, h, w]: readonly [number, number, number], i: number): [number, number, number] {
  const plane = h * w;
  const c = Math.floor(i / plane);
  const rest = i - c * plane;
  return [c, Math.floor(rest / w), rest % w];
}
