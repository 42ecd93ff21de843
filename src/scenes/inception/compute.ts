import { concat, conv2d, maxPool2d, randomTensor, relu, seededRandom } from '../../engine/index.ts';
import type { Tensor } from '../../engine/index.ts';
import type { InceptionLayerId } from '../../animations/inceptionFrames.ts';
import { branchOutputs, layerShapes, moduleLayers } from './model.ts';
import type { DrawnLayer, InceptionModel } from './model.ts';
import type { InceptionValues } from './schema.ts';

/** Multiply-adds done between two yields of `inceptionCompute` (a few milliseconds of main thread). */
export const SLICE_MACS = 1_000_000;

/** Up to this many multiply-adds the drawn example is computed at once, during render. */
export const SYNC_MACS = 2_000_000;

/**
 * The multiply-adds of the drawn example: every channel of a reduction (the next layer reads them all),
 * channel 0 of a branch's last convolution. The widest setting (1,024 inputs, 512 per branch, 8×8) needs
 * about 68 million: computed in slices, not in one task.
 */
export function inceptionWork(v: InceptionValues): number {
  const layers = moduleLayers(v, v.module);
  const last = new Set(branchOutputs(layers).map((l) => l.id));
  const plane = v.size[0] * v.size[1];
  return layers.reduce((s, l) => s + (l.kind === 'conv' ? (last.has(l.id) ? 1 : l.outChannels) * l.inChannels * l.kernel * l.kernel * plane : 0), 0);
}

const SEED_STRIDE = 7919;
const LAYER_SEEDS: Record<InceptionLayerId, number> = { b1: 1, b2r: 2, b2: 3, b3r: 4, b3: 5, b4p: 6, b4: 7 };

/** The first channel of a [C, H, W] tensor as a [1, H, W] view. */
function channel0(t: Tensor): Tensor {
  const plane = t.shape[1] * t.shape[2];
  return { shape: [1, t.shape[1], t.shape[2]], data: t.data.subarray(0, plane) };
}

/**
 * Each filter's weights less their mean. The maps a layer reads are never negative (values 0–9, or after
 * ReLU), so a filter whose weights happen to sum below zero would give a map of zeros after ReLU; centred,
 * about half the cells of every map stay positive.
 */
function centred(w: Tensor): Tensor {
  const per = w.data.length / w.shape[0];
  for (let o = 0; o < w.shape[0]; o++) {
    const row = w.data.subarray(o * per, (o + 1) * per);
    let mean = 0;
    for (let i = 0; i < per; i++) mean += row[i] / per;
    for (let i = 0; i < per; i++) row[i] -= mean;
  }
  return w;
}

/**
 * The drawn example, computed by the engine: input values 0–9; each layer's weights uniform in
 * ±1/√fan_in (PyTorch's default initialisation) and centred, drawn from a stream of its own, so changing
 * one branch leaves the others' values as they were.
 */
export function* inceptionCompute(v: InceptionValues): Generator<number, InceptionModel, void> {
  const rng = seededRandom(v.seed);
  const [H, W] = v.size;
  const x = randomTensor([v.inChannels, H, W], rng, { min: 0, max: 9, integers: true });
  const layers = moduleLayers(v, v.module);
  const shapes = layerShapes(layers, v.inChannels, v.size);
  const last = new Set(branchOutputs(layers).map((l) => l.id));
  const drawn: Partial<Record<InceptionLayerId, DrawnLayer>> = {};
  const total = Math.max(1, inceptionWork(v));
  let done = 0;
  for (const info of layers) {
    const input = info.from === 'input' ? x : drawn[info.from]!.output;
    const shape = shapes[info.id]!;
    if (info.kind === 'maxPool') {
      drawn[info.id] = { info, input, weight: null, bias: null, output: maxPool2d(input, { kernelSize: 3, stride: 1, padding: info.padding, ceilMode: true }), shape };
      continue;
    }
    const layerRng = seededRandom(v.seed * SEED_STRIDE + LAYER_SEEDS[info.id]);
    const n = last.has(info.id) ? 1 : info.outChannels;
    const bound = 1 / Math.sqrt(info.inChannels * info.kernel * info.kernel);
    const weight = centred(randomTensor([n, info.inChannels, info.kernel, info.kernel], layerRng, { min: -bound, max: bound }));
    const bias = v.bias ? randomTensor([n], layerRng, { min: -bound, max: bound }) : null;
    const pre = { shape: [n, shape[1], shape[2]], data: new Float32Array(n * shape[1] * shape[2]) };
    // A few output channels at a time (each is its own sum), yielding between them.
    const size = info.inChannels * info.kernel * info.kernel;
    const macsPerChannel = size * shape[1] * shape[2];
    const chunk = Math.max(1, Math.floor(SLICE_MACS / macsPerChannel));
    for (let o = 0; o < n; o += chunk) {
      const m = Math.min(chunk, n - o);
      const w = { shape: [m, info.inChannels, info.kernel, info.kernel], data: weight.data.subarray(o * size, (o + m) * size) };
      const b = bias ? { shape: [m], data: bias.data.subarray(o, o + m) } : null;
      pre.data.set(conv2d(input, w, b, { padding: info.padding }).data, o * shape[1] * shape[2]);
      done += m * macsPerChannel;
      yield Math.min(1, done / total);
    }
    drawn[info.id] = { info, input, weight, bias, output: relu(pre), shape };
  }
  const outs = branchOutputs(layers);
  let offset = 0;
  const branches = outs.map((layer) => {
    const b = { layer, channels: layer.outChannels, offset };
    offset += layer.outChannels;
    return b;
  });
  const fronts = outs.map((l) => channel0(drawn[l.id]!.output));
  const same = fronts.every((t) => t.shape[1] === fronts[0].shape[1] && t.shape[2] === fronts[0].shape[2]);
  return { x, layers, drawn, branches, outChannels: offset, joined: same ? concat(fronts, 0) : null };
}

/** The drawn example computed at once (small settings, tests). */
export function inceptionModel(v: InceptionValues): InceptionModel {
  const run = inceptionCompute(v);
  for (;;) {
    const r = run.next();
    if (r.done) return r.value;
  }
}
