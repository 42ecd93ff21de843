import { add, batchNorm2d, conv2d, randomTensor, relu, seededRandom, tensor } from '../../engine/index.ts';
import type { BatchNorm2dParams, Conv2dOptions, Tensor } from '../../engine/index.ts';
import type { BlockNode } from '../../animations/residualFrames.ts';
import { blockPlan } from './model.ts';
import type { BlockPlan } from './model.ts';
import type { ResidualValues } from './schema.ts';

/** Multiply-adds done between two yields of `residualCompute` (a few milliseconds of main thread). */
export const SLICE_MACS = 1_000_000;

/** Up to this many multiply-adds a setting is computed at once, during render (a few milliseconds). */
export const SYNC_MACS = 3_000_000;

/** BatchNorm2d's default eps, as `nn.BatchNorm2d(planes)` has it. */
export const BN_EPS = 1e-5;

/**
 * The values of the block at one setting: every tensor of the forward pass with all its channels (a
 * drawn channel of conv2 sums every channel of relu1), the convolutions' weights [O, I, k, k] and the
 * batch norms' parameters (eval mode: running statistics).
 */
export interface ResidualData {
  /** The setting these values belong to, and the plan they were computed with. */
  v: ResidualValues;
  plan: BlockPlan;
  tensors: Partial<Record<BlockNode, Tensor>>;
  weights: Partial<Record<BlockNode, Tensor>>;
  norms: Partial<Record<BlockNode, BatchNorm2dParams>>;
  /** The conv options of each convolution (stride, padding), as the engine ran it. */
  options: Partial<Record<BlockNode, Conv2dOptions>>;
}

const round = (v: number, places: number) => Math.round(v * 10 ** places) / 10 ** places;

/**
 * Running statistics of a trained network stand in for the data it saw; here they are this sample's own
 * per-channel mean and variance (rounded to two decimals, so the panel's numbers can be retyped), so each
 * normalised channel comes out with a spread of about γ around β. A constant channel gets variance 1.
 */
function normOf(x: Tensor, rng: () => number): BatchNorm2dParams {
  const [C, H, W] = x.shape;
  const plane = H * W;
  const mean = new Float32Array(C);
  const variance = new Float32Array(C);
  for (let c = 0; c < C; c++) {
    let s = 0;
    for (let i = c * plane; i < (c + 1) * plane; i++) s += x.data[i];
    const m = s / plane;
    let q = 0;
    for (let i = c * plane; i < (c + 1) * plane; i++) q += (x.data[i] - m) ** 2;
    mean[c] = round(m, 2);
    const v = round(q / plane, 2);
    variance[c] = v < 0.01 ? 1 : v;
  }
  const gamma = new Float32Array(C);
  const beta = new Float32Array(C);
  for (let c = 0; c < C; c++) {
    gamma[c] = round(0.5 + rng(), 1);
    beta[c] = round(rng() - 0.5, 1);
  }
  return { weight: tensor([C], gamma), bias: tensor([C], beta), runningMean: tensor([C], mean), runningVar: tensor([C], variance), eps: BN_EPS };
}

/**
 * A convolution a few output channels at a time (each run of rows of the weight is an ordinary conv2d),
 * yielding the multiply-adds done after each run.
 */
function* convInRuns(x: Tensor, weight: Tensor, options: Conv2dOptions): Generator<number, Tensor, void> {
  const [O, I, kH, kW] = weight.shape;
  const first = conv2d(x, { shape: [1, I, kH, kW], data: weight.data.subarray(0, I * kH * kW) }, null, options);
  const [, outH, outW] = first.shape;
  const perChannel = outH * outW * I * kH * kW;
  const out = new Float32Array(O * outH * outW);
  out.set(first.data);
  const run = Math.max(1, Math.floor(SLICE_MACS / Math.max(1, perChannel)));
  for (let o0 = 1; o0 < O; o0 += run) {
    const n = Math.min(run, O - o0);
    const rows = { shape: [n, I, kH, kW], data: weight.data.subarray(o0 * I * kH * kW, (o0 + n) * I * kH * kW) };
    out.set(conv2d(x, rows, null, options).data, o0 * outH * outW);
    yield n * perChannel;
  }
  return { shape: [O, outH, outW], data: out };
}

/**
 * Computes a setting's values in slices of about SLICE_MACS multiply-adds, yielding the fraction done, so
 * a caller can spread a 2,048-channel block over several tasks. Seeded: x holds whole numbers 0–4 (a
 * ReLU's output, as a block's input is), the convolutions' weights are −1, 0 or 1, each batch norm has
 * γ in 0.5–1.5 and β in −0.5–0.5 (one decimal), drawn in forward order. An impossible setting is
 * computed as `plan` says (with the 1×1 projection when the caller asked for the nearest valid one).
 */
export function* residualCompute(v: ResidualValues): Generator<number, ResidualData, void> {
  const plan = blockPlan(v);
  const rng = seededRandom(v.seed);
  const x = randomTensor(plan.xShape, rng, { min: 0, max: 4, integers: true });
  const tensors: Partial<Record<BlockNode, Tensor>> = { x };
  const weights: Partial<Record<BlockNode, Tensor>> = {};
  const norms: Partial<Record<BlockNode, BatchNorm2dParams>> = {};
  const options: Partial<Record<BlockNode, Conv2dOptions>> = {};
  const total = Math.max(1, plan.macs);
  let done = 0;
  yield 0;
  for (const layer of plan.layers) {
    const input = tensors[layer.input]!;
    const spec = layer.spec;
    if (spec?.kind === 'conv2d') {
      const k = spec.kernelSize as number;
      const weight = randomTensor([spec.outChannels, spec.inChannels, k, k], rng, { min: -1, max: 1, integers: true });
      const opts: Conv2dOptions = { stride: spec.stride, padding: spec.padding };
      const start = done;
      const run = convInRuns(input, weight, opts);
      let r = run.next();
      while (!r.done) {
        done += r.value;
        yield Math.min(1, done / total);
        r = run.next();
      }
      tensors[layer.node] = r.value;
      weights[layer.node] = weight;
      options[layer.node] = opts;
      done = start + layer.macs;
    } else if (spec?.kind === 'batchNorm2d') {
      const norm = normOf(input, rng);
      norms[layer.node] = norm;
      tensors[layer.node] = batchNorm2d(input, norm);
    } else if (spec?.kind === 'relu') {
      tensors[layer.node] = relu(input);
    } else if (layer.node === 'identity') {
      tensors.identity = x;
    } else if (layer.node === 'add') {
      // F(x) + shortcut: the engine's add refuses unequal shapes, naming both (the scene never asks it to).
      tensors.add = add(input, tensors.projBn ?? x);
    }
  }
  return { v, plan, tensors, weights, norms, options };
}

/** Runs `residualCompute` to the end at once (small settings, tests). */
export function computeAll(v: ResidualValues): ResidualData {
  const run = residualCompute(v);
  for (;;) {
    const r = run.next();
    if (r.done) return r.value;
  }
}

/** How the view computes a setting (`useSlicedCompute`): small blocks at once, large ones in slices. */
export const RESIDUAL_WORK = {
  small: (v: ResidualValues) => blockPlan(v).macs <= SYNC_MACS,
  all: computeAll,
  run: residualCompute,
};
