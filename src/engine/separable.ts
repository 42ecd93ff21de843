import { conv2d } from './conv2d.ts';
import { fail, tensor } from './tensor.ts';
import type { Tensor } from './types.ts';

/** A rank-1 kernel written as a column (kH values) times a row (kW values): `k[i][j] = column[i]·row[j]`. */
export interface Rank1Factors {
  column: number[];
  row: number[];
}

/**
 * The column and row of a `kH × kW` kernel (row-major values) when it has rank 1, else null (an all-zero
 * kernel is rank 0: null). The column is the kernel's column through its largest entry, the row that
 * entry's row divided by it, so Sobel-x [[1,0,−1],[2,0,−2],[1,0,−1]] gives [1,2,1] and [1,0,−1]. Entries
 * are compared with a relative tolerance of 1e-9 of the largest.
 */
export function rank1Factors(kernel: ArrayLike<number>, kH: number, kW: number): Rank1Factors | null {
  if (!Number.isInteger(kH) || !Number.isInteger(kW) || kH < 1 || kW < 1 || kernel.length !== kH * kW) {
    fail('rank1Factors', `kernel of ${kernel.length} values is not ${kH}×${kW}`);
  }
  let pivot = 0;
  for (let i = 1; i < kernel.length; i++) if (Math.abs(kernel[i]) > Math.abs(kernel[pivot])) pivot = i;
  const p = kernel[pivot];
  if (p === 0 || !Number.isFinite(p)) return null;
  const pr = Math.floor(pivot / kW);
  const pc = pivot % kW;
  const column = Array.from({ length: kH }, (_, i) => kernel[i * kW + pc]);
  const row = Array.from({ length: kW }, (_, j) => kernel[pr * kW + j] / p);
  const tol = 1e-9 * Math.abs(p);
  for (let i = 0; i < kH; i++) for (let j = 0; j < kW; j++) if (Math.abs(kernel[i * kW + j] - column[i] * row[j]) > tol) return null;
  return { column, row };
}

/** Options of `separableConv2d`: as conv2d's, padding per axis as a pair (no `'same'`). */
export interface SeparableOptions {
  stride?: readonly [number, number];
  padding?: readonly [number, number];
  dilation?: readonly [number, number];
}

/**
 * A convolution of `x` [C, H, W] with the kernel `column ⊗ row` on every channel, summed over channels
 * into one map [1, outH, outW], computed as two 1-D passes: the column down each channel (a depthwise
 * `kH × 1` conv2d with the vertical stride, padding and dilation) then the row across, summing the
 * channels (a `1 × kW` conv2d with the horizontal ones). It equals conv2d with weight[0, c] = column ⊗ row,
 * exactly when every product and sum is exact (whole numbers), else up to float32 rounding.
 */
export function separableConv2d(x: Tensor, column: readonly number[], row: readonly number[], options: SeparableOptions = {}): Tensor {
  if (x.shape.length !== 3) fail('separableConv2d', `input shape [${x.shape.join(',')}] must be [C, H, W]`);
  const [c] = x.shape;
  const [sH, sW] = options.stride ?? [1, 1];
  const [pH, pW] = options.padding ?? [0, 0];
  const [dH, dW] = options.dilation ?? [1, 1];
  const kH = column.length;
  const kW = row.length;
  const colWeight = tensor([c, 1, kH, 1]);
  for (let ch = 0; ch < c; ch++) colWeight.data.set(column, ch * kH);
  const rowWeight = tensor([1, c, 1, kW]);
  for (let ch = 0; ch < c; ch++) rowWeight.data.set(row, ch * kW);
  const down = conv2d(x, colWeight, null, { stride: [sH, 1], padding: [pH, 0], dilation: [dH, 1], groups: c });
  return conv2d(down, rowWeight, null, { stride: [1, sW], padding: [0, pW], dilation: [1, dW] });
}
