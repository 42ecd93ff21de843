import { conv2d, explainConv2d, globalAvgPool2d, macCount, maxPool2d, paramCount, relu, softmax } from '../../engine/index.ts';
import type { Explanation, LayerSpec, Tensor } from '../../engine/index.ts';

/** One convolution's trained parameters: weight [O, I, k, k] and bias [O]. */
export interface ConvParams {
  weight: Tensor;
  bias: Tensor;
}

/** A held-out test image: its 64 pixels (0–16, row-major 8×8), its label and PyTorch's prediction. */
export interface DigitSample {
  index: number;
  label: number;
  predicted: number;
  pixels: number[];
}

/** The trained network as scripts/train_digits.py writes it to public/digits-nin.json. */
export interface DigitsNet {
  conv1: ConvParams;
  conv2: ConvParams;
  conv3: ConvParams;
  testCorrect: number;
  testCount: number;
  trainCount: number;
  samples: DigitSample[];
}

/** Why a weights file cannot be used: a message key (`digits.bad.<reason>`) and the part it names. */
export interface NetProblem {
  reason: 'notJson' | 'missing' | 'shape' | 'values' | 'samples';
  part: string;
}

/** Each convolution's name in the file, its shape [O, I, k, k] and its padding. */
export const CONVS = [
  { name: 'conv1', shape: [8, 1, 3, 3], padding: 1 },
  { name: 'conv2', shape: [16, 8, 3, 3], padding: 1 },
  { name: 'conv3', shape: [10, 16, 1, 1], padding: 0 },
] as const;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const finiteList = (v: unknown, n: number): v is number[] => Array.isArray(v) && v.length === n && v.every((x) => typeof x === 'number' && Number.isFinite(x));

function readTensor(doc: Record<string, unknown>, part: string, shape: readonly number[]): Tensor | NetProblem {
  const t = doc[part];
  if (!isRecord(t)) return { reason: 'missing', part };
  if (!Array.isArray(t.shape) || t.shape.join() !== shape.join()) return { reason: 'shape', part: `${part} [${shape.join(', ')}]` };
  const n = shape.reduce((a, b) => a * b, 1);
  if (!finiteList(t.data, n)) return { reason: 'values', part };
  return { shape: [...shape], data: Float32Array.from(t.data) };
}

/**
 * Reads the weights file (parsed JSON): the three convolutions' weights and biases with their exact
 * shapes, the held-out accuracy and the test samples; anything else is a problem naming the part at fault.
 */
export function parseNet(doc: unknown): DigitsNet | NetProblem {
  if (!isRecord(doc)) return { reason: 'notJson', part: 'digits-nin.json' };
  const weights = doc.weights;
  if (!isRecord(weights)) return { reason: 'missing', part: 'weights' };
  const convs: ConvParams[] = [];
  for (const c of CONVS) {
    const weight = readTensor(weights, `${c.name}.weight`, c.shape);
    if ('reason' in weight) return weight;
    const bias = readTensor(weights, `${c.name}.bias`, [c.shape[0]]);
    if ('reason' in bias) return bias;
    convs.push({ weight, bias });
  }
  const { testCorrect, testCount, trainCount, samples } = doc;
  if (typeof testCorrect !== 'number' || typeof testCount !== 'number' || typeof trainCount !== 'number' || !(testCount > 0) || testCorrect < 0 || testCorrect > testCount) {
    return { reason: 'missing', part: 'testCorrect / testCount' };
  }
  const sampleOk = (s: unknown): s is DigitSample =>
    isRecord(s) && [s.index, s.label, s.predicted].every((v) => Number.isInteger(v)) && finiteList(s.pixels, 64) && s.pixels.every((p) => Number.isInteger(p) && p >= 0 && p <= 16);
  if (!Array.isArray(samples) || samples.length === 0 || !samples.every(sampleOk)) return { reason: 'samples', part: 'samples' };
  return { conv1: convs[0], conv2: convs[1], conv3: convs[2], testCorrect, testCount, trainCount, samples };
}

/** Every layer's output for one image, as PyTorch names them in the fixtures; shapes CHW. */
export interface DigitsForward {
  /** [1, 8, 8]: the pixels divided by 16. */
  input: Tensor;
  conv1: Tensor; // [8, 8, 8]
  relu1: Tensor; // [8, 8, 8]
  pool1: Tensor; // [8, 4, 4]
  conv2: Tensor; // [16, 4, 4]
  relu2: Tensor; // [16, 4, 4]
  /** [10, 4, 4]: one class confidence map per digit. */
  classMaps: Tensor;
  /** [10]: each class map's mean (global average pooling). */
  gap: Tensor;
  /** [10]: softmax of the GAP scores. */
  softmax: Tensor;
  predicted: number;
}

/** The input tensor [1, 8, 8] of 64 pixels 0–16 (row-major), scaled as in training (÷ 16). */
export function inputOf(pixels: ArrayLike<number>): Tensor {
  const data = new Float32Array(64);
  for (let i = 0; i < 64; i++) data[i] = (pixels[i] ?? 0) / 16;
  return { shape: [1, 8, 8], data };
}

