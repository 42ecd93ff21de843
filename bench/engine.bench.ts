/**
 * `npm run bench`: the engine's conv2d against two tfjs peers on the same inputs, in one process:
 * @tensorflow/tfjs-backend-cpu (plain JS, like the engine) and @tensorflow/tfjs-backend-wasm (XNNPACK
 * compiled to WebAssembly). Prints each case's median times, the engine/peer ratios and GMAC/s, then the
 * worst engine/tfjs-cpu ratio against the target.
 *
 * The three are timed in interleaved rounds (engine, cpu, wasm, in turn), so a load spike from another
 * process on this shared machine hits all three alike; each ratio is the median of the per-round ratios.
 *
 * tfjs is timed as its users run it: the op creates its output tensor, `dataSync()` reads it, `dispose()`
 * frees it; inputs are created once, outside the timed loop. Wrapping the call in `tf.tidy` instead (as this
 * script once did) makes tfjs 4.22 many times slower than its users see, which made the engine look far
 * faster than it is.
 */
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { conv2d, macCount, randomTensor, seededRandom } from '../src/engine/index.ts';
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

const PEERS = ['cpu', 'wasm'] as const;
type Peer = (typeof PEERS)[number];
const TARGET = 0.5;
const WARMUPS = 3;

/** The middle value of `values` (which it sorts). */
function median(values: number[]): number {
  values.sort((x, y) => x - y);
  return values[Math.floor(values.length / 2)];
}

/** Wall time of one call of `fn`, in ms. */
function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

/** CHW → HWC, the layout tfjs expects. */
function toHwc({ shape: [c, h, w], data }: Tensor): Float32Array {
  const out = new Float32Array(data.length);
  for (let ci = 0; ci < c; ci++) for (let i = 0; i < h * w; i++) out[i * c + ci] = data[ci * h * w + i];
  return out;
}

/** [O, I, kH, kW] → [kH, kW, I, O] (tfjs's conv filter; for depthwise pass shape [1, C, kH, kW] → [kH, kW, C, 1]). */
function toHwio({ shape: [o, i, kh, kw], data }: Tensor): Float32Array {
  const out = new Float32Array(data.length);
  for (let a = 0; a < o; a++)
    for (let b = 0; b < i; b++)
      for (let y = 0; y < kh; y++) for (let x = 0; x < kw; x++) out[((y * kw + x) * i + b) * o + a] = data[((a * i + b) * kh + y) * kw + x];
  return out;
}

/** One peer set up for one case: its timed call and its cleanup. */
interface PeerRun {
  run: () => void;
  dispose: () => void;
}

/**
 * Sets up one case on one tfjs backend: inputs are uploaded once; `run` creates the output, reads it with
 * `dataSync()` and disposes it, as a user of tfjs does. The peer's numbers are checked against the engine's.
 */
async function setUpPeer(peer: Peer, c: Case, x: Tensor, weight: Tensor, expectedHwc: Float32Array): Promise<PeerRun> {
  await tf.setBackend(peer);
  await tf.ready();
  // A failed backend init falls back silently in some versions; a cpu number in the wasm column would lie.
  if (tf.getBackend() !== peer) throw new Error(`bench: asked for tfjs backend ${peer}, got ${tf.getBackend()}`);
  const [ci, h, w] = c.input;
  const xt = tf.tensor4d(toHwc(x), [1, h, w, ci]);
  const ft = c.depthwise
    ? tf.tensor4d(toHwio({ ...weight, shape: [1, ci, c.kernel, c.kernel] }), [c.kernel, c.kernel, ci, 1])
    : tf.tensor4d(toHwio(weight), [c.kernel, c.kernel, ci, c.outChannels]);
  const op = c.depthwise ? () => tf.depthwiseConv2d(xt, ft, 1, c.padding) : () => tf.conv2d(xt, ft, 1, c.padding);
  const first = op();
  const theirs = first.dataSync();
  first.dispose();
  // Both must compute the same numbers, or the timing means nothing.
  if (theirs.length !== expectedHwc.length) throw new Error(`bench: ${c.name}: tfjs-${peer} gives ${theirs.length} values, engine ${expectedHwc.length}`);
  let maxDiff = 0;
  for (let i = 0; i < theirs.length; i++) maxDiff = Math.max(maxDiff, Math.abs(expectedHwc[i] - theirs[i]));
  if (!(maxDiff <= 1e-3)) throw new Error(`bench: ${c.name}: engine and tfjs-${peer} differ by ${maxDiff}`);
  return {
    run: () => {
      const y = op();
      y.dataSync();
      y.dispose();
    },
    dispose: () => {
      xt.dispose();
      ft.dispose();
    },
  };
}

/**
 * Times the engine and both peers in rounds: `WARMUPS` untimed rounds (the JIT compiles the loops, tfjs
 * allocates, wasm grows its heap), then at least 7 timed rounds, up to 60 or about 6 s. Returns each one's
 * median ms and the medians of the per-round engine/peer ratios.
 */
