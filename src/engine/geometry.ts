import { assertInt, fail, formatPair, formatShape, pair } from './tensor.ts';
import type { Conv2dOptions, ConvTranspose2dOptions, Pair } from './types.ts';

/**
 * The one place where sizes are computed. Ops read these numbers and never redo the shape math.
 * Height and width are kept apart everywhere (suffixes H and W).
 */

/** `floor((size + 2·padding − dilation·(kernel − 1) − 1) / stride) + 1` (PyTorch's Conv2d, one axis). */
export function conv2dOutputSize(size: number, kernel: number, stride = 1, padding = 0, dilation = 1): number {
  return Math.floor((size + 2 * padding - dilation * (kernel - 1) - 1) / stride) + 1;
}

/** `(size − 1)·stride − 2·padding + dilation·(kernel − 1) + outputPadding + 1` (ConvTranspose2d, one axis). */
export function convTranspose2dOutputSize(
  size: number,
  kernel: number,
  stride = 1,
  padding = 0,
  outputPadding = 0,
  dilation = 1,
): number {
  return (size - 1) * stride - 2 * padding + dilation * (kernel - 1) + outputPadding + 1;
}

/** Geometry shared by sliding-window ops: a window of `kH×kW` taps `dilationH/W` apart, moved by the stride. */
export interface WindowGeometry {
  inH: number;
  inW: number;
  kH: number;
  kW: number;
  strideH: number;
  strideW: number;
  dilationH: number;
  dilationW: number;
  /** Zeros added above, below, left and right of the input (asymmetric only for `'same'`). */
  padTop: number;
  padBottom: number;
  padLeft: number;
  padRight: number;
  /** The extent a dilated kernel spans: `dilation·(k − 1) + 1`. */
  effectiveKH: number;
  effectiveKW: number;
  outH: number;
  outW: number;
}

/** Geometry of `conv2d` for input [C, H, W] and weight [O, C/groups, kH, kW]. */
export interface Conv2dGeometry extends WindowGeometry {
  inChannels: number;
  outChannels: number;
  groups: number;
  /** Input channels each filter reads (`C/groups`) and output channels per group (`O/groups`). */
  inPerGroup: number;
  outPerGroup: number;
}

function axisWindow(
  op: string,
  axis: 'height' | 'width',
  size: number,
  k: number,
  s: number,
  d: number,
  padBefore: number,
  padAfter: number,
): number {
  const effective = d * (k - 1) + 1;
  const padded = size + padBefore + padAfter;
  if (effective > padded) {
    const what = d > 1 ? `kernel_size=${k} with dilation=${d} spans ${effective}` : `kernel_size=${k} spans ${effective}`;
    fail(
      op,
      `${what} cells in ${axis} but the padded input is only ${padded} (size ${size} + padding ${padBefore}+${padAfter})`,
    );
  }
  return Math.floor((padded - effective) / s) + 1;
}

function windowGeometry(
  op: string,
  inH: number,
  inW: number,
  kernelSize: Pair,
  stride: Pair,
  padding: Pair | 'same' | 'valid',
  dilation: Pair,
): WindowGeometry {
  const [kH, kW] = pair(op, 'kernel_size', kernelSize, 1);
  const [strideH, strideW] = pair(op, 'stride', stride, 1);
  const [dilationH, dilationW] = pair(op, 'dilation', dilation, 1);
  let padTop: number, padBottom: number, padLeft: number, padRight: number;
  if (padding === 'same') {
    if (strideH !== 1 || strideW !== 1) {
      fail(op, `padding='same' needs stride=1 (PyTorch rejects it for strided convolutions), got stride=${formatPair([strideH, strideW])}`);
    }
    // PyTorch pads d·(k − 1) in total, the odd cell going to the bottom/right.
    const totalH = dilationH * (kH - 1);
    const totalW = dilationW * (kW - 1);
    padTop = Math.floor(totalH / 2);
    padBottom = totalH - padTop;
    padLeft = Math.floor(totalW / 2);
    padRight = totalW - padLeft;
  } else if (padding === 'valid') {
    padTop = padBottom = padLeft = padRight = 0;
  } else if (typeof padding === 'string') {
    fail(op, `padding='${String(padding)}' must be a number, [h, w], 'same' or 'valid'`);
  } else {
    [padTop, padLeft] = pair(op, 'padding', padding, 0);
    padBottom = padTop;
    padRight = padLeft;
  }
  const outH = axisWindow(op, 'height', inH, kH, strideH, dilationH, padTop, padBottom);
  const outW = axisWindow(op, 'width', inW, kW, strideW, dilationW, padLeft, padRight);
  return {
    inH,
    inW,
    kH,
    kW,
    strideH,
    strideW,
    dilationH,
    dilationW,
    padTop,
    padBottom,
    padLeft,
    padRight,
    effectiveKH: dilationH * (kH - 1) + 1,
    effectiveKW: dilationW * (kW - 1) + 1,
    outH,
    outW,
  };
}

