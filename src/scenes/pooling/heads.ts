import { conv2d, globalAvgPool2d, layerOutputShape, macCount, numel, paramCount, planes, randomTensor, seededRandom } from '../../engine/index.ts';
import type { LayerSpec, Tensor } from '../../engine/index.ts';
import type { PoolingProblem } from './model.ts';
import type { PoolingValues } from './schema.ts';
import { MAX_CLASS_MAPS, MAX_DRAWN } from './schema.ts';

/** A layer of a comparison: its spec, parameters, MACs on its input and its output shape. */
export interface HeadLayer {
  spec: LayerSpec;
  params: number;
  macs: number;
  out: number[];
}

function headLayer(spec: LayerSpec, input: readonly number[]): HeadLayer {
  return { spec, params: paramCount(spec), macs: macCount(spec, input), out: layerOutputShape(spec, input) };
}

const linear = (inFeatures: number, outFeatures: number): LayerSpec & { kind: 'linear' } => ({ kind: 'linear', inFeatures, outFeatures });
const sum = (layers: readonly HeadLayer[], key: 'params' | 'macs') => layers.reduce((s, l) => s + l[key], 0);

/**
 * Whether an FC layer built for `inFeatures` takes a map of `shape` once flattened. The engine rejects
 * any other size; `features` is how many values the flattened map has, for PyTorch's message
 * `mat1 and mat2 shapes cannot be multiplied (1×features and in×out)`.
 */
export function fcAccepts(spec: LayerSpec & { kind: 'linear' }, shape: readonly number[]): { ok: boolean; features: number } {
  try {
    layerOutputShape(spec, shape);
    return { ok: true, features: numel(shape) };
  } catch {
    return { ok: false, features: numel(shape) };
  }
}

/**
 * VGG-style FC head against a GAP head on the same C × map × map features: flatten → FC → FC → FC
 * (hidden, hidden, classes) against global average pooling → one FC (C → classes). Counts as PyTorch
 * counts (biases included); `feed` is the size of the map actually fed: the FC head takes only `map`.
 */
export interface GapHeads {
  fc: HeadLayer[];
  gap: HeadLayer[];
  fcTotal: { params: number; macs: number };
  gapTotal: { params: number; macs: number };
  flatFeatures: number;
  /** Whether the FC head takes the fed map; the GAP head's output shapes on it. */
  fed: { ok: boolean; features: number; gapOut: number[]; classesOut: number[] };
  /** The drawn example: the first channels of a feed × feed map (seeded 0–9), each one's sum and mean. */
  sample: Tensor;
  sums: number[];
  means: Tensor;
}

/** The two heads of the GAP part, and its drawn channels averaged by the engine's `globalAvgPool2d`. */
export function gapHeads(v: PoolingValues): GapHeads {
  const C = v.channels;
  const mapShape = [C, v.map, v.map];
  const flat = numel(mapShape);
  const fc = [headLayer(linear(flat, v.hidden), mapShape), headLayer(linear(v.hidden, v.hidden), [v.hidden]), headLayer(linear(v.hidden, v.numClasses), [v.hidden])];
  const gap = [headLayer({ kind: 'adaptiveAvgPool2d', outputSize: 1 }, mapShape), headLayer(linear(C, v.numClasses), [C])];
  const fedShape = [C, v.feed, v.feed];
  const gapOut = layerOutputShape({ kind: 'adaptiveAvgPool2d', outputSize: 1 }, fedShape);
  const accepts = fcAccepts(linear(flat, v.hidden), fedShape);
  const sample = randomTensor([Math.min(C, MAX_DRAWN), v.feed, v.feed], seededRandom(v.seed), { min: 0, max: 9, integers: true });
  return {
    fc,
    gap,
    fcTotal: { params: sum(fc, 'params'), macs: sum(fc, 'macs') },
    gapTotal: { params: sum(gap, 'params'), macs: sum(gap, 'macs') },
    flatFeatures: flat,
    fed: { ...accepts, gapOut, classesOut: layerOutputShape(linear(C, v.numClasses), [numel(gapOut)]) },
    sample,
    sums: planes(sample).map((p) => p.reduce((a, b) => a + b, 0)),
    means: globalAvgPool2d(sample),
  };
}

/** One FC layer of the FC part and the convolution it equals: both counts, and the output shapes at fc_map and at fc_feed. */
export interface FcConvRow {
  fc: LayerSpec & { kind: 'linear' };
  conv: LayerSpec & { kind: 'conv2d' };
  fcParams: number;
  convParams: number;
  /** Output shapes of the conv form on the fc_map input and on the fed one. */
  convAtMap: number[];
  convAtFeed: number[];
  convMacsAtFeed: number;
  /** Whether the FC form takes the fed input (flattened), and how many values that is. */
  fcAtFeed: { ok: boolean; features: number };
}

