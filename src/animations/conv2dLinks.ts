import type { Conv2dGeometry } from '../engine/index.ts';

/**
 * The three-way links of a convolution (ezyang's hover): which input cells and weights make an output
 * cell, which output cells an input cell feeds, which input cells a weight multiplies. Pure geometry.
 */

/** One multiply linking an input cell, a weight and an output cell (input row/column may be padding). */
export interface Conv2dLink {
  input: readonly [number, number, number];
  weight: readonly [number, number, number, number];
  output: readonly [number, number, number];
  padding: boolean;
}

function link(g: Conv2dGeometry, o: number, oy: number, ox: number, i: number, ky: number, kx: number): Conv2dLink {
  const c = Math.floor(o / g.outPerGroup) * g.inPerGroup + i;
  const iy = oy * g.strideH - g.padTop + ky * g.dilationH;
  const ix = ox * g.strideW - g.padLeft + kx * g.dilationW;
  return {
    input: [c, iy, ix],
    weight: [o, i, ky, kx],
    output: [o, oy, ox],
    padding: iy < 0 || iy >= g.inH || ix < 0 || ix >= g.inW,
  };
}

/** The multiplies of one output cell, in the timeline's order (channel, kernel row, kernel column). */
export function linksOfOutput(g: Conv2dGeometry, [o, oy, ox]: readonly [number, number, number]): Conv2dLink[] {
  const links: Conv2dLink[] = [];
  for (let i = 0; i < g.inPerGroup; i++)
    for (let ky = 0; ky < g.kH; ky++) for (let kx = 0; kx < g.kW; kx++) links.push(link(g, o, oy, ox, i, ky, kx));
  return links;
}

/**
 * Every output cell an input cell (or padding cell) feeds, with the weight it meets there: the taps
 * whose position `oy·s − p + ky·d` equals the cell's row, and likewise for columns.
 */
export function linksOfInput(g: Conv2dGeometry, [c, iy, ix]: readonly [number, number, number]): Conv2dLink[] {
  const links: Conv2dLink[] = [];
  const group = Math.floor(c / g.inPerGroup);
  const i = c - group * g.inPerGroup;
  for (let j = 0; j < g.outPerGroup; j++) {
    const o = group * g.outPerGroup + j;
    for (let ky = 0; ky < g.kH; ky++) {
      const ny = iy + g.padTop - ky * g.dilationH;
      if (ny < 0 || ny % g.strideH !== 0 || ny / g.strideH >= g.outH) continue;
      for (let kx = 0; kx < g.kW; kx++) {
        const nx = ix + g.padLeft - kx * g.dilationW;
        if (nx < 0 || nx % g.strideW !== 0 || nx / g.strideW >= g.outW) continue;
        links.push(link(g, o, ny / g.strideH, nx / g.strideW, i, ky, kx));
      }
    }
  }
  return links;
}

/** Every input cell a weight multiplies, one per output cell of its filter, in output order. */
export function linksOfWeight(g: Conv2dGeometry, [o, i, ky, kx]: readonly [number, number, number, number]): Conv2dLink[] {
  const links: Conv2dLink[] = [];
  for (let oy = 0; oy < g.outH; oy++) for (let ox = 0; ox < g.outW; ox++) links.push(link(g, o, oy, ox, i, ky, kx));
  return links;
}
