/**
 * `npm run bench`: the engine's conv2d against @tensorflow/tfjs-backend-cpu on the same inputs, in one
 * process. Prints each case's median time and the engine/tfjs ratio (target ≤ 1.0, aim 0.5).
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { conv2d, randomTensor, seededRandom } from '../src/engine/index.ts';
import type { Tensor } from '../src/engine/index.ts';

interface Case {
  name: string;
  input: [number, number, number];
  outChannels: number;
  kernel: number;
  padding: 'same' | 'valid';
  depthwise: boolean;
}

const CASES: Case[] = [
  { name: '3×224×224 → 64, 3×3 same', input: [3, 224, 224], outChannels: 64, kernel: 3, padding: 'same', depthwise: false },
  { name: '64×56×56 → 64, 3×3 same', input: [64, 56, 56], outChannels: 64, kernel: 3, padding: 'same', depthwise: false },
  { name: '16×32×32 → 32, 3×3 same', input: [16, 32, 32], outChannels: 32, kernel: 3, padding: 'same', depthwise: false },
  { name: 'depthwise 32×112×112, 3×3 same', input: [32, 112, 112], outChannels: 32, kernel: 3, padding: 'same', depthwise: true },
];

/** Median of `fn`'s wall time in ms over repeated runs (at least 5, at most 40, about 2 s per case). */
function median(fn: () => void): number {
  fn(); // warm-up, so the JIT has compiled the loops
  const times: number[] = [];
  const start = performance.now();
  while (times.length < 5 || (times.length < 40 && performance.now() - start < 2000)) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/** CHW → HWC, the layout tfjs expects. */
function toHwc({ shape: [c, h, w], data }: Tensor): Float32Array {
  const out = new Float32Array(data.length);
  for (let ci = 0; ci < c; ci++) for (let i = 0; i < h * w; i++) out[i * c + ci] = data[ci * h * w + i];
  return out;
}

/** [O, I, kH, kW] → [kH, kW, I, O] (tfjs's conv filter) or, depthwise, [kH, kW, C, 1]. */
function toHwio({ shape: [o, i, kh, kw], data }: Tensor): Float32Array {
  const out = new Float32Array(data.length);
  for (let a = 0; a < o; a++)
    for (let b = 0; b < i; b++)
      for (let y = 0; y < kh; y++) for (let x = 0; x < kw; x++) out[((y * kw + x) * i + b) * o + a] = data[((a * i + b) * kh + y) * kw + x];
  return out;
}

async function main(): Promise<void> {
  await tf.setBackend('cpu');
  const rng = seededRandom(42);
  const rows: string[][] = [];
  let worst = 0;
  for (const c of CASES) {
    const [ci, h, w] = c.input;
    const x = randomTensor(c.input, rng);
    const weight = randomTensor([c.outChannels, c.depthwise ? 1 : ci, c.kernel, c.kernel], rng);
    const groups = c.depthwise ? ci : 1;
    const ours = conv2d(x, weight, null, { padding: c.padding, groups });
    const xt = tf.tensor4d(toHwc(x), [1, h, w, ci]);
    let theirs: Float32Array;
    let runTf: () => void;
    if (c.depthwise) {
      const ft = tf.tensor4d(toHwio({ ...weight, shape: [1, ci, c.kernel, c.kernel] }), [c.kernel, c.kernel, ci, 1]);
      runTf = () => tf.tidy(() => tf.depthwiseConv2d(xt, ft, 1, c.padding).dataSync());
      theirs = tf.tidy(() => tf.depthwiseConv2d(xt, ft, 1, c.padding).dataSync() as Float32Array);
    } else {
      const ft = tf.tensor4d(toHwio(weight), [c.kernel, c.kernel, ci, c.outChannels]);
      runTf = () => tf.tidy(() => tf.conv2d(xt, ft, 1, c.padding).dataSync());
      theirs = tf.tidy(() => tf.conv2d(xt, ft, 1, c.padding).dataSync() as Float32Array);
    }
    // Both must compute the same numbers, or the timing means nothing.
    const oursHwc = toHwc(ours);
    let maxDiff = 0;
    for (let i = 0; i < oursHwc.length; i++) maxDiff = Math.max(maxDiff, Math.abs(oursHwc[i] - theirs[i]));
    if (maxDiff > 1e-3) throw new Error(`bench: ${c.name}: engine and tfjs differ by ${maxDiff}`);
    const tEngine = median(() => conv2d(x, weight, null, { padding: c.padding, groups }));
    const tTf = median(runTf);
    const ratio = tEngine / tTf;
    worst = Math.max(worst, ratio);
    rows.push([c.name, tEngine.toFixed(2), tTf.toFixed(2), ratio.toFixed(2)]);
  }
  const header = ['case', 'engine ms (median)', 'tfjs-cpu ms (median)', 'engine/tfjs'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((v, i) => (i === 0 ? v.padEnd(widths[i]) : v.padStart(widths[i]))).join('  ');
  process.stdout.write(`${line(header)}\n${rows.map(line).join('\n')}\n`);
  process.stdout.write(`worst ratio ${worst.toFixed(2)} (target ≤ 1.00, aim 0.50)\n`);
}

void main();