/** The forward pass with the engine's ops: conv → ReLU → max pool → conv → ReLU → 1×1 conv → GAP → softmax. */
export function forward(net: DigitsNet, pixels: ArrayLike<number>): DigitsForward {
  const input = inputOf(pixels);
  const c1 = conv2d(input, net.conv1.weight, net.conv1.bias, { padding: 1 });
  const r1 = relu(c1);
  const p1 = maxPool2d(r1, { kernelSize: 2 });
  const c2 = conv2d(p1, net.conv2.weight, net.conv2.bias, { padding: 1 });
  const r2 = relu(c2);
  const maps = conv2d(r2, net.conv3.weight, net.conv3.bias, {});
  const g = globalAvgPool2d(maps);
  const gap: Tensor = { shape: [10], data: g.data };
  const probs = softmax(gap);
  let predicted = 0;
  for (let k = 1; k < 10; k++) if (probs.data[k] > probs.data[predicted]) predicted = k;
  return { input, conv1: c1, relu1: r1, pool1: p1, conv2: c2, relu2: r2, classMaps: maps, gap, softmax: probs, predicted };
}

/** The feature maps drawn, in order: the layer's name in the fixtures and the convolution feeding it. */
export const LAYERS = ['conv1', 'relu1', 'pool1', 'conv2', 'relu2', 'classMaps'] as const;
export type LayerName = (typeof LAYERS)[number];

/** Each layer's short name as the code panel has it (the class maps are conv3's output). */
export const SHORT: Record<LayerName, string> = { conv1: 'conv1', relu1: 'relu1', pool1: 'pool1', conv2: 'conv2', relu2: 'relu2', classMaps: 'conv3' };

/** What one feature-map cell is made of. */
export type CellExplanation =
  | { kind: 'conv'; layer: 'conv1' | 'conv2' | 'classMaps'; explanation: Explanation; perChannel: number }
  | { kind: 'relu'; before: number; value: number }
  | { kind: 'pool'; window: number[]; value: number };

/** The input a layer reads (the tensor a cell's explanation refers to). */
export const SOURCE: Record<LayerName, 'input' | LayerName> = { conv1: 'input', relu1: 'conv1', pool1: 'relu1', conv2: 'pool1', relu2: 'conv2', classMaps: 'relu2' };

/** Why cell [c, y, x] of a layer has its value: a convolution's terms (explainConv2d), a ReLU, or a 2×2 max. */
export function explainCell(net: DigitsNet, f: DigitsForward, layer: LayerName, [c, y, x]: readonly [number, number, number]): CellExplanation {
  const value = (t: Tensor, cc: number, yy: number, xx: number) => t.data[(cc * t.shape[1] + yy) * t.shape[2] + xx];
  switch (layer) {
    case 'relu1':
    case 'relu2': {
      const before = layer === 'relu1' ? f.conv1 : f.conv2;
      return { kind: 'relu', before: value(before, c, y, x), value: value(f[layer], c, y, x) };
    }
    case 'pool1':
      return { kind: 'pool', window: [value(f.relu1, c, 2 * y, 2 * x), value(f.relu1, c, 2 * y, 2 * x + 1), value(f.relu1, c, 2 * y + 1, 2 * x), value(f.relu1, c, 2 * y + 1, 2 * x + 1)], value: value(f.pool1, c, y, x) };
    default: {
      const conv = layer === 'conv1' ? net.conv1 : layer === 'conv2' ? net.conv2 : net.conv3;
      const x0 = f[SOURCE[layer] as 'input' | 'pool1' | 'relu2'];
      const padding = layer === 'classMaps' ? 0 : 1;
      const k = conv.weight.shape[2];
      return { kind: 'conv', layer, explanation: explainConv2d(x0, conv.weight, conv.bias, { padding }, [c, y, x]), perChannel: k * k };
    }
  }
}

/**
 * The class activation map of class k on the input's 8×8 grid: its 4×4 confidence map, each cell
 * covering the 2×2 input pixels that the max pool merged (nearest-neighbour upsampling).
 */
export function classActivation(f: DigitsForward, k: number): Float32Array {
  const out = new Float32Array(64);
  for (let y = 0; y < 8; y++) for (let x = 0; x < 8; x++) out[y * 8 + x] = f.classMaps.data[(k * 4 + (y >> 1)) * 4 + (x >> 1)];
  return out;
}

/** The network's layers for the engine's counts, each with the shape it reads. */
export const SPECS: readonly { name: string; spec: LayerSpec; input: readonly number[] }[] = [
  { name: 'conv1', spec: { kind: 'conv2d', inChannels: 1, outChannels: 8, kernelSize: 3, padding: 1 }, input: [1, 8, 8] },
  { name: 'relu', spec: { kind: 'relu' }, input: [8, 8, 8] },
  { name: 'pool', spec: { kind: 'maxPool2d', kernelSize: 2 }, input: [8, 8, 8] },
  { name: 'conv2', spec: { kind: 'conv2d', inChannels: 8, outChannels: 16, kernelSize: 3, padding: 1 }, input: [8, 4, 4] },
  { name: 'relu', spec: { kind: 'relu' }, input: [16, 4, 4] },
  { name: 'conv3', spec: { kind: 'conv2d', inChannels: 16, outChannels: 10, kernelSize: 1 }, input: [16, 4, 4] },
  { name: 'gap', spec: { kind: 'adaptiveAvgPool2d', outputSize: 1 }, input: [10, 4, 4] },
];

/** Parameters and multiply-accumulates per convolution and in total, from the engine's paramCount / macCount. */
export function netCounts(): { rows: { name: string; params: number; macs: number }[]; params: number; macs: number } {
  const rows = SPECS.filter((s) => s.spec.kind === 'conv2d').map((s) => ({ name: s.name, params: paramCount(s.spec), macs: macCount(s.spec, s.input) }));
  return { rows, params: SPECS.reduce((a, s) => a + paramCount(s.spec), 0), macs: SPECS.reduce((a, s) => a + macCount(s.spec, s.input), 0) };
}
