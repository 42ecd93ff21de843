import { conv2dGeometry } from './geometry.ts';
import type { Conv2dGeometry } from './geometry.ts';
import { assertTensor, fail, formatShape } from './tensor.ts';
import type { Conv2dOptions, Tensor } from './types.ts';
import { addEdge, addInterior, addOneByOne, addThreeByThree } from './conv2dLoops.ts';
import type { Plane } from './conv2dLoops.ts';

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
 * columns per `kx`; for each output row the kernel rows inside, `[kyLo, kyHi)` (likewise columns); and
 * `[fullY0, fullY1)` × `[fullX0, fullX1)`, the output rows and columns where every tap is inside.
 * Computing these once skips padded taps without building a padded copy of the input.
 */
export function tapRanges(g: Conv2dGeometry) {
  const y = axisRanges(g.kH, g.dilationH, g.strideH, g.padTop, g.inH, g.outH);
  const x = axisRanges(g.kW, g.dilationW, g.strideW, g.padLeft, g.inW, g.outW);
  return {
    oyStart: y.start,
    oyEnd: y.end,
    oxStart: x.start,
    oxEnd: x.end,
    kyLo: y.lo,
    kyHi: y.hi,
    kxLo: x.lo,
    kxHi: x.hi,
    fullY0: y.full0,
    fullY1: y.full1,
    fullX0: x.full0,
    fullX1: x.full1,
  };
}

function axisRanges(k: number, d: number, s: number, pad: number, inSize: number, outSize: number) {
  const start = new Int32Array(k);
  const end = new Int32Array(k);
  let full0 = 0;
  let full1 = outSize;
  for (let t = 0; t < k; t++) {
    const off = t * d - pad;
    start[t] = Math.max(0, Math.ceil(-off / s));
    end[t] = Math.min(outSize, Math.floor((inSize - 1 - off) / s) + 1);
    full0 = Math.max(full0, start[t]);
    full1 = Math.min(full1, end[t]);
  }
  // Later taps reach later input cells, so the taps inside form one run [lo, hi) per output position.
  const lo = new Int32Array(outSize);
  const hi = new Int32Array(outSize);
  for (let o = 0; o < outSize; o++) {
    let a = 0;
    while (a < k && o < start[a]) a++;
    let b = k;
    while (b > a && o >= end[b - 1]) b--;
    lo[o] = a;
    hi[o] = b;
  }
  // An empty interior (every row or column an edge one) is [full0, full0), inside the output.
  full0 = Math.min(full0, outSize);
  return { start, end, lo, hi, full0, full1: Math.max(full1, full0) };
}

/** Tap runs and full-window ranges of one conv2d geometry (see `tapRanges`). */
export type TapRanges = ReturnType<typeof tapRanges>;

/**
 * 2-D convolution of one sample, as `torch.nn.functional.conv2d`.
 *
 * Each output cell starts at the bias (float32); then, per input channel of its group in order, the
 * products of the window's in-range taps (kernel row, then column) are summed in float64 starting from
 * −0 (so the first product is taken as is) and that sum is added to the float32 cell. `explainConv2d`
 * adds in exactly this order. Summing the window before touching the output means the output is read
 * and written once per input channel rather than once per tap.
 * @param x input [C, H, W]
 * @param weight [O, C/groups, kH, kW]
 * @param bias [O] or null
 * @returns output [O, outH, outW]
 */
export function conv2d(x: Tensor, weight: Tensor, bias: Tensor | null, options: Conv2dOptions = {}): Tensor {
  const g = checkConv2d('conv2d', x, weight, bias, options);
  const { inH, inW, kH, kW, outH, outW } = g;
  const out = new Float32Array(g.outChannels * outH * outW);
  const plane = outH * outW;
  const r = tapRanges(g);
  const edgeX = Math.min(r.fullX0, outW);
  const kernel = new Float64Array(kH * kW);
  for (let o = 0; o < g.outChannels; o++) {
    const outBase = o * plane;
    if (bias !== null) out.fill(bias.data[o], outBase, outBase + plane);
    const firstIn = Math.floor(o / g.outPerGroup) * g.inPerGroup;
    for (let i = 0; i < g.inPerGroup; i++) {
      const wBase = (o * g.inPerGroup + i) * kH * kW;
      for (let t = 0; t < kH * kW; t++) kernel[t] = weight.data[wBase + t];
      const p: Plane = { out, outBase, xd: x.data, inBase: (firstIn + i) * inH * inW, w: kernel };
      // Each cell gets exactly one add per input channel, so the regions may go in any order.
      // Rows where every tap is inside go to a loop for their kernel size, if there is one.
      const full = kH === 3 && kW === 3 ? addThreeByThree : kH === 1 && kW === 1 ? addOneByOne : null;
      if (full !== null) {
        full(p, g, r);
        addInterior(p, g, r, 0, r.fullY0);
        addInterior(p, g, r, r.fullY1, outH);
      } else {
        addInterior(p, g, r, 0, outH);
      }
      addEdge(p, g, r, 0, edgeX);
      addEdge(p, g, r, r.fullX1, outW);
    }
  }
  return { shape: [g.outChannels, outH, outW], data: out };
}
