import type { Conv2dGeometry } from './geometry.ts';
import type { TapRanges } from './conv2d.ts';

// The loops of conv2d, one per region of the output plane. Every one adds, per output cell, the window's
// in-range products (kernel row, then column) summed in float64 from −0, then that sum to the float32
// cell once: the order `explainConv2d` writes out.

/**
 * One input channel against one output plane: where they start in their arrays, and that pair's kernel
 * slice [kH·kW] copied to float64 (the products are the same; the loops skip a float32 → float64 per tap).
 */
export interface Plane {
  out: Float32Array;
  outBase: number;
  xd: Float32Array;
  inBase: number;
  w: Float64Array;
}

/** Index in the input of tap (0, 0) for output row `oy`, column 0 (may lie in the padding). */
function tapOrigin(p: Plane, g: Conv2dGeometry, oy: number): number {
  return p.inBase + (oy * g.strideH - g.padTop) * g.inW - g.padLeft;
}

/** Rows [y0, y1) × interior columns, any kernel: every column tap is inside, only the rows are limited. */
export function addInterior(p: Plane, g: Conv2dGeometry, r: TapRanges, y0: number, y1: number): void {
  const { out, xd, w } = p;
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
        const wk = ky * kW;
        for (let kx = 0; kx < kW; kx++) sum += w[wk + kx] * xd[t + kx * dilationW];
      }
      out[outRow + ox] += sum;
    }
  }
}

/** Every row × edge columns [x0, x1), where some column taps fall on padding and are skipped. */
export function addEdge(p: Plane, g: Conv2dGeometry, r: TapRanges, x0: number, x1: number): void {
  const { out, xd, w } = p;
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
        const wk = ky * kW;
        for (let kx = kxLo; kx < kxHi; kx++) sum += w[wk + kx] * xd[t + kx * dilationW];
      }
      out[p.outBase + oy * outW + ox] += sum;
    }
  }
}

/**
 * A 3×3 kernel on the rows and columns whose every tap is inside, the nine weights in locals. With column
 * stride and dilation 1 (the common case) the window slides one column at a time, so each step loads three
 * new inputs instead of nine (four for two rows, when the row stride and dilation are 1 too). Each sum is
 * written left to right, the same order as `addInterior`.
 */
export function addThreeByThree(p: Plane, g: Conv2dGeometry, r: TapRanges): void {
  const { out, xd, w } = p;
  const { fullX0, fullX1 } = r;
  if (fullX0 >= fullX1) return;
  const rowStep = g.dilationH * g.inW;
  const w00 = w[0];
  const w01 = w[1];
  const w02 = w[2];
  const w10 = w[3];
  const w11 = w[4];
  const w12 = w[5];
  const w20 = w[6];
  const w21 = w[7];
  const w22 = w[8];
  if (g.strideW !== 1 || g.dilationW !== 1) {
    // Columns apart: no window sharing along the row, each step loads its nine inputs.
    const sx = g.strideW;
    const dx = g.dilationW;
    for (let oy = r.fullY0; oy < r.fullY1; oy++) {
      const outRow = p.outBase + oy * g.outW;
      for (let ox = fullX0, a = tapOrigin(p, g, oy) + fullX0 * sx; ox < fullX1; ox++, a += sx) {
        const b = a + rowStep;
        const c = b + rowStep;
        out[outRow + ox] +=
          w00 * xd[a] + w01 * xd[a + dx] + w02 * xd[a + 2 * dx] +
          w10 * xd[b] + w11 * xd[b + dx] + w12 * xd[b + 2 * dx] +
          w20 * xd[c] + w21 * xd[c + dx] + w22 * xd[c + 2 * dx];
      }
    }
    return;
  }
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

/** A 1×1 kernel on the rows and columns where its tap is inside: the window sum is the one product (−0 + p = p). */
export function addOneByOne(p: Plane, g: Conv2dGeometry, r: TapRanges): void {
  const { out, xd } = p;
  const w = p.w[0];
  const sx = g.strideW;
  for (let oy = r.fullY0; oy < r.fullY1; oy++) {
    const outRow = p.outBase + oy * g.outW;
    for (let ox = r.fullX0, t = tapOrigin(p, g, oy) + r.fullX0 * sx; ox < r.fullX1; ox++, t += sx) out[outRow + ox] += w * xd[t];
  }
}
