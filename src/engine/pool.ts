import { pool2dGeometry } from './geometry.ts';
import { assertTensor, fail, formatShape } from './tensor.ts';
import type { AvgPool2dOptions, MaxPool2dOptions, Tensor } from './types.ts';

/**
 * Max pooling of one sample, as `torch.nn.functional.max_pool2d` (padding acts as −∞).
 * @param x input [C, H, W]
 * @returns [C, outH, outW]
 */
export function maxPool2d(x: Tensor, options: MaxPool2dOptions): Tensor {
  const op = 'maxPool2d';
  assertTensor(op, 'input', x, 3);
  const { kernelSize, stride, padding = 0, dilation = 1 } = options;
  const g = pool2dGeometry(op, x.shape, kernelSize, stride, padding, dilation);
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
 * Average pooling of one sample, as `torch.nn.functional.avg_pool2d`. With `countIncludePad` (the
 * default) the divisor is the whole window kH·kW; without, only the cells inside the input count.
 * @param x input [C, H, W]
 * @returns [C, outH, outW]
 */
export function avgPool2d(x: Tensor, options: AvgPool2dOptions): Tensor {
  const op = 'avgPool2d';
  assertTensor(op, 'input', x, 3);
  const { kernelSize, stride, padding = 0, countIncludePad = true } = options;
  const g = pool2dGeometry(op, x.shape, kernelSize, stride, padding, 1);
  const out = new Float32Array(g.channels * g.outH * g.outW);
  let k = 0;
  for (let c = 0; c < g.channels; c++) {
    const base = c * g.inH * g.inW;
    for (let oy = 0; oy < g.outH; oy++) {
      const y0 = oy * g.strideH - g.padTop;
      const y1 = Math.min(y0 + g.kH, g.inH);
      for (let ox = 0; ox < g.outW; ox++) {
        const x0 = ox * g.strideW - g.padLeft;
        const x1 = Math.min(x0 + g.kW, g.inW);
        let sum = 0;
        for (let iy = Math.max(0, y0); iy < y1; iy++) {
          for (let ix = Math.max(0, x0); ix < x1; ix++) sum += x.data[base + iy * g.inW + ix];
        }
        const count = countIncludePad ? g.kH * g.kW : (y1 - Math.max(0, y0)) * (x1 - Math.max(0, x0));
        out[k++] = sum / count;
      }
    }
  }
  return { shape: [g.channels, g.outH, g.outW], data: out };
}

/**
 * Global average pooling, as `torch.nn.functional.adaptive_avg_pool2d(x, 1)`: each channel's mean.
 * @param x input [C, H, W]
 * @returns [C, 1, 1]
 */
export function globalAvgPool2d(x: Tensor): Tensor {
  const op = 'globalAvgPool2d';
  assertTensor(op, 'input', x, 3);
  const [channels, h, w] = x.shape;
  const plane = h * w;
  if (plane === 0) fail(op, `input shape ${formatShape(x.shape)} has no cells to average`);
  const out = new Float32Array(channels);
  for (let c = 0; c < channels; c++) {
    let sum = 0;
    for (let i = c * plane; i < (c + 1) * plane; i++) sum += x.data[i];
    out[c] = sum / plane;
  }
  return { shape: [channels, 1, 1], data: out };
}