/**
 * Validates and computes the geometry of `conv2d` from the input shape [C, H, W] and the weight shape
 * [O, C/groups, kH, kW]. Throws an `Error` naming `op` and the values at fault.
 */
export function conv2dGeometry(
  inputShape: readonly number[],
  weightShape: readonly number[],
  options: Conv2dOptions = {},
  op = 'conv2d',
): Conv2dGeometry {
  const { stride = 1, padding = 0, dilation = 1, groups = 1 } = options;
  if (inputShape.length !== 3) fail(op, `input must have shape [C, H, W], got ${formatShape(inputShape)}`);
  if (weightShape.length !== 4) fail(op, `weight must have shape [out_channels, in_channels/groups, kH, kW], got ${formatShape(weightShape)}`);
  const [inChannels, inH, inW] = inputShape;
  const [outChannels, inPerGroup, kH, kW] = weightShape;
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
  const win = windowGeometry(op, inH, inW, [kH, kW], stride, padding, dilation);
  return { ...win, inChannels, outChannels, groups, inPerGroup, outPerGroup: outChannels / groups };
}

/**
 * Geometry of `convTranspose2d` for input [I, H, W] and weight [I, O/groups, kH, kW]. The gather view
 * (insert `stride − 1` zeros between input cells, pad, run a stride-1 convolution with the flipped kernel)
 * uses `upH/upW` (the zero-inserted size) and the `gather*` paddings, which are negative where
 * `padding > dilation·(k − 1)` crops the grid instead.
 */
export interface ConvTranspose2dGeometry extends Conv2dGeometry {
  paddingH: number;
  paddingW: number;
  outputPaddingH: number;
  outputPaddingW: number;
  upH: number;
  upW: number;
  gatherPadTop: number;
  gatherPadBottom: number;
  gatherPadLeft: number;
  gatherPadRight: number;
}

