import { pool2dGeometry } from './geometry.ts';
import { assertTensor, fail, formatShape, pair } from './tensor.ts';
import type { AvgPool2dOptions, MaxPool2dOptions, Pair, Tensor } from './types.ts';

/**
 * Max pooling of one sample, as `torch.nn.functional.max_pool2d` (padding acts as −∞). With `ceilMode`
 * a last window may hang over the bottom/right edge: only its taps inside the input count.
 * @param x input [C, H, W]
 * @returns [C, outH, outW]
 */
export function maxPool2d(x: Tensor, options: MaxPool2dOptions): Tensor {
  const op = 'maxPool2d';
  assertTensor(op, 'input', x, 3);
  const { kernelSize, stride, padding = 0, dilation = 1, ceilMode = false } = options;
  const g = pool2dGeometry(op, x.shape, kernelSize, stride, padding, dilation, ceilMode);
  const out = new Float32Array(g.channels * g.outH * g.outW);
  let k = 0;
  for (let c = 0; c < g.channels; c++) {
    const base = c * g.inH * g.inW;
    for (let oy = 0; oy < g.outH; oy++) {
      for (let ox = 0; ox < g.outW; ox++) {
        let best = -Infinity;
        for (let ky = 0; ky < g.kH; ky++) {
          const iy = oy * g.strideH - g.padTop + ky * g.dilationH;
          if (iy < 0 || iy >= g.inH) continue;
          for (let kx = 0; kx < g.kW; kx++) {
            const ix = ox * g.strideW - g.padLeft + kx * g.dilationW;
            if (ix < 0 || ix >= g.inW) continue;
            const v = x.data[base + iy * g.inW + ix];
            // NaN wins, as in PyTorch.
            if (v > best || Number.isNaN(v)) best = v;
          }
        }
        out[k++] = best;
      }
    }
  }
  return { shape: [g.channels, g.outH, g.outW], data: out };
}

/**
 * Average pooling of one sample, as `torch.nn.functional.avg_pool2d`. The divisor follows PyTorch: with
 * `countIncludePad` (the default) it is the window clipped to the padded input, `(min(y0 + kH, H + padH)
 * − y0)·(…same for x…)`, which is kH·kW except for a window that `ceilMode` lets hang past the padding;
 * without `countIncludePad`, only the cells inside the input count.
 * @param x input [C, H, W]
 * @returns [C, outH, outW]
 */
export function avgPool2d(x: Tensor, options: AvgPool2dOptions): Tensor {
  const op = 'avgPool2d';
  assertTensor(op, 'input', x, 3);
  const { kernelSize, stride, padding = 0, countIncludePad = true, ceilMode = false } = options;
  const g = pool2dGeometry(op, x.shape, kernelSize, stride, padding, 1, ceilMode);
  const out = new Float32Array(g.channels * g.outH * g.outW);
  let k = 0;
  for (let c = 0; c < g.channels; c++) {
    const base = c * g.inH * g.inW;
    for (let oy = 0; oy < g.outH; oy++) {
      const y0 = oy * g.strideH - g.padTop;
      // Pooling pads symmetrically, so padTop is PyTorch's padH on both sides.
      const padded = Math.min(y0 + g.kH, g.inH + g.padTop) - y0;
      const y1 = Math.min(y0 + g.kH, g.inH);
      for (let ox = 0; ox < g.outW; ox++) {
        const x0 = ox * g.strideW - g.padLeft;
        const x1 = Math.min(x0 + g.kW, g.inW);
        let sum = 0;
        for (let iy = Math.max(0, y0); iy < y1; iy++) {
          for (let ix = Math.max(0, x0); ix < x1; ix++) sum += x.data[base + iy * g.inW + ix];
        }
        const inside = (y1 - Math.max(0, y0)) * (x1 - Math.max(0, x0));
        const count = countIncludePad ? padded * (Math.min(x0 + g.kW, g.inW + g.padLeft) - x0) : inside;
        // PyTorch writes 0 for a window with no input cell (it cannot occur within the padding limit).
        out[k++] = inside > 0 ? sum / count : 0;
      }
    }
  }
  return { shape: [g.channels, g.outH, g.outW], data: out };
}

/**
 * PyTorch's adaptive pooling windows along one axis of `inSize` cells for `outSize` outputs: output i
 * averages cells `[floor(i·inSize/outSize), ceil((i+1)·inSize/outSize))`. Windows may differ in size and
 * overlap when `outSize` does not divide `inSize` (14 → 4: [0,4), [3,7), [7,11), [10,14)).
 */
export function adaptivePoolRanges(inSize: number, outSize: number): { start: number[]; end: number[] } {
  const start: number[] = [];
  const end: number[] = [];
  for (let i = 0; i < outSize; i++) {
    start.push(Math.floor((i * inSize) / outSize));
    end.push(Math.ceil(((i + 1) * inSize) / outSize));
  }
  return { start, end };
}

/** Adaptive average pooling to outH × outW, shared by `adaptiveAvgPool2d` and `globalAvgPool2d` (1 × 1). */
function adaptiveAverage(op: string, x: Tensor, outH: number, outW: number): Tensor {
  const [channels, h, w] = x.shape;
  if (h * w === 0) fail(op, `input shape ${formatShape(x.shape)} has no cells to average (PyTorch needs a non-zero height and width)`);
  const rows = adaptivePoolRanges(h, outH);
  const cols = adaptivePoolRanges(w, outW);
  const out = new Float32Array(channels * outH * outW);
  let k = 0;
  for (let c = 0; c < channels; c++) {
    const base = c * h * w;
    for (let oy = 0; oy < outH; oy++) {
      for (let ox = 0; ox < outW; ox++) {
        let sum = 0;
        for (let iy = rows.start[oy]; iy < rows.end[oy]; iy++) {
          for (let ix = cols.start[ox]; ix < cols.end[ox]; ix++) sum += x.data[base + iy * w + ix];
        }
        out[k++] = sum / ((rows.end[oy] - rows.start[oy]) * (cols.end[ox] - cols.start[ox]));
      }
    }
  }
  return { shape: [channels, outH, outW], data: out };
}

/**
 * Adaptive average pooling of one sample, as `torch.nn.functional.adaptive_avg_pool2d(x, outputSize)`:
 * any input size to a fixed output size, windows from `adaptivePoolRanges` per axis. `outputSize` 1 is
 * `globalAvgPool2d`, with the same values.
 * @param x input [C, H, W]
 * @param outputSize `n` or `[outH, outW]`, each ≥ 1
 * @returns [C, outH, outW]
 */
export function adaptiveAvgPool2d(x: Tensor, outputSize: Pair): Tensor {
  const op = 'adaptiveAvgPool2d';
  assertTensor(op, 'input', x, 3);
  const [outH, outW] = pair(op, 'output_size', outputSize, 1);
  return adaptiveAverage(op, x, outH, outW);
}

/**
 * Global average pooling, as `torch.nn.functional.adaptive_avg_pool2d(x, 1)`: each channel's mean.
 * @param x input [C, H, W]
 * @returns [C, 1, 1]
 */
export function globalAvgPool2d(x: Tensor): Tensor {
  const op = 'globalAvgPool2d';
  assertTensor(op, 'input', x, 3);
  return adaptiveAverage(op, x, 1, 1);
}
