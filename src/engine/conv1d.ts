import { conv2d } from './conv2d.ts';
import { conv2dGeometry } from './geometry.ts';
import { assertInt, assertTensor, fail, formatShape } from './tensor.ts';
import type { Conv1dOptions, Conv2dOptions, Tensor } from './types.ts';
import { samePadding } from './validity.ts';

/** Geometry of `conv1d` for input [C, L] and weight [O, C/groups, k] (one axis: no H/W pairs). */
export interface Conv1dGeometry {
  inChannels: number;
  outChannels: number;
  groups: number;
  inPerGroup: number;
  outPerGroup: number;
  inLength: number;
  kernelSize: number;
  stride: number;
  dilation: number;
  /** Zeros added before and after the sequence (they differ only for an even kernel with `'same'`). */
  padLeft: number;
  padRight: number;
  /** `floor((L + padLeft + padRight − dilation·(k − 1) − 1) / stride) + 1`. */
  outLength: number;
}

/** The same convolution over a [C, 1, L] view: a 1×k kernel, the options on the width axis. */
function asConv2d({ stride = 1, padding = 0, dilation = 1, groups = 1 }: Conv1dOptions): Conv2dOptions {
  return { stride: [1, stride], padding: typeof padding === 'number' ? [0, padding] : padding, dilation: [1, dilation], groups };
}

/**
 * Validates the arguments of `conv1d` in one-axis terms (PyTorch's names: kernel_size, stride, padding,
 * dilation, groups) and computes its geometry through `conv2dGeometry` on a [C, 1, L] view, so the size
 * arithmetic stays in one place. Throws an `Error` naming `op` and the values at fault.
 */
export function conv1dGeometry(inputShape: readonly number[], weightShape: readonly number[], options: Conv1dOptions = {}, op = 'conv1d'): Conv1dGeometry {
  const { stride = 1, padding = 0, dilation = 1, groups = 1 } = options;
  if (inputShape.length !== 2) fail(op, `input must have shape [C, L], got ${formatShape(inputShape)}`);
  if (weightShape.length !== 3) fail(op, `weight must have shape [out_channels, in_channels/groups, kernel_size], got ${formatShape(weightShape)}`);
  const [inChannels, inLength] = inputShape;
  const [outChannels, inPerGroup, kernelSize] = weightShape;
  assertInt(op, 'kernel_size', kernelSize, 1);
  assertInt(op, 'stride', stride, 1);
  assertInt(op, 'dilation', dilation, 1);
  assertInt(op, 'groups', groups, 1);
  if (inChannels % groups !== 0) fail(op, `groups=${groups} must divide in_channels=${inChannels}`);
  if (outChannels % groups !== 0) fail(op, `groups=${groups} must divide out_channels=${outChannels}`);
  if (inPerGroup !== inChannels / groups) {
    fail(
      op,
      `weight shape ${formatShape(weightShape)} needs in_channels/groups=${inChannels / groups} in dimension 1 ` +
        `for in_channels=${inChannels} and groups=${groups}, got ${inPerGroup}`,
    );
  }
  let padLeft: number;
  let padRight: number;
  if (padding === 'same') {
    if (stride !== 1) fail(op, `padding='same' needs stride=1 (PyTorch rejects it for strided convolutions), got stride=${stride}`);
    [padLeft, padRight] = samePadding(kernelSize, dilation);
  } else if (padding === 'valid') {
    padLeft = padRight = 0;
  } else if (typeof padding === 'number') {
    assertInt(op, 'padding', padding, 0);
    padLeft = padRight = padding;
  } else {
    return fail(op, `padding=${String(padding)} must be a number, 'same' or 'valid'`);
  }
  const effective = dilation * (kernelSize - 1) + 1;
  const padded = inLength + padLeft + padRight;
  if (effective > padded) {
    const what = dilation > 1 ? `kernel_size=${kernelSize} with dilation=${dilation} spans ${effective}` : `kernel_size=${kernelSize} spans ${effective}`;
    fail(op, `${what} cells but the padded input is only ${padded} long (length ${inLength} + padding ${padLeft}+${padRight})`);
  }
  const g = conv2dGeometry([inChannels, 1, inLength], [outChannels, inPerGroup, 1, kernelSize], asConv2d(options), op);
  return {
    inChannels,
    outChannels,
    groups,
    inPerGroup,
    outPerGroup: g.outPerGroup,
    inLength,
    kernelSize,
    stride,
    dilation,
    padLeft: g.padLeft,
    padRight: g.padRight,
    outLength: g.outW,
  };
}

/**
 * 1-D convolution of one sample, as `torch.nn.functional.conv1d` (a text CNN sliding over word
 * positions): `y[o, t] = bias[o] + Σ_i Σ_k weight[o, i, k]·x[g·C/groups + i, t·stride − padLeft + k·dilation]`.
 * Computed as `conv2d` on a [C, 1, L] view, so it adds in the same order.
 * @param x input [C, L]
 * @param weight [O, C/groups, kernel_size]
 * @param bias [O] or null
 * @returns [O, outLength]
 */
export function conv1d(x: Tensor, weight: Tensor, bias: Tensor | null, options: Conv1dOptions = {}): Tensor {
  const op = 'conv1d';
  assertTensor(op, 'input', x, 2);
  assertTensor(op, 'weight', weight, 3);
  const g = conv1dGeometry(x.shape, weight.shape, options, op);
  if (bias !== null) {
    assertTensor(op, 'bias', bias, 1);
    if (bias.shape[0] !== g.outChannels) fail(op, `bias shape ${formatShape(bias.shape)} must be [${g.outChannels}] (out_channels=${g.outChannels})`);
  }
  const y = conv2d(
    { shape: [g.inChannels, 1, g.inLength], data: x.data },
    { shape: [g.outChannels, g.inPerGroup, 1, g.kernelSize], data: weight.data },
    bias,
    asConv2d(options),
  );
  return { shape: [g.outChannels, g.outLength], data: y.data };
}
