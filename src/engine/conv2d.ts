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
  // An empty interior: every row (column) is an edge one.
  return { start, end, lo, hi, full0, full1: Math.max(full1, full0) };
}

type TapRanges = ReturnType<typeof tapRanges>;

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
  const threeByThree = kH === 3 && kW === 3 && g.strideW === 1 && g.dilationW === 1;
  const edgeX = Math.min(r.fullX0, outW);
  for (let o = 0; o < g.outChannels; o++) {
    const outBase = o * plane;
    if (bias !== null) out.fill(bias.data[o], outBase, outBase + plane);
    const firstIn = Math.floor(o / g.outPerGroup) * g.inPerGroup;
    for (let i = 0; i < g.inPerGroup; i++) {
      const p: Plane = { out, outBase, xd: x.data, inBase: (firstIn + i) * inH * inW, wd: weight.data, wBase: (o * g.inPerGroup + i) * kH * kW };
      // Each cell gets exactly one add per input channel, so the regions may go in any order.
      if (threeByThree) {
        addThreeByThree(p, g, r);
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

/** One input channel against one output plane: where they and the kernel slice start in their arrays. */
interface Plane {
  out: Float32Array;
  outBase: number;
  xd: Float32Array;
  inBase: number;
  wd: Float32Array;
  wBase: number;
}

/** Index in the input of tap (0, 0) for output row `oy`, column 0 (may lie in the padding). */
function tapOrigin(p: Plane, g: Conv2dGeometry, oy: number): number {
  return p.inBase + (oy * g.strideH - g.padTop) * g.inW - g.padLeft;
}

/** Rows [y0, y1) × interior columns, any kernel: every column tap is inside, only the rows are limited. */
function addInterior(p: Plane, g: Conv2dGeometry, r: TapRanges, y0: number, y1: number): void {
  const { out, xd, wd } = p;
  const { kW, strideW, dilationW, outW } = g;
  const rowStep = g.dilationH * g.inW;
  for (let oy = y0; oy < y1; oy++) {
    const kyLo = r.kyLo[oy];
    const kyHi = r.kyHi[oy];
    const tap0 = tapOrigin(p, g, oy);
    const outRow = p.outBase + oy * outW;
    for (let ox = r.fullX0; ox < r.fullX1; ox++) {
      let sum = -0;
      for (let ky = kyLo; ky < kyHi; ky++) {
        const t = tap0 + ky * rowStep + ox * strideW;
        const wk = p.wBase + ky * kW;
        for (let kx = 0; kx < kW; kx++) sum += wd[wk + kx] * xd[t + kx * dilationW];
      }
      out[outRow + ox] += sum;
    }
  }
}

/** Every row × edge columns [x0, x1), where some column taps fall on padding and are skipped. */
function addEdge(p: Plane, g: Conv2dGeometry, r: TapRanges, x0: number, x1: number): void {
  const { out, xd, wd } = p;
  const { kW, strideW, dilationW, outH, outW } = g;
  const rowStep = g.dilationH * g.inW;
  for (let ox = x0; ox < x1; ox++) {
    const kxLo = r.kxLo[ox];
    const kxHi = r.kxHi[ox];
    for (let oy = 0; oy < outH; oy++) {
      const tap0 = tapOrigin(p, g, oy) + ox * strideW;
      let sum = -0;
      for (let ky = r.kyLo[oy]; ky < r.kyHi[oy]; ky++) {
        const t = tap0 + ky * rowStep;
        const wk = p.wBase + ky * kW;
        for (let kx = kxLo; kx < kxHi; kx++) sum += wd[wk + kx] * xd[t + kx * dilationW];
      }
      out[p.outBase + oy * outW + ox] += sum;
    }
  }
}

/**
 * The common case, a 3×3 kernel with column stride and dilation 1, on the rows and columns whose every tap
 * is inside: the nine weights stay in locals and the window slides one column at a time, so each step loads
 * three new inputs instead of nine (four for two rows, when the row stride and dilation are 1 too). Each sum
 * is written left to right, the same order as `addInterior`.
 */
function addThreeByThree(p: Plane, g: Conv2dGeometry, r: TapRanges): void {
  const { out, xd, wd, wBase } = p;
  const { fullX0, fullX1 } = r;
  if (fullX0 >= fullX1) return;
  const rowStep = g.dilationH * g.inW;
  const w00 = wd[wBase];
  const w01 = wd[wBase + 1];
  const w02 = wd[wBase + 2];
  const w10 = wd[wBase + 3];
  const w11 = wd[wBase + 4];
  const w12 = wd[wBase + 5];
  const w20 = wd[wBase + 6];
  const w21 = wd[wBase + 7];
  const w22 = wd[wBase + 8];
  let oy = r.fullY0;
  if (g.strideH === 1 && g.dilationH === 1) {
    // Two output rows at once share two of their four input rows: four new inputs per step feed 18 products.
    for (; oy + 1 < r.fullY1; oy += 2) {
      const outA = p.outBase + oy * g.outW;
      const outB = outA + g.outW;
      let a = tapOrigin(p, g, oy) + fullX0;
      let b = a + rowStep;
      let c = b + rowStep;
      let d = c + rowStep;
      let a0 = xd[a];
      let a1 = xd[a + 1];
      let b0 = xd[b];
      let b1 = xd[b + 1];
      let c0 = xd[c];
      let c1 = xd[c + 1];
      let d0 = xd[d];
      let d1 = xd[d + 1];
      for (let ox = fullX0; ox < fullX1; ox++, a++, b++, c++, d++) {
        const a2 = xd[a + 2];
        const b2 = xd[b + 2];
        const c2 = xd[c + 2];
        const d2 = xd[d + 2];
        out[outA + ox] += w00 * a0 + w01 * a1 + w02 * a2 + w10 * b0 + w11 * b1 + w12 * b2 + w20 * c0 + w21 * c1 + w22 * c2;
        out[outB + ox] += w00 * b0 + w01 * b1 + w02 * b2 + w10 * c0 + w11 * c1 + w12 * c2 + w20 * d0 + w21 * d1 + w22 * d2;
        a0 = a1;
        a1 = a2;
        b0 = b1;
        b1 = b2;
        c0 = c1;
        c1 = c2;
        d0 = d1;
        d1 = d2;
      }
    }
  }
  for (; oy < r.fullY1; oy++) {
    const outRow = p.outBase + oy * g.outW;
    let a = tapOrigin(p, g, oy) + fullX0;
    let b = a + rowStep;
    let c = b + rowStep;
    let a0 = xd[a];
    let a1 = xd[a + 1];
    let b0 = xd[b];
    let b1 = xd[b + 1];
    let c0 = xd[c];
    let c1 = xd[c + 1];
    for (let ox = fullX0; ox < fullX1; ox++, a++, b++, c++) {
      const a2 = xd[a + 2];
      const b2 = xd[b + 2];
      const c2 = xd[c + 2];
      out[outRow + ox] += w00 * a0 + w01 * a1 + w02 * a2 + w10 * b0 + w11 * b1 + w12 * b2 + w20 * c0 + w21 * c1 + w22 * c2;
      a0 = a1;
      a1 = a2;
      b0 = b1;
      b1 = b2;
      c0 = c1;
      c1 = c2;
    }
  }
}
