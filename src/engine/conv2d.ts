import { conv2dGeometry } from './geometry.ts';
import { assertTensor, fail, formatShape } from './tensor.ts';
import type { Conv2dOptions, Tensor } from './types.ts';

/** Checks an optional bias of `channels` values; `op` names the caller in the message. */
export function assertBias(op: string, bias: Tensor | null, channels: number): void {
  if (bias === null) return;
  assertTensor(op, 'bias', bias, 1);
  if (bias.shape[0] !== channels) fail(op, `bias shape ${formatShape(bias.shape)} must be [${channels}] (out_channels=${channels})`);
}

/**
 * 2-D convolution of one sample, as `torch.nn.functional.conv2d`.
 * @param x input [C, H, W]
 * @param weight [O, C/groups, kH, kW]
 * @param bias [O] or null
 * @returns output [O, outH, outW]
 */
export function conv2d(x: Tensor, weight: Tensor, bias: Tensor | null, options: Conv2dOptions = {}): Tensor {
  const op = 'conv2d';
  assertTensor(op, 'input', x, 3);
  assertTensor(op, 'weight', weight, 4);
  const g = conv2dGeometry(x.shape, weight.shape, options, op);
  assertBias(op, bias, g.outChannels);
  const { inH, inW, kH, kW, strideH, strideW, dilationH, dilationW, padTop, padLeft, outH, outW } = g;
  const out = new Float32Array(g.outChannels * outH * outW);
  const xd = x.data;
  const wd = weight.data;
  const plane = outH * outW;
  // For each tap (ky, kx) the output cells whose input falls inside the image form a rectangle;
  // computing it once per tap skips padded taps without building a padded copy of the input.
  const oyStart = new Int32Array(kH);
  const oyEnd = new Int32Array(kH);
  const oxStart = new Int32Array(kW);
  const oxEnd = new Int32Array(kW);
  for (let ky = 0; ky < kH; ky++) {
    const off = ky * dilationH - padTop;
    oyStart[ky] = Math.max(0, Math.ceil(-off / strideH));
    oyEnd[ky] = Math.min(outH, Math.floor((inH - 1 - off) / strideH) + 1);
  }
  for (let kx = 0; kx < kW; kx++) {
    const off = kx * dilationW - padLeft;
    oxStart[kx] = Math.max(0, Math.ceil(-off / strideW));
    oxEnd[kx] = Math.min(outW, Math.floor((inW - 1 - off) / strideW) + 1);
  }
  for (let o = 0; o < g.outChannels; o++) {
    const outBase = o * plane;
    if (bias !== null) out.fill(bias.data[o], outBase, outBase + plane);
    const firstIn = Math.floor(o / g.outPerGroup) * g.inPerGroup;
    for (let i = 0; i < g.inPerGroup; i++) {
      const inBase = (firstIn + i) * inH * inW;
      const wBase = (o * g.inPerGroup + i) * kH * kW;
      for (let ky = 0; ky < kH; ky++) {
        const offY = ky * dilationH - padTop;
        for (let kx = 0; kx < kW; kx++) {
          const w = wd[wBase + ky * kW + kx];
          const x0 = oxStart[kx];
          const x1 = oxEnd[kx];
          const offX = kx * dilationW - padLeft;
          for (let oy = oyStart[ky]; oy < oyEnd[ky]; oy++) {
            const outRow = outBase + oy * outW;
            const inRow = inBase + (oy * strideH + offY) * inW + offX;
            if (strideW === 1) {
              for (let ox = x0; ox < x1; ox++) out[outRow + ox] += w * xd[inRow + ox];
            } else {
              for (let ox = x0, ix = inRow + x0 * strideW; ox < x1; ox++, ix += strideW) out[outRow + ox] += w * xd[ix];
            }
          }
        }
      }
    }
  }
  return { shape: [g.outChannels, outH, outW], data: out };
}
