import { conv2d, randomTensor, seededRandom } from '../../engine/index.ts';
import type { Tensor } from '../../engine/index.ts';
import type { DepthwiseValues } from './schema.ts';
import { MAX_DRAWN } from './schema.ts';

/** Multiply-adds done between two yields of `depthwiseCompute` (a few milliseconds of main thread). */
export const SLICE_MACS = 1_000_000;

/**
 * The values of the scene for one setting. Every input channel and every depthwise map is computed
 * (each drawn output sums all of them); only the drawn output channels are.
 */
export interface DepthwiseData {
  /** The setting these values belong to. */
  v: DepthwiseValues;
  /** Input [C, H, W]: small integers 0..9. */
  x: Tensor;
  /** Depthwise weight [C·m, 1, k, k] (map j belongs to input channel ⌊j/m⌋) and bias [C·m] when `bias`. */
  dwWeight: Tensor;
  dwBias: Tensor | null;
  /** Depthwise output [C·m, H, W]: padding='same' keeps H×W, with PyTorch's split for an even k (the extra row and column after). */
  dw: Tensor;
  /** Pointwise weight rows of the drawn outputs [O', C·m, 1, 1], their bias [O'] when `bias`, and their outputs [O', H, W]. */
  pwWeight: Tensor;
  pwBias: Tensor | null;
  pw: Tensor;
  /** Input channels drawn (with their depthwise maps), maps drawn (= drawnIn·m) and output channels drawn. */
  drawnIn: number;
  drawnMaps: number;
  drawnOut: number;
}

/** Cells a column of grids may hold: the page renders each as SVG, and 3 × 600 keeps a first render near 50 ms. */
export const DRAWN_CELLS = 600;

/**
 * How many channels are drawn per column: MAX_DRAWN grids, fewer for large maps (DRAWN_CELLS, at least 2);
 * the depthwise maps of the drawn inputs (fewer inputs with a depth multiplier) and as many outputs.
 */
export function drawnCounts(v: DepthwiseValues): { drawnIn: number; drawnMaps: number; drawnOut: number } {
  const m = v.depthMultiplier;
  const fit = Math.max(2, Math.min(MAX_DRAWN, Math.floor(DRAWN_CELLS / (v.size[0] * v.size[1]))));
  const drawnIn = Math.min(v.inChannels, Math.max(1, Math.floor(fit / m)));
  return { drawnIn, drawnMaps: drawnIn * m, drawnOut: Math.min(v.outChannels, fit) };
}

/** The multiply-adds `depthwiseCompute` does: C·m maps of H·W·k² plus O' outputs of H·W·C·m. */
export function depthwiseWork(v: DepthwiseValues): number {
  const plane = v.size[0] * v.size[1];
  return v.inChannels * v.depthMultiplier * plane * (v.kernelSize * v.kernelSize + drawnCounts(v).drawnOut);
}

/**
 * Computes a setting's values in slices of about SLICE_MACS multiply-adds, yielding the fraction done
 * after each, so a caller can spread 2,048 channels over several tasks. Seeded: the first channels
 * get the same values whatever the channel counts (x, then depthwise weights, then pointwise rows, then biases).
 */
export function* depthwiseCompute(v: DepthwiseValues): Generator<number, DepthwiseData, void> {
  const rng = seededRandom(v.seed);
  const [H, W] = v.size;
  const C = v.inChannels;
  const m = v.depthMultiplier;
  const mid = C * m;
  const k = v.kernelSize;
  const counts = drawnCounts(v);
  const O = counts.drawnOut;
  const x = randomTensor([C, H, W], rng, { min: 0, max: 9, integers: true });
  yield 0;
  const dwWeight = randomTensor([mid, 1, k, k], rng, { min: -1, max: 1, integers: true });
  const pwWeight = randomTensor([O, mid, 1, 1], rng, { min: -2, max: 2, integers: true });
  const dwBias = v.bias ? randomTensor([mid], rng, { min: -1, max: 1, integers: true }) : null;
  const pwBias = v.bias ? randomTensor([O], rng, { min: -1, max: 1, integers: true }) : null;
  yield 0;
  const plane = H * W;
  const dw = { shape: [mid, H, W], data: new Float32Array(mid * plane) };
  const pw = { shape: [O, H, W], data: new Float32Array(O * plane) };
  const step = Math.max(1, Math.floor(SLICE_MACS / Math.max(1, m * plane * (k * k + O))));
  for (let c0 = 0; c0 < C; c0 += step) {
    const n = Math.min(step, C - c0);
    const j0 = c0 * m;
    const maps = n * m;
    const xs = { shape: [n, H, W], data: x.data.subarray(c0 * plane, (c0 + n) * plane) };
    const ws = { shape: [maps, 1, k, k], data: dwWeight.data.subarray(j0 * k * k, (j0 + maps) * k * k) };
    const bs = dwBias ? { shape: [maps], data: dwBias.data.subarray(j0, j0 + maps) } : null;
    const out = conv2d(xs, ws, bs, { padding: 'same', groups: n });
    dw.data.set(out.data, j0 * plane);
    // The drawn outputs' weights on these maps only, then their part of the 1×1 sum. The values are small
    // integers, so adding the parts in float32 gives exactly the one-pass sum.
    const cols = new Float32Array(O * maps);
    for (let o = 0; o < O; o++) cols.set(pwWeight.data.subarray(o * mid + j0, o * mid + j0 + maps), o * maps);
    const part = conv2d(out, { shape: [O, maps, 1, 1], data: cols }, null, {});
    for (let i = 0; i < part.data.length; i++) pw.data[i] += part.data[i];
    yield Math.min(1, (c0 + n) / C);
  }
  if (pwBias) for (let o = 0; o < O; o++) for (let p = 0; p < plane; p++) pw.data[o * plane + p] += pwBias.data[o];
  return { v, x, dwWeight, dwBias, dw, pwWeight, pwBias, pw, ...counts };
}

/** Runs `depthwiseCompute` to the end at once (small settings, tests). */
export function computeAll(v: DepthwiseValues): DepthwiseData {
  const run = depthwiseCompute(v);
  for (;;) {
    const r = run.next();
    if (r.done) return r.value;
  }
}

/** One term of the 1×1 mix at a pixel: weight w[o, j] times depthwise map j's value there. */
export interface MixTerm {
  j: number;
  weight: number;
  value: number;
  product: number;
}

/** Output channel o at [y, x] written out: Σ_j w[o, j]·dw[j][y, x] (over all C·m maps) + b = value. */
export function explainMix(d: DepthwiseData, o: number, y: number, x: number): { terms: MixTerm[]; bias: number | null; value: number } {
  const [mid, H, W] = d.dw.shape;
  const p = y * W + x;
  const terms: MixTerm[] = [];
  for (let j = 0; j < mid; j++) {
    const weight = d.pwWeight.data[o * mid + j];
    const value = d.dw.data[j * H * W + p];
    terms.push({ j, weight, value, product: weight * value });
  }
  return { terms, bias: d.pwBias ? d.pwBias.data[o] : null, value: d.pw.data[o * H * W + p] };
}
