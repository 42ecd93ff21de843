import { conv2dGeometry } from './geometry.ts';
import type { Conv2dGeometry } from './geometry.ts';
import { assertTensor, fail, formatShape } from './tensor.ts';
import type { Conv2dOptions, Tensor } from './types.ts';

/** Checks an optional bias of `channels` values; `op` names the caller in the message. */
export function assertBias(op: string, bias: Tensor | null, channels: number): void {
  if (bias === null) return;
  assertTensor(op, 'bias', bias, 1);
  if (bias.shape[0] !== channels) fail(op, `bias shape ${formatShape(bias.shape)} must be [${channels}] (out_channels=${channels})`);
}

/** Checks the arguments of a conv2d-like op (named `op` in messages) and returns their geometry. */
export function checkConv2d(op: string, x: Tensor, weight: Tensor, bias: Tensor | null, options: Conv2dOptions): Conv2dGeometry {
  assertTensor(op, 'input', x, 3);
  assertTensor(op, 'weight', weight, 4);
  const g = conv2dGeometry(x.shape, weight.shape, options, op);
  assertBias(op, bias, g.outChannels);
  return g;
}

/**
 * For each kernel row `ky`, the output rows `[oyStart, oyEnd)` whose tap lands inside the input; likewise
 * columns per `kx`; and `[fullX0, fullX1)`, the output columns where every tap of a row is inside.
 * Computing these once skips padded taps without building a padded copy of the input.
 */
export function tapRanges(g: Conv2dGeometry) {
  const { inH, inW, kH, kW, strideH, strideW, dilationH, dilationW, padTop, padLeft, outH, outW } = g;
  const oyStart = new Int32Array(kH);
  const oyEnd = new Int32Array(kH);
  const oxStart = new Int32Array(kW);
  const oxEnd = new Int32Array(kW);
  for (let ky = 0; ky < kH; ky++) {
    const off = ky * dilationH - padTop;
    oyStart[ky] = Math.max(0, Math.ceil(-off / strideH));
    oyEnd[ky] = Math.min(outH, Math.floor((inH - 1 - off) / strideH) + 1);
  }
  let fullX0 = 0;
  let fullX1 = outW;
  for (let kx = 0; kx < kW; kx++) {
    const off = kx * dilationW - padLeft;
    oxStart[kx] = Math.max(0, Math.ceil(-off / strideW));
    oxEnd[kx] = Math.min(outW, Math.floor((inW - 1 - off) / strideW) + 1);
    fullX0 = Math.max(fullX0, oxStart[kx]);
    fullX1 = Math.min(fullX1, oxEnd[kx]);
  }
  // An empty interior: every column is an edge column.
  fullX1 = Math.max(fullX1, fullX0);
  return { oyStart, oyEnd, oxStart, oxEnd, fullX0, fullX1 };
}

/**
 * 2-D convolution of one sample, as `torch.nn.functional.conv2d`.
 * @param x input [C, H, W]
 * @param weight [O, C/groups, kH, kW]
 * @param bias [O] or null
 * @returns output [O, outH, outW]
 */
export function conv2d(x: Tensor, weight: Tensor, bias: Tensor | null, options: Conv2dOptions = {}): Tensor {
  const g = checkConv2d('conv2d', x, weight, bias, options);
  const { inH, inW, kH, kW, strideH, strideW, dilationH, dilationW, padTop, padLeft, outH, outW } = g;
  const out = new Float32Array(g.outChannels * outH * outW);
  const xd = x.data;
  const wd = weight.data;
  const plane = outH * outW;
  const { oyStart, oyEnd, oxStart, oxEnd, fullX0, fullX1 } = tapRanges(g);
  const wRow = new Float64Array(kW);
  for (let o = 0; o < g.outChannels; o++) {
    const outBase = o * plane;
    if (bias !== null) out.fill(bias.data[o], outBase, outBase + plane);
    const firstIn = Math.floor(o / g.outPerGroup) * g.inPerGroup;
    for (let i = 0; i < g.inPerGroup; i++) {
      const inBase = (firstIn + i) * inH * inW;
      const wBase = (o * g.inPerGroup + i) * kH * kW;
      for (let ky = 0; ky < kH; ky++) {
        const offY = ky * dilationH - padTop;
        for (let kx = 0; kx < kW; kx++) wRow[kx] = wd[wBase + ky * kW + kx];
        for (let oy = oyStart[ky]; oy < oyEnd[ky]; oy++) {
          const outRow = outBase + oy * outW;
          const inRow = inBase + (oy * strideH + offY) * inW - padLeft;
          // Edge columns, where some taps of the row fall on padding: one tap at a time.
          for (let kx = 0; kx < kW; kx++) {
            const w = wRow[kx];
            const off = inRow + kx * dilationW;
            const edge = Math.min(oxEnd[kx], fullX0);
            for (let ox = oxStart[kx]; ox < edge; ox++) out[outRow + ox] += w * xd[off + ox * strideW];
            for (let ox = Math.max(oxStart[kx], fullX1); ox < oxEnd[kx]; ox++) out[outRow + ox] += w * xd[off + ox * strideW];
          }
          // Interior columns: the row's taps are summed first, so the output is read and written once.
          if (kW === 3) {
            const w0 = wRow[0];
            const w1 = wRow[1];
            const w2 = wRow[2];
            const d = dilationW;
            for (let ox = fullX0, ix = inRow + fullX0 * strideW; ox < fullX1; ox++, ix += strideW) {
              out[outRow + ox] += w0 * xd[ix] + w1 * xd[ix + d] + w2 * xd[ix + 2 * d];
            }
          } else {
            for (let ox = fullX0, ix = inRow + fullX0 * strideW; ox < fullX1; ox++, ix += strideW) {
              let sum = 0;
              for (let kx = 0, t = ix; kx < kW; kx++, t += dilationW) sum += wRow[kx] * xd[t];
              out[outRow + ox] += sum;
            }
          }
        }
      }
    }
  }
  return { shape: [g.outChannels, outH, outW], data: out };
}