/**
 * AlexNet's head as FC layers and as convolutions: FC1 over C × m × m is a conv with `hidden` filters
 * of m × m × C; FC2 and FC3 are 1×1 convs. Fed a larger map, the conv stack slides and gives a map of
 * outputs; the FC form is rejected.
 */
export function fcAsConv(v: PoolingValues): { rows: FcConvRow[]; map: number; feed: number } {
  const C = v.fcChannels;
  const m = v.fcMap;
  const specs: [LayerSpec & { kind: 'linear' }, LayerSpec & { kind: 'conv2d' }][] = [
    [{ kind: 'linear', inFeatures: C * m * m, outFeatures: v.hidden }, { kind: 'conv2d', inChannels: C, outChannels: v.hidden, kernelSize: m }],
    [{ kind: 'linear', inFeatures: v.hidden, outFeatures: v.hidden }, { kind: 'conv2d', inChannels: v.hidden, outChannels: v.hidden, kernelSize: 1 }],
    [{ kind: 'linear', inFeatures: v.hidden, outFeatures: v.numClasses }, { kind: 'conv2d', inChannels: v.hidden, outChannels: v.numClasses, kernelSize: 1 }],
  ];
  let atMap: number[] = [C, m, m];
  let atFeed: number[] = [C, v.fcFeed, v.fcFeed];
  const rows = specs.map(([fc, conv]) => {
    const row: FcConvRow = {
      fc,
      conv,
      fcParams: paramCount(fc),
      convParams: paramCount(conv),
      convAtMap: layerOutputShape(conv, atMap),
      convAtFeed: layerOutputShape(conv, atFeed),
      convMacsAtFeed: macCount(conv, atFeed),
      fcAtFeed: fcAccepts(fc, atFeed),
    };
    atMap = row.convAtMap;
    atFeed = row.convAtFeed;
    return row;
  });
  return { rows, map: m, feed: v.fcFeed };
}

/** The FC part needs a map at least as large as the window FC1 was built for. */
export function fcProblems(v: PoolingValues): PoolingProblem[] {
  const problems: PoolingProblem[] = [];
  if (v.fcFeed < v.fcMap) problems.push({ code: 'pool.fcFeed', values: { fc_feed: v.fcFeed, fc_map: v.fcMap } });
  if (v.textLength < v.textKernel) problems.push({ code: 'pool.textShort', values: { text_length: v.textLength, text_kernel: v.textKernel } });
  return problems;
}

/** A setting the FC part can draw: the fed map at least fc_map, the sentence at least one kernel long. */
export function nearestValidFc(v: PoolingValues): PoolingValues {
  return { ...v, fcFeed: Math.max(v.fcFeed, v.fcMap), textLength: Math.max(v.textLength, v.textKernel) };
}

/** A text CNN layer: Conv1d from → to with kernel k over `text_length` positions (no padding). */
export interface TextLayer {
  k: number;
  from: number;
  to: number;
  params: number;
  macs: number;
}

function textLayer(k: number, from: number, to: number, length: number): TextLayer {
  const spec: LayerSpec = { kind: 'conv1d', inChannels: from, outChannels: to, kernelSize: k };
  return { k, from, to, params: paramCount(spec), macs: macCount(spec, [from, length]) };
}

/** The 1-D text CNN of CONCEPTS §6: Conv1d in → out (kernel k) against a 1×1 Conv1d to `text_mid` first. */
export function textCnn(v: PoolingValues): { direct: TextLayer; stack: TextLayer[] } {
  return {
    direct: textLayer(v.textKernel, v.textIn, v.textOut, v.textLength),
    stack: [textLayer(1, v.textIn, v.textMid, v.textLength), textLayer(v.textKernel, v.textMid, v.textOut, v.textLength)],
  };
}

/**
 * `softmax(z)_k = exp(z_k − max z) / Σ_j exp(z_j − max z)` (shifted by the largest, so no exp overflows).
 * The engine has no softmax yet; this is the one the NIN head ends with.
 */
export function softmax(z: ArrayLike<number>): number[] {
  let max = -Infinity;
  for (let i = 0; i < z.length; i++) max = Math.max(max, z[i]);
  const e = Array.from({ length: z.length }, (_, i) => Math.exp(z[i] - max));
  const total = e.reduce((s, v) => s + v, 0);
  return e.map((v) => v / total);
}

