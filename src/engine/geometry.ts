import { fail, formatShape, pair } from './tensor.ts';
import type { Conv2dOptions, ConvTranspose2dOptions, Pair } from './types.ts';
import { assertNoIssues, conv2dIssues, convTranspose2dIssues, convTranspose2dOutputSize, paddingPerSide, pool2dIssues, windowOutputSize } from './validity.ts';

/**
 * The one place where the geometry of an op is assembled. Ops read these numbers and never redo the
 * shape math; whether a setting is valid is decided in `validity.ts`, whose first issue is thrown here.
 * Height and width are kept apart everywhere (suffixes H and W).
 */

export { conv2dOutputSize, convTranspose2dOutputSize } from './validity.ts';

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

/** The window geometry of valid settings: sizes from `windowOutputSize`, pads as [[top, bottom], [left, right]]. */
function windowGeometry(
  inH: number,
  inW: number,
  [kH, kW]: readonly [number, number],
  [strideH, strideW]: readonly [number, number],
  [dilationH, dilationW]: readonly [number, number],
  [[padTop, padBottom], [padLeft, padRight]]: readonly [readonly [number, number], readonly [number, number]],
  ceilMode = false,
): WindowGeometry {
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
    outH: windowOutputSize(inH, kH, strideH, [padTop, padBottom], dilationH, ceilMode),
    outW: windowOutputSize(inW, kW, strideW, [padLeft, padRight], dilationW, ceilMode),
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
  assertNoIssues(op, conv2dIssues({ inChannels, size: [inH, inW] }, { outChannels, kernelSize: [kH, kW], stride, padding, dilation, groups }));
  if (inPerGroup !== inChannels / groups) {
    fail(
      op,
      `weight shape ${formatShape(weightShape)} needs in_channels/groups=${inChannels / groups} in dimension 1 ` +
        `for in_channels=${inChannels} and groups=${groups}, got ${inPerGroup}`,
    );
  }
  const win = windowGeometry(inH, inW, [kH, kW], pair(op, 'stride', stride, 1), pair(op, 'dilation', dilation, 1), paddingPerSide(padding, [kH, kW], dilation));
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
  const layer = { outChannels: outPerGroup * groups, kernelSize: [kH, kW] as const, stride, padding, outputPadding, dilation, groups };
  assertNoIssues(op, convTranspose2dIssues({ inChannels, size: [inH, inW] }, layer));
  if (weightIn !== inChannels) {
    fail(op, `weight shape ${formatShape(weightShape)} needs in_channels=${inChannels} in dimension 0, got ${weightIn}`);
  }
  const [strideH, strideW] = pair(op, 'stride', stride, 1);
  const [paddingH, paddingW] = pair(op, 'padding', padding, 0);
  const [outputPaddingH, outputPaddingW] = pair(op, 'output_padding', outputPadding, 0);
  const [dilationH, dilationW] = pair(op, 'dilation', dilation, 1);
  const outH = convTranspose2dOutputSize(inH, kH, strideH, paddingH, outputPaddingH, dilationH);
  const outW = convTranspose2dOutputSize(inW, kW, strideW, paddingW, outputPaddingW, dilationW);
  const gatherPadTop = dilationH * (kH - 1) - paddingH;
  const gatherPadLeft = dilationW * (kW - 1) - paddingW;
  return {
    inH,
    inW,
    kH,
    kW,
    strideH,
    strideW,
    dilationH,
    dilationW,
    padTop: paddingH,
    padBottom: paddingH,
    padLeft: paddingW,
    padRight: paddingW,
    effectiveKH: dilationH * (kH - 1) + 1,
    effectiveKW: dilationW * (kW - 1) + 1,
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
 * Geometry of a pooling window over [C, H, W] (`stride` defaults to the kernel size). With `ceilMode`
 * (PyTorch's `ceil_mode`) the output size rounds up, so the last window may reach up to stride − 1 cells
 * past `padBottom`/`padRight`: those cells are neither input nor padding, and PyTorch leaves them out
 * (of the max, and of the average's divisor). Throws an `Error` naming `op` and the values at fault.
 */
export function pool2dGeometry(
  op: string,
  inputShape: readonly number[],
  kernelSize: Pair,
  stride: Pair | undefined,
  padding: Pair,
  dilation: Pair,
  ceilMode = false,
): WindowGeometry & { channels: number } {
  if (inputShape.length !== 3) fail(op, `input must have shape [C, H, W], got ${formatShape(inputShape)}`);
  assertNoIssues(op, pool2dIssues({ size: [inputShape[1], inputShape[2]] }, { kernelSize, stride, padding, dilation, ceilMode }));
  const [pH, pW] = pair(op, 'padding', padding, 0);
  const win = windowGeometry(
    inputShape[1],
    inputShape[2],
    pair(op, 'kernel_size', kernelSize, 1),
    pair(op, 'stride', stride ?? kernelSize, 1),
    pair(op, 'dilation', dilation, 1),
    [[pH, pH], [pW, pW]],
    ceilMode,
  );
  return { ...win, channels: inputShape[0] };
}
