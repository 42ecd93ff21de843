import { layerOutputShape } from '../../engine/index.ts';
import type { LayerSpec, Tensor } from '../../engine/index.ts';
import { NAIVE_LAYERS, REDUCED_LAYERS, branchOf } from '../../animations/inceptionFrames.ts';
import type { InceptionLayerId } from '../../animations/inceptionFrames.ts';
import type { InceptionValues, ModuleKind } from './schema.ts';

/** One layer of a module: its branch, what it reads, its kernel and padding, its channels, and the engine's spec of it. */
export interface LayerInfo {
  id: InceptionLayerId;
  branch: number;
  /** The module input, or the previous layer of the branch. */
  from: 'input' | InceptionLayerId;
  kind: 'conv' | 'maxPool';
  kernel: 1 | 3 | 5;
  /** k // 2 (keeps H×W at stride 1), or 0 when the scene's padding is off. */
  padding: number;
  inChannels: number;
  outChannels: number;
  spec: LayerSpec;
}

/** The layers of a module in playback order; `padded` gives every k×k layer padding k // 2. */
export function moduleLayers(v: InceptionValues, kind: ModuleKind, padded = v.padding): LayerInfo[] {
  const I = v.inChannels;
  const conv = (id: InceptionLayerId, from: LayerInfo['from'], kernel: 1 | 3 | 5, inChannels: number, outChannels: number): LayerInfo => {
    const padding = padded ? Math.floor(kernel / 2) : 0;
    return { id, branch: branchOf(id), from, kind: 'conv', kernel, padding, inChannels, outChannels, spec: { kind: 'conv2d', inChannels, outChannels, kernelSize: kernel, padding, bias: v.bias } };
  };
  const pad = padded ? 1 : 0;
  // torchvision's pool branch: MaxPool2d(3, stride=1, padding=1, ceil_mode=True); at stride 1 ceil_mode changes nothing.
  const pool: LayerInfo = { id: 'b4p', branch: 3, from: 'input', kind: 'maxPool', kernel: 3, padding: pad, inChannels: I, outChannels: I, spec: { kind: 'maxPool2d', kernelSize: 3, stride: 1, padding: pad, ceilMode: true } };
  if (kind === 'naive') return [conv('b1', 'input', 1, I, v.ch1x1), conv('b2', 'input', 3, I, v.ch3x3), conv('b3', 'input', 5, I, v.ch5x5), pool];
  return [
    conv('b1', 'input', 1, I, v.ch1x1),
    conv('b2r', 'input', 1, I, v.ch3x3red),
    conv('b2', 'b2r', 3, v.ch3x3red, v.ch3x3),
    conv('b3r', 'input', 1, I, v.ch5x5red),
    conv('b3', 'b3r', 5, v.ch5x5red, v.ch5x5),
    pool,
    conv('b4', 'b4p', 1, I, v.poolProj),
  ];
}

/** The layer ids of a module kind, in playback order. */
export const layerIds = (kind: ModuleKind): readonly InceptionLayerId[] => (kind === 'naive' ? NAIVE_LAYERS : REDUCED_LAYERS);

/** Each layer's output shape [C, H, W] on an input [in_channels, H, W], from the engine. */
export function layerShapes(layers: readonly LayerInfo[], inChannels: number, size: readonly [number, number]): Partial<Record<InceptionLayerId, number[]>> {
  const shapes: Partial<Record<InceptionLayerId, number[]>> = {};
  for (const l of layers) shapes[l.id] = layerOutputShape(l.spec, l.from === 'input' ? [inChannels, size[0], size[1]] : shapes[l.from]!);
  return shapes;
}

/** The last layer of each branch (its output joins the concatenation). */
export function branchOutputs(layers: readonly LayerInfo[]): LayerInfo[] {
  return [0, 1, 2, 3].map((b) => layers.filter((l) => l.branch === b).at(-1)!);
}

/** Why a setting cannot run: a code (message `problem.<code>`) and the values the message names. */
export interface InceptionProblem {
  code: 'inceptionConcat' | 'inceptionAuxSize';
  values: Record<string, number | string>;
}

const hw = (shape: readonly number[]) => `${shape[1]}×${shape[2]}`;

/**
 * Without padding the branches come out at different H×W (k − 1 smaller each), and `torch.cat` along
 * channels refuses them: the problem names the four sizes on the drawn input. (The picture still draws them.)
 */