/** Validates and computes the geometry of `convTranspose2d`; throws an `Error` naming `op` and the values. */
export function convTranspose2dGeometry(
  inputShape: readonly number[],
  weightShape: readonly number[],
  options: ConvTranspose2dOptions = {},
  op = 'convTranspose2d',
): ConvTranspose2dGeometry {
  const { stride = 1, padding = 0, outputPadding = 0, dilation = 1, groups = 1 } = options;
  if (inputShape.length !== 3) fail(op, `input must have shape [C, H, W], got ${formatShape(inputShape)}`);
  if (weightShape.length !== 4) fail(op, `weight must have shape [in_channels, out_channels/groups, kH, kW], got ${formatShape(weightShape)}`);
  const [inChannels, inH, inW] = inputShape;
  const [weightIn, outPerGroup, kH, kW] = weightShape;
  assertInt(op, 'groups', groups, 1);
  if (inChannels % groups !== 0) fail(op, `groups=${groups} must divide in_channels=${inChannels}`);
  if (weightIn !== inChannels) {
    fail(op, `weight shape ${formatShape(weightShape)} needs in_channels=${inChannels} in dimension 0, got ${weightIn}`);
  }
  const [kh, kw] = pair(op, 'kernel_size', [kH, kW], 1);
  const [strideH, strideW] = pair(op, 'stride', stride, 1);
  const [paddingH, paddingW] = pair(op, 'padding', padding, 0);
  const [outputPaddingH, outputPaddingW] = pair(op, 'output_padding', outputPadding, 0);
  const [dilationH, dilationW] = pair(op, 'dilation', dilation, 1);
  const check = (o: number, s: number, d: number) => {
    if (o >= s && o >= d) {
      fail(op, `output_padding=${formatPair([outputPaddingH, outputPaddingW])} must be smaller than stride=${s} or dilation=${d}`);
    }
  };
  check(outputPaddingH, strideH, dilationH);
  check(outputPaddingW, strideW, dilationW);
  const outH = convTranspose2dOutputSize(inH, kh, strideH, paddingH, outputPaddingH, dilationH);
  const outW = convTranspose2dOutputSize(inW, kw, strideW, paddingW, outputPaddingW, dilationW);
  if (outH < 1 || outW < 1) {
    fail(op, `the output would be ${outH}×${outW}: padding=${formatPair([paddingH, paddingW])} crops more than the ${inH}×${inW} input spreads to`);
  }
  const gatherPadTop = dilationH * (kh - 1) - paddingH;
  const gatherPadLeft = dilationW * (kw - 1) - paddingW;
  return {
    inH,
    inW,
    kH: kh,
    kW: kw,
    strideH,
    strideW,
    dilationH,
    dilationW,
    padTop: paddingH,
    padBottom: paddingH,
    padLeft: paddingW,
    padRight: paddingW,
    effectiveKH: dilationH * (kh - 1) + 1,
    effectiveKW: dilationW * (kw - 1) + 1,
    outH,
    outW,
    inChannels,
    outChannels: outPerGroup * groups,
    groups,
    inPerGroup: inChannels / groups,
    outPerGroup,
    paddingH,
    paddingW,
    outputPaddingH,
    outputPaddingW,
    upH: (inH - 1) * strideH + 1,
    upW: (inW - 1) * strideW + 1,
    gatherPadTop,
    gatherPadBottom: gatherPadTop + outputPaddingH,
    gatherPadLeft,
    gatherPadRight: gatherPadLeft + outputPaddingW,
  };
}

/**
 * Geometry of a pooling window over [C, H, W]. PyTorch requires padding of at most half the effective
 * kernel, so that no window lies wholly on padding.
 */
export function pool2dGeometry(
  op: string,
  inputShape: readonly number[],
  kernelSize: Pair,
  stride: Pair | undefined,
  padding: Pair,
  dilation: Pair,
): WindowGeometry & { channels: number } {
  if (inputShape.length !== 3) fail(op, `input must have shape [C, H, W], got ${formatShape(inputShape)}`);
  const [kH, kW] = pair(op, 'kernel_size', kernelSize, 1);
  const [pH, pW] = pair(op, 'padding', padding, 0);
  const [dH, dW] = pair(op, 'dilation', dilation, 1);
  // Current PyTorch allows padding up to half of the effective (dilated) kernel; torch 1.13 allowed
  // half of kernel_size, which is the same without dilation.
  const halfH = Math.floor((dH * (kH - 1) + 1) / 2);
  const halfW = Math.floor((dW * (kW - 1) + 1) / 2);
  if (pH > halfH || pW > halfW) {
    const what = dH > 1 || dW > 1 ? `the dilated kernel (kernel_size=${formatPair([kH, kW])}, dilation=${formatPair([dH, dW])})` : `kernel_size=${formatPair([kH, kW])}`;
    fail(op, `padding=${formatPair([pH, pW])} must be at most half of ${what}, i.e. ${formatPair([halfH, halfW])}`);
  }
  const win = windowGeometry(op, inputShape[1], inputShape[2], [kH, kW], stride ?? [kH, kW], [pH, pW], [dH, dW]);
  return { ...win, channels: inputShape[0] };
}
