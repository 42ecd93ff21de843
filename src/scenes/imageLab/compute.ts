import { conv2d, conv2dGeometry, explainConv2d, separableConv2d, tensor } from '../../engine/index.ts';
import type { Explanation, Rank1Factors, Tensor } from '../../engine/index.ts';
import type { Kernel } from './schema.ts';
import type { Patch } from './model.ts';

/** The shared options of the filters: PyTorch's stride, padding and dilation per axis. */
export interface LabOptions {
  stride: readonly [number, number];
  padding: readonly [number, number];
  dilation: readonly [number, number];
}

/**
 * A picture's RGBA pixels (`width × height`, row-major) as the filters' input: [1, H, W] of luminance
 * (ITU-R BT.601 weights, rounded to whole numbers 0–255) or [3, H, W] of red, green and blue.
 */
export function pictureTensor(rgba: ArrayLike<number>, width: number, height: number, channels: 1 | 3): Tensor {
  const x = tensor([channels, height, width]);
  const n = width * height;
  for (let i = 0; i < n; i++) {
    const r = rgba[4 * i];
    const g = rgba[4 * i + 1];
    const b = rgba[4 * i + 2];
    if (channels === 1) x.data[i] = Math.round(0.299 * r + 0.587 * g + 0.114 * b);
    else {
      x.data[i] = r;
      x.data[n + i] = g;
      x.data[2 * n + i] = b;
    }
  }
  return x;
}

/** The filter's weight [1, C, kH, kW]: the kernel on every channel of the picture. */
export function filterWeight(k: Kernel, channels: number): Tensor {
  const w = tensor([1, channels, k.kH, k.kW]);
  for (let c = 0; c < channels; c++) w.data.set(k.values, c * k.kH * k.kW);
  return w;
}

/** Output rows per piece of work: a piece of a 2048-wide picture with a 7×7 kernel stays near 10 ms. */
const STRIP_ROWS = 32;

/**
 * conv2d of the picture with one filter, in strips of output rows (each strip a conv2d of the input rows
 * it reads, zero rows standing for the vertical padding), yielding the share done after each strip, so the
 * worker can report progress and take newer requests between strips. Returns [1, outH, outW], equal to
 * one conv2d of the whole picture.
 */
export function* filterInStrips(x: Tensor, k: Kernel, o: LabOptions): Generator<number, Tensor> {
  const [c, h, w] = x.shape;
  const weight = filterWeight(k, c);
  const g = conv2dGeometry(x.shape, weight.shape, o);
  const out = tensor([1, g.outH, g.outW]);
  for (let r0 = 0; r0 < g.outH; r0 += STRIP_ROWS) {
    const r1 = Math.min(g.outH, r0 + STRIP_ROWS);
    const first = r0 * g.strideH - g.padTop;
    const rows = (r1 - 1 - r0) * g.strideH + (k.kH - 1) * g.dilationH + 1;
    const strip = tensor([c, rows, w]);
    for (let ch = 0; ch < c; ch++)
      for (let y = 0; y < rows; y++) {
        const iy = first + y;
        if (iy >= 0 && iy < h) strip.data.set(x.data.subarray((ch * h + iy) * w, (ch * h + iy + 1) * w), (ch * rows + y) * w);
      }
    const part = conv2d(strip, weight, null, { stride: [g.strideH, g.strideW], padding: [0, g.padLeft], dilation: [g.dilationH, g.dilationW] });
    out.data.set(part.data, r0 * g.outW);
    yield r1 / g.outH;
  }
  return out;
}

/** Smallest and largest value of a map. */
export function valueRange(data: ArrayLike<number>): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < data.length; i++) {
    if (data[i] < lo) lo = data[i];
    if (data[i] > hi) hi = data[i];
  }
  return data.length === 0 ? [0, 0] : [lo, hi];
}

/** An RGB colour as three 0–255 numbers. */
export type Rgb = readonly [number, number, number];

/**
 * The size of value at which a map's colour is full: the 99th percentile of |value| (the largest |value| when
 * that is 0). An edge filter's few extreme pixels would otherwise take the whole scale and leave the picture
 * almost white; values beyond the bound are drawn in the full end colour.
 */
export function colorBound(data: ArrayLike<number>): number {
  const n = data.length;
  if (n === 0) return 0;
  // At most about 65,536 evenly spaced samples: a percentile of a 2048×2048 map without sorting 4 M values.
  const stride = Math.max(1, Math.floor(n / 65_536));
  const sample = new Float32Array(Math.ceil(n / stride));
  let max = 0;
  for (let i = 0, j = 0; i < n; i += stride, j++) {
    sample[j] = Math.abs(data[i]);
    max = Math.max(max, sample[j]);
  }
  sample.sort();
  const p99 = sample[Math.min(sample.length - 1, Math.floor(sample.length * 0.99))];
  return p99 > 0 ? p99 : max;
}

/**
 * A map's RGBA pixels on a diverging scale symmetric about 0: −m → `negative`, 0 → `zero`, +m →
 * `positive` (m = `bound`, by default the largest size of a value; linear in between, as the app's
 * colorScale; clamped beyond).
 */
export function colorize(data: ArrayLike<number>, [negative, zero, positive]: readonly [Rgb, Rgb, Rgb], bound?: number): Uint8ClampedArray<ArrayBuffer> {
  let m = bound ?? 0;
  if (bound === undefined) for (let i = 0; i < data.length; i++) m = Math.max(m, Math.abs(data[i]));
  const out = new Uint8ClampedArray(data.length * 4);
  const inv = 1 / (m || 1);
  for (let i = 0; i < data.length; i++) {
    const t = data[i] * inv;
    const end = t < 0 ? negative : positive;
    const a = Math.min(1, Math.abs(t));
    out[4 * i] = zero[0] + (end[0] - zero[0]) * a;
    out[4 * i + 1] = zero[1] + (end[1] - zero[1]) * a;
    out[4 * i + 2] = zero[2] + (end[2] - zero[2]) * a;
    out[4 * i + 3] = 255;
  }
  return out;
}

/** The two 1-D passes of a rank-1 kernel against the 2-D map: the largest |difference| over the picture. */
export function separableDifference(x: Tensor, factors: Rank1Factors, o: LabOptions, twoD: Tensor): number {
  const sep = separableConv2d(x, factors.column, factors.row, o);
  let d = 0;
  for (let i = 0; i < twoD.data.length; i++) d = Math.max(d, Math.abs(sep.data[i] - twoD.data[i]));
  return d;
}

/** One output pixel [y, x] of a filter written out (explainConv2d's terms) with the picture's patch under it. */
export function explainPixel(x: Tensor, k: Kernel, o: LabOptions, cell: readonly [number, number]): { explanation: Explanation; patch: Patch } {
  const [c, h, w] = x.shape;
  const weight = filterWeight(k, c);
  const explanation = explainConv2d(x, weight, null, o, [0, cell[0], cell[1]]);
  const eH = (k.kH - 1) * o.dilation[0] + 1;
  const eW = (k.kW - 1) * o.dilation[1] + 1;
  const top = cell[0] * o.stride[0] - o.padding[0];
  const left = cell[1] * o.stride[1] - o.padding[1];
  const values: number[] = [];
  for (let ch = 0; ch < c; ch++)
    for (let y = 0; y < eH; y++)
      for (let xx = 0; xx < eW; xx++) {
        const iy = top + y;
        const ix = left + xx;
        values.push(iy >= 0 && iy < h && ix >= 0 && ix < w ? x.data[(ch * h + iy) * w + ix] : 0);
      }
  return { explanation, patch: { channels: c, extent: [eH, eW], values } };
}
