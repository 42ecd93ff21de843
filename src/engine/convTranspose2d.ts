import { assertBias } from './conv2d.ts';
import { convTranspose2dGeometry } from './geometry.ts';
import type { ConvTranspose2dGeometry } from './geometry.ts';
import { assertTensor } from './tensor.ts';
import type { ConvTranspose2dOptions, Tensor } from './types.ts';

/** Checks the arguments of a transposed-conv op (named `op` in messages) and returns their geometry. */
export function checkConvTranspose2d(
  op: string,
  x: Tensor,
  weight: Tensor,
  bias: Tensor | null,
  options: ConvTranspose2dOptions,
): ConvTranspose2dGeometry {
  assertTensor(op, 'input', x, 3);
  assertTensor(op, 'weight', weight, 4);
  const g = convTranspose2dGeometry(x.shape, weight.shape, options, op);
  assertBias(op, bias, g.outChannels);
  return g;
}

/**
 * Transposed 2-D convolution of one sample, as `torch.nn.functional.conv_transpose2d`, computed as a
 * scatter: input cell (iy, ix) adds `x·w[ky, kx]` to output (iy·s − p + ky·d, ix·s − p + kx·d).
 * @param x input [I, H, W]
 * @param weight [I, O/groups, kH, kW]
 * @param bias [O] or null
 * @returns output [O, outH, outW]
 */
export function convTranspose2d(
  x: Tensor,
  weight: Tensor,
  bias: Tensor | null,
  options: ConvTranspose2dOptions = {},
): Tensor {
  const g = checkConvTranspose2d('convTranspose2d', x, weight, bias, options);
  const { inH, inW, kH, kW, strideH, strideW, dilationH, dilationW, paddingH, paddingW, outH, outW } = g;
  const plane = outH * outW;
  const out = new Float32Array(g.outChannels * plane);
  if (bias !== null) for (let o = 0; o < g.outChannels; o++) out.fill(bias.data[o], o * plane, (o + 1) * plane);
  const xd = x.data;
  const wd = weight.data;
  // Input rows/columns whose stamp of tap (ky, kx) lands inside the output (padding crops the rest).
  const iyStart = new Int32Array(kH);
  const iyEnd = new Int32Array(kH);
  const ixStart = new Int32Array(kW);
  const ixEnd = new Int32Array(kW);
  for (let ky = 0; ky < kH; ky++) {
    const off = ky * dilationH - paddingH;
    iyStart[ky] = Math.max(0, Math.ceil(-off / strideH));
    iyEnd[ky] = Math.min(inH, Math.floor((outH - 1 - off) / strideH) + 1);
  }
  for (let kx = 0; kx < kW; kx++) {
    const off = kx * dilationW - paddingW;
    ixStart[kx] = Math.max(0, Math.ceil(-off / strideW));
    ixEnd[kx] = Math.min(inW, Math.floor((outW - 1 - off) / strideW) + 1);
  }
  for (let c = 0; c < g.inChannels; c++) {
    const inBase = c * inH * inW;
    const firstOut = Math.floor(c / g.inPerGroup) * g.outPerGroup;
    for (let j = 0; j < g.outPerGroup; j++) {
      const outBase = (firstOut + j) * plane;
      const wBase = (c * g.outPerGroup + j) * kH * kW;
      for (let ky = 0; ky < kH; ky++) {
        const offY = ky * dilationH - paddingH;
        for (let kx = 0; kx < kW; kx++) {
          const w = wd[wBase + ky * kW + kx];
          const offX = kx * dilationW - paddingW;
          for (let iy = iyStart[ky]; iy < iyEnd[ky]; iy++) {
            const inRow = inBase + iy * inW;
            const outRow = outBase + (iy * strideH + offY) * outW + offX;
            for (let ix = ixStart[kx], ox = outRow + ix * strideW; ix < ixEnd[kx]; ix++, ox += strideW) {
              out[ox] += w * xd[inRow + ix];
            }
          }
        }
      }
    }
  }
  return { shape: [g.outChannels, outH, outW], data: out };
}
