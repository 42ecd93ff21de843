/**
 * Shared types of the engine. Tensors are one unbatched sample in CHW layout (row-major):
 * element (c, y, x) of a [C, H, W] tensor is at `data[(c * H + y) * W + x]`.
 */

/** A dense tensor: `shape` lists the extents, `data` holds the product of them in row-major order. */
export interface Tensor {
  shape: readonly number[];
  data: Float32Array;
}

/** A size given for both axes at once (`3`) or as `[height, width]` (`[3, 5]`). */
export type Pair = number | readonly [number, number];

/** PyTorch's `padding` argument of `Conv2d`: a number, `[h, w]`, `'same'` or `'valid'`. */
export type Padding2d = Pair | 'same' | 'valid';

/** Options of `conv2d`, named as in `torch.nn.functional.conv2d` (defaults: 1, 0, 1, 1). */
export interface Conv2dOptions {
  stride?: Pair;
  padding?: Padding2d;
  dilation?: Pair;
  groups?: number;
}

/** Options of `convTranspose2d`, as in `torch.nn.functional.conv_transpose2d`. */
export interface ConvTranspose2dOptions {
  stride?: Pair;
  padding?: Pair;
  outputPadding?: Pair;
  dilation?: Pair;
  groups?: number;
}

/**
 * Options of `maxPool2d` (stride defaults to the kernel size). `ceilMode` rounds the output size up, as
 * PyTorch's `ceil_mode`: a last, partial window is kept if it starts inside the input or its left/top padding.
 */
export interface MaxPool2dOptions {
  kernelSize: Pair;
  stride?: Pair;
  padding?: Pair;
  dilation?: Pair;
  ceilMode?: boolean;
}

/**
 * Options of `avgPool2d` (stride defaults to the kernel size; countIncludePad defaults to true, ceilMode
 * to false, as in PyTorch).
 */
export interface AvgPool2dOptions {
  kernelSize: Pair;
  stride?: Pair;
  padding?: Pair;
  countIncludePad?: boolean;
  ceilMode?: boolean;
}

/** Options of `conv1d`, as in `torch.nn.functional.conv1d` (defaults: 1, 0, 1, 1); one number per option. */
export interface Conv1dOptions {
  stride?: number;
  padding?: number | 'same' | 'valid';
  dilation?: number;
  groups?: number;
}

/**
 * Parameters of `batchNorm2d` in eval mode, each [C]: `weight` (γ) and `bias` (β), null for
 * `affine=False`; the buffers `runningMean` and `runningVar`; `eps` (default 1e-5).
 */
export interface BatchNorm2dParams {
  weight: Tensor | null;
  bias: Tensor | null;
  runningMean: Tensor;
  runningVar: Tensor;
  eps?: number;
}

/** A coordinate of a CHW tensor: [channel, row, column]. */
export type Coord3 = readonly [number, number, number];

/**
 * One multiply of an explained output cell.
 * - `input`: [c, y, x] of the input cell read. For conv2d, y or x lie outside the input on padding
 *   taps. For convTranspose2d, the position in input coordinates of the tap on the zero-inserted grid:
 *   a fractional y or x (e.g. 0.5) is an inserted zero between two input cells.
 * - `weight`: the index into the weight tensor ([o, i, ky, kx] for conv2d, [i, o, ky, kx] for
 *   convTranspose2d, with i and o local to the group as in PyTorch's weight layout).
 * - `padding`: true when the tap reads a zero that is not an input cell (padding, or an inserted zero).
 * - `grid` (convTranspose2d only): [y, x] of the tap in the zero-inserted, padded grid of the gather view.
 */
export interface ExplainTerm {
  input: Coord3;
  weight: readonly [number, number, number, number];
  inputValue: number;
  weightValue: number;
  product: number;
  padding: boolean;
  grid?: readonly [number, number];
}

/** One output cell written out: `value = sum(terms[i].product) + bias`. */
export interface Explanation {
  terms: ExplainTerm[];
  bias: number;
  value: number;
}

/** Layer descriptions for `paramCount`, `layerOutputShape` and `macCount` (PyTorch constructor names). */
export type LayerSpec =
  | {
      kind: 'conv2d';
      inChannels: number;
      outChannels: number;
      kernelSize: Pair;
      stride?: Pair;
      padding?: Padding2d;
      dilation?: Pair;
      groups?: number;
      bias?: boolean;
    }
  | {
      kind: 'convTranspose2d';
      inChannels: number;
      outChannels: number;
      kernelSize: Pair;
      stride?: Pair;
      padding?: Pair;
      outputPadding?: Pair;
      dilation?: Pair;
      groups?: number;
      bias?: boolean;
    }
  | { kind: 'linear'; inFeatures: number; outFeatures: number; bias?: boolean }
  | { kind: 'batchNorm2d'; numFeatures: number }
  | {
      kind: 'conv1d';
      inChannels: number;
      outChannels: number;
      kernelSize: number;
      stride?: number;
      padding?: number | 'same' | 'valid';
      dilation?: number;
      groups?: number;
      bias?: boolean;
    }
  | { kind: 'maxPool2d'; kernelSize: Pair; stride?: Pair; padding?: Pair; dilation?: Pair; ceilMode?: boolean }
  | { kind: 'avgPool2d'; kernelSize: Pair; stride?: Pair; padding?: Pair; countIncludePad?: boolean; ceilMode?: boolean }
  | { kind: 'adaptiveAvgPool2d'; outputSize: Pair }
  | { kind: 'relu' }
  | { kind: 'dropout'; p?: number };
