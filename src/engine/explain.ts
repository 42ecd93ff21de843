import { checkConv2d } from './conv2d.ts';
import { checkConvTranspose2d } from './convTranspose2d.ts';
import { fail } from './tensor.ts';
import type { Conv2dOptions, ConvTranspose2dOptions, Coord3, ExplainTerm, Explanation, Tensor } from './types.ts';

function assertCell(op: string, cell: Coord3, shape: readonly [number, number, number]): void {
  const [c, y, x] = cell;
  const ok = [c, y, x].every((v, i) => Number.isInteger(v) && v >= 0 && v < shape[i]);
  if (!ok) fail(op, `output cell [${c},${y},${x}] is outside the output of shape [${shape.join(',')}]`);
}

/**
 * One output cell of `conv2d` written out as its multiplies, in the order the animation shows them:
 * input channel of the group, then kernel row, then kernel column. Padding taps are included
 * (`padding: true`, input value 0, input coordinates outside the image).
 * `value` is added up in the same order and with the same float32 roundings as `conv2d`, so it equals the
 * bulk output exactly.
 */
export function explainConv2d(
  x: Tensor,
  weight: Tensor,
  bias: Tensor | null,
  options: Conv2dOptions,
  cell: Coord3,
): Explanation {
  const op = 'explainConv2d';
  const g = checkConv2d(op, x, weight, bias, options);
  assertCell(op, cell, [g.outChannels, g.outH, g.outW]);
  const [o, oy, ox] = cell;
  const firstIn = Math.floor(o / g.outPerGroup) * g.inPerGroup;
  const b = bias === null ? 0 : bias.data[o];
  const terms: ExplainTerm[] = [];
  for (let i = 0; i < g.inPerGroup; i++) {
    const c = firstIn + i;
    for (let ky = 0; ky < g.kH; ky++) {
      const iy = oy * g.strideH - g.padTop + ky * g.dilationH;
      for (let kx = 0; kx < g.kW; kx++) {
        const ix = ox * g.strideW - g.padLeft + kx * g.dilationW;
        const padding = iy < 0 || iy >= g.inH || ix < 0 || ix >= g.inW;
        const inputValue = padding ? 0 : x.data[(c * g.inH + iy) * g.inW + ix];
        const weightValue = weight.data[((o * g.inPerGroup + i) * g.kH + ky) * g.kW + kx];
        terms.push({ input: [c, iy, ix], weight: [o, i, ky, kx], inputValue, weightValue, product: inputValue * weightValue, padding });
      }
    }
  }
  // Add up as conv2d does: per input channel, the window's in-range products in float64 from −0 (so the
  // first is taken as is), then that sum added to the float32 cell.
  const perChannel = g.kH * g.kW;
  let value = Math.fround(b);
  for (let i = 0; i < g.inPerGroup; i++) {
    let sum = -0;
    for (let t = i * perChannel; t < (i + 1) * perChannel; t++) if (!terms[t].padding) sum += terms[t].product;
    value = Math.fround(value + sum);
  }
  return { terms, bias: b, value };
}

/**
 * One output cell of `convTranspose2d` in the gather view: the flipped kernel over the zero-inserted,
 * padded input. Terms run over input channels of the group, then the window's rows and columns on that
 * grid (`grid`); `weight` is the flipped tap `[i, o, kH − 1 − wy, kW − 1 − wx]`. Taps on padding or an
 * inserted zero have `padding: true`; their `input` holds the position in input coordinates, fractional
 * between cells. `value` equals the bulk output exactly (same float32 order as the scatter).
 */
export function explainConvTranspose2d(
  x: Tensor,
  weight: Tensor,
  bias: Tensor | null,
  options: ConvTranspose2dOptions,
  cell: Coord3,
): Explanation {
  const op = 'explainConvTranspose2d';
  const g = checkConvTranspose2d(op, x, weight, bias, options);
  assertCell(op, cell, [g.outChannels, g.outH, g.outW]);
  const [o, oy, ox] = cell;
  const group = Math.floor(o / g.outPerGroup);
  const j = o - group * g.outPerGroup;
  const b = bias === null ? 0 : bias.data[o];
  const terms: ExplainTerm[] = [];
  for (let i = 0; i < g.inPerGroup; i++) {
    const c = group * g.inPerGroup + i;
    for (let wy = 0; wy < g.kH; wy++) {
      const gy = oy + wy * g.dilationH;
      const uy = gy - g.gatherPadTop;
      const iy = uy / g.strideH;
      const ky = g.kH - 1 - wy;
      for (let wx = 0; wx < g.kW; wx++) {
        const gx = ox + wx * g.dilationW;
        const ux = gx - g.gatherPadLeft;
        const ix = ux / g.strideW;
        const kx = g.kW - 1 - wx;
        const padding = !(Number.isInteger(iy) && Number.isInteger(ix) && iy >= 0 && iy < g.inH && ix >= 0 && ix < g.inW);
        const inputValue = padding ? 0 : x.data[(c * g.inH + iy) * g.inW + ix];
        const weightValue = weight.data[((c * g.outPerGroup + j) * g.kH + ky) * g.kW + kx];
        terms.push({
          input: [c, iy, ix],
          weight: [c, j, ky, kx],
          inputValue,
          weightValue,
          product: inputValue * weightValue,
          padding,
          grid: [gy, gx],
        });
      }
    }
  }
  // The scatter adds in the order channel, ky, kx (the reverse of the gather window for ky, kx).
  let value = Math.fround(b);
  const perChannel = g.kH * g.kW;
  for (let i = 0; i < g.inPerGroup; i++) {
    for (let t = perChannel - 1; t >= 0; t--) {
      const term = terms[i * perChannel + t];
      if (!term.padding) value = Math.fround(value + term.product);
    }
  }
  return { terms, bias: b, value };
}