/**
 * Network in Network's head: the last 1×1 convolution turns nin_channels feature maps into one map per
 * class, global average pooling makes each map one score, softmax makes the scores probabilities.
 * Every class is computed (the softmax needs them all); the first MAX_CLASS_MAPS maps are drawn.
 */
export interface NinModel {
  /** [classes, s, s]: the class confidence maps; `scores` their means, `probs` the softmax of those. */
  maps: Tensor;
  scores: Tensor;
  probs: number[];
  drawn: number;
  conv: HeadLayer;
  gap: HeadLayer;
  /** An FC head on the same map (flatten → FC to the classes), for comparison, and its input size. */
  fc: HeadLayer;
  flat: number;
}

/**
 * Seeded features that vary smoothly over the map (so the class maps do), a seeded 1×1 convolution with
 * biases, then the engine's `conv2d` and `globalAvgPool2d`; maps and weights rounded to one and two
 * decimals so a mean can be checked by hand.
 */
export function ninModel(v: PoolingValues): NinModel {
  const rng = seededRandom(v.seed);
  const C = v.ninChannels;
  const s = v.ninSize;
  const x = randomTensor([C, s, s], rng, { min: 0, max: 1 });
  // A blob per channel: a bump at a random place, so a class map is high where its channels' bumps are.
  for (let c = 0; c < C; c++) {
    const cy = rng() * s;
    const cx = rng() * s;
    const width = (0.25 + 0.35 * rng()) * s;
    for (let y = 0; y < s; y++) {
      for (let xx = 0; xx < s; xx++) {
        const d2 = ((y + 0.5 - cy) ** 2 + (xx + 0.5 - cx) ** 2) / (width * width);
        x.data[(c * s + y) * s + xx] = Math.round(9 * Math.exp(-d2)) / 9;
      }
    }
  }
  const spread = 3 / Math.sqrt(C);
  const weight = randomTensor([v.ninClasses, C, 1, 1], rng, { min: -spread, max: spread });
  for (let i = 0; i < weight.data.length; i++) weight.data[i] = Math.round(weight.data[i] * 100) / 100;
  const bias = randomTensor([v.ninClasses], rng, { min: -0.3, max: 0.3 });
  for (let i = 0; i < bias.data.length; i++) bias.data[i] = Math.round(bias.data[i] * 10) / 10;
  const maps = conv2d(x, weight, bias, {});
  for (let i = 0; i < maps.data.length; i++) maps.data[i] = Math.round(maps.data[i] * 10) / 10;
  const scores = globalAvgPool2d(maps);
  const conv = headLayer({ kind: 'conv2d', inChannels: C, outChannels: v.ninClasses, kernelSize: 1 }, [C, s, s]);
  const gap = headLayer({ kind: 'adaptiveAvgPool2d', outputSize: 1 }, maps.shape);
  const flat = numel([C, s, s]);
  const fc = headLayer(linear(flat, v.ninClasses), [C, s, s]);
  return { maps, scores, probs: softmax(scores.data), drawn: Math.min(v.ninClasses, MAX_CLASS_MAPS), conv, gap, fc, flat };
}

/** The drawn class maps' planes (views into `maps`). */
export const classPlanes = (m: NinModel) => planes(m.maps).slice(0, m.drawn);

/** Presets of the GAP, FC and NIN parts: the curriculum's heads (CONCEPTS §6 and §12). */
export const HEAD_PRESETS: Record<'gap' | 'fc' | 'text' | 'nin', { id: string; values: Partial<PoolingValues> }[]> = {
  gap: [
    { id: 'vgg16', values: { channels: 512, map: 7, hidden: 4096, numClasses: 1000, feed: 7 } },
    { id: 'resnet50', values: { channels: 2048, map: 7, hidden: 4096, numClasses: 1000, feed: 7 } },
  ],
  fc: [{ id: 'alexnet', values: { fcChannels: 256, fcMap: 6, hidden: 4096, numClasses: 1000, fcFeed: 8 } }],
  text: [{ id: 'text', values: { textIn: 24, textMid: 12, textOut: 48, textKernel: 3 } }],
  nin: [
    { id: 'cifar10', values: { ninChannels: 192, ninClasses: 10, ninSize: 8 } },
    { id: 'cifar100', values: { ninChannels: 192, ninClasses: 100, ninSize: 8 } },
  ],
};

/** The FC part for a valid setting: the head in both forms, the text CNN, and the setting they were built for. */
export function fcPart(v: PoolingValues): ReturnType<typeof fcAsConv> & { text: ReturnType<typeof textCnn>; setting: PoolingValues } {
  return { ...fcAsConv(v), text: textCnn(v), setting: v };
}