export function moduleProblems(v: InceptionValues): InceptionProblem[] {
  if (v.padding) return [];
  const layers = moduleLayers(v, v.module);
  const shapes = layerShapes(layers, v.inChannels, v.size);
  const [b1, b2, b3, b4] = branchOutputs(layers).map((l) => hw(shapes[l.id]!));
  return [{ code: 'inceptionConcat', values: { b1, b2, b3, b4, size: `${v.size[0]}×${v.size[1]}` } }];
}

/** A drawn layer: the tensor it reads (every channel), its weights and values. */
export interface DrawnLayer {
  info: LayerInfo;
  /** What the layer reads: [C_in, H, W], all channels. */
  input: Tensor;
  /** Conv weights of the computed output channels [n, C_in, k, k] and their biases [n] (null for the pool or bias=False). */
  weight: Tensor | null;
  bias: Tensor | null;
  /**
   * The computed output channels: all of them for a reduction and the pool (the next layer reads every one),
   * channel 0 for a branch's last convolution (the one drawn). After ReLU for a convolution (conv + ReLU, as the paper's module).
   */
  output: Tensor;
  /** The real output shape [C_out, H, W]. */
  shape: number[];
}

/** The drawn example: the input [C, H, W] (small whole numbers), every layer, and the concatenation of each branch's channel 0. */
export interface InceptionModel {
  x: Tensor;
  layers: LayerInfo[];
  drawn: Partial<Record<InceptionLayerId, DrawnLayer>>;
  /** Per branch: its last layer, its real channel count and its first channel's index in the concatenated output. */
  branches: { layer: LayerInfo; channels: number; offset: number }[];
  outChannels: number;
  /** Channel 0 of each branch joined along channels by the engine: [4, H, W] (output channels offset₀…offset₃); null when the sizes differ. */
  joined: Tensor | null;
}

/** GoogLeNet's nine modules (Szegedy et al. 2014, Table 1): input size and channels, then the six widths. */
export const GOOGLENET_MODULES: { id: string; map: number; values: Pick<InceptionValues, 'inChannels' | 'ch1x1' | 'ch3x3red' | 'ch3x3' | 'ch5x5red' | 'ch5x5' | 'poolProj'> }[] = [
  { id: '3a', map: 28, values: { inChannels: 192, ch1x1: 64, ch3x3red: 96, ch3x3: 128, ch5x5red: 16, ch5x5: 32, poolProj: 32 } },
  { id: '3b', map: 28, values: { inChannels: 256, ch1x1: 128, ch3x3red: 128, ch3x3: 192, ch5x5red: 32, ch5x5: 96, poolProj: 64 } },
  { id: '4a', map: 14, values: { inChannels: 480, ch1x1: 192, ch3x3red: 96, ch3x3: 208, ch5x5red: 16, ch5x5: 48, poolProj: 64 } },
  { id: '4b', map: 14, values: { inChannels: 512, ch1x1: 160, ch3x3red: 112, ch3x3: 224, ch5x5red: 24, ch5x5: 64, poolProj: 64 } },
  { id: '4c', map: 14, values: { inChannels: 512, ch1x1: 128, ch3x3red: 128, ch3x3: 256, ch5x5red: 24, ch5x5: 64, poolProj: 64 } },
  { id: '4d', map: 14, values: { inChannels: 512, ch1x1: 112, ch3x3red: 144, ch3x3: 288, ch5x5red: 32, ch5x5: 64, poolProj: 64 } },
  { id: '4e', map: 14, values: { inChannels: 528, ch1x1: 256, ch3x3red: 160, ch3x3: 320, ch5x5red: 32, ch5x5: 128, poolProj: 128 } },
  { id: '5a', map: 7, values: { inChannels: 832, ch1x1: 256, ch3x3red: 160, ch3x3: 320, ch5x5red: 32, ch5x5: 128, poolProj: 128 } },
  { id: '5b', map: 7, values: { inChannels: 832, ch1x1: 384, ch3x3red: 192, ch3x3: 384, ch5x5red: 48, ch5x5: 128, poolProj: 128 } },
];

/** A preset's values: its widths and map size, with the reductions and padding of the real module. */
export function presetValues(id: string): Partial<InceptionValues> {
  const m = GOOGLENET_MODULES.find((p) => p.id === id) ?? GOOGLENET_MODULES[0];
  return { ...m.values, map: [m.map, m.map], module: 'reduced', padding: true };
}

/** Which GoogLeNet module the widths are, if any (its id), for the phone's one-line summary. */
export function presetOf(v: InceptionValues): string | null {
  const keys = ['inChannels', 'ch1x1', 'ch3x3red', 'ch3x3', 'ch5x5red', 'ch5x5', 'poolProj'] as const;
  return GOOGLENET_MODULES.find((m) => keys.every((k) => m.values[k] === v[k]))?.id ?? null;
}