async function timeRounds(engine: () => void, peers: Record<Peer, PeerRun>) {
  const ms: Record<'engine' | Peer, number[]> = { engine: [], cpu: [], wasm: [] };
  const ratios: Record<Peer, number[]> = { cpu: [], wasm: [] };
  const tensors = tf.memory().numTensors;
  const start = performance.now();
  for (let round = 0; round < WARMUPS + 7 || (round < WARMUPS + 60 && performance.now() - start < 6000); round++) {
    const tEngine = time(engine);
    const tPeer: Record<Peer, number> = { cpu: 0, wasm: 0 };
    for (const peer of PEERS) {
      await tf.setBackend(peer);
      tPeer[peer] = time(peers[peer].run);
    }
    if (round < WARMUPS) continue;
    ms.engine.push(tEngine);
    for (const peer of PEERS) {
      ms[peer].push(tPeer[peer]);
      ratios[peer].push(tEngine / tPeer[peer]);
    }
  }
  // A leak would mean the timed call is not what a user runs (and would slow later cases).
  if (tf.memory().numTensors !== tensors) throw new Error(`bench: tfjs leaked ${tf.memory().numTensors - tensors} tensors`);
  return {
    engine: median(ms.engine),
    cpu: median(ms.cpu),
    wasm: median(ms.wasm),
    vsCpu: median(ratios.cpu),
    vsWasm: median(ratios.wasm),
    rounds: ms.engine.length,
  };
}

/** Which wasm build tfjs picks here: SIMD and threads as its own feature flags report them. */
async function wasmBuild(): Promise<string> {
  const simd = await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT');
  const threads = await tf.env().getAsync('WASM_HAS_MULTITHREAD_SUPPORT');
  const file = simd && threads ? 'tfjs-backend-wasm-threaded-simd.wasm' : simd ? 'tfjs-backend-wasm-simd.wasm' : 'tfjs-backend-wasm.wasm';
  return `${file} (SIMD ${simd ? 'on' : 'off'}, threads ${threads ? 'on' : 'off'})`;
}

async function main(): Promise<void> {
  // The package's own .wasm files, by file path: Node's loader reads them from disk.
  setWasmPaths(fileURLToPath(new URL('../node_modules/@tensorflow/tfjs-backend-wasm/dist/', import.meta.url)));
  const rng = seededRandom(42);
  const rows: string[][] = [];
  let worst = { ratio: 0, name: '' };
  for (const c of CASES) {
    const ci = c.input[0];
    const x = randomTensor(c.input, rng);
    const weight = randomTensor([c.outChannels, c.depthwise ? 1 : ci, c.kernel, c.kernel], rng);
    const groups = c.depthwise ? ci : 1;
    const run = () => conv2d(x, weight, null, { padding: c.padding, groups });
    const expectedHwc = toHwc(run());
    const macs = macCount(
      { kind: 'conv2d', inChannels: ci, outChannels: c.outChannels, kernelSize: [c.kernel, c.kernel], padding: c.padding, groups },
      c.input,
    );
    const peers: Record<Peer, PeerRun> = {
      cpu: await setUpPeer('cpu', c, x, weight, expectedHwc),
      wasm: await setUpPeer('wasm', c, x, weight, expectedHwc),
    };
    const t = await timeRounds(run, peers);
    for (const peer of PEERS) {
      await tf.setBackend(peer);
      peers[peer].dispose();
    }
    if (t.vsCpu > worst.ratio) worst = { ratio: t.vsCpu, name: c.name };
    const gmacs = (ms: number) => (macs / ms / 1e6).toFixed(2);
    rows.push([
      c.name,
      t.engine.toFixed(1),
      t.cpu.toFixed(1),
      t.wasm.toFixed(1),
      t.vsCpu.toFixed(2),
      t.vsWasm.toFixed(2),
      gmacs(t.engine),
      gmacs(t.cpu),
      gmacs(t.wasm),
      String(t.rounds),
    ]);
  }
  const header = ['case', 'engine ms', 'cpu ms', 'wasm ms', 'engine/cpu', 'engine/wasm', 'engine GMAC/s', 'cpu GMAC/s', 'wasm GMAC/s', 'rounds'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((v, i) => (i === 0 ? v.padEnd(widths[i]) : v.padStart(widths[i]))).join('  ');
  const load = loadavg()[0].toFixed(2);
  process.stdout.write(`tfjs ${tf.version_core}; wasm peer: ${await wasmBuild()}; load average ${load} on ${availableParallelism()} cores\n`);
  process.stdout.write(`medians of interleaved rounds after ${WARMUPS} warm-up rounds; ratios are medians of per-round ratios\n`);
  process.stdout.write(`${line(header)}\n${rows.map(line).join('\n')}\n`);
  const verdict = worst.ratio <= TARGET ? 'met' : 'NOT met';
  process.stdout.write(`worst engine/cpu ${worst.ratio.toFixed(2)} (${worst.name}); target ≤ ${TARGET.toFixed(2)}: ${verdict}\n`);
}

void main();
