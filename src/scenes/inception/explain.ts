import { explainConv2d } from '../../engine/index.ts';
import type { DrawnLayer } from './model.ts';

/** A drawn conv output cell written out: the window's sum on each input channel, the bias, the sum before ReLU and the value. */
export interface ConvCellExplanation {
  /** Σ of the k×k window × kernel on each input channel (padding taps add 0), in channel order. */
  channels: number[];
  bias: number | null;
  /** Before ReLU, and after it (the drawn value). */
  pre: number;
  value: number;
  /** Taps of one channel's window that fall on the padding ring. */
  paddingTaps: number;
}

/**
 * Output channel 0 of a conv layer at [y, x] from the engine's explanation: its terms grouped by input
 * channel (the order conv2d adds them), then the bias, then ReLU.
 */
export function explainConvCell(layer: DrawnLayer, y: number, x: number): ConvCellExplanation {
  const e = explainConv2d(layer.input, layer.weight!, layer.bias, { padding: layer.info.padding }, [0, y, x]);
  const k2 = layer.info.kernel * layer.info.kernel;
  const channels: number[] = [];
  for (let c = 0; c < layer.info.inChannels; c++) {
    let sum = 0;
    for (let t = c * k2; t < (c + 1) * k2; t++) sum += e.terms[t].product;
    channels.push(sum);
  }
  return {
    channels,
    bias: layer.bias === null ? null : e.bias,
    pre: e.value,
    value: layer.output.data[y * layer.output.shape[2] + x],
    paddingTaps: e.terms.slice(0, k2).filter((t) => t.padding).length,
  };
}

/** A pooled cell of channel 0 written out: the window's values row by row (null on the padding ring, which counts as −∞) and the max. */
export function explainPoolCell(layer: DrawnLayer, y: number, x: number): { taps: (number | null)[]; value: number } {
  const [, H, W] = layer.input.shape;
  const p = layer.info.padding;
  const taps: (number | null)[] = [];
  for (let dy = 0; dy < 3; dy++) {
    for (let dx = 0; dx < 3; dx++) {
      const iy = y - p + dy;
      const ix = x - p + dx;
      taps.push(iy < 0 || iy >= H || ix < 0 || ix >= W ? null : layer.input.data[iy * W + ix]);
    }
  }
  return { taps, value: layer.output.data[y * layer.output.shape[2] + x] };
}

/** The sum of what is not written out: `values` past the first `shown`. */
export function restSum(values: readonly number[], shown: number): number {
  let s = 0;
  for (let i = shown; i < values.length; i++) s += values[i];
  return s;
}
