import { checkConvTranspose2d } from './convTranspose2d.ts';
import type { ConvTranspose2dGeometry } from './geometry.ts';
import type { ConvTranspose2dOptions, Tensor } from './types.ts';

/** What a grid cell of the gather view holds. */
export const GATHER_CELL = { input: 0, inserted: 1, padding: 2, outputPadding: 3 } as const;

/** The kind of one row (or column) of the gather grid, per axis. */
function axisKind(e: number, padBefore: number, up: number, padAfter: number, outputPadding: number, stride: number): number {
  const u = e - padBefore;
  if (u < 0) return GATHER_CELL.padding;
  if (u >= up) return u >= up + padAfter - outputPadding ? GATHER_CELL.outputPadding : GATHER_CELL.padding;
  return u % stride === 0 ? GATHER_CELL.input : GATHER_CELL.inserted;
}

/**
 * The gather view of a transposed convolution as an ordinary one: the input with `stride − 1` zeros
 * inserted between cells, padded by `dilation·(k − 1) − padding` on each side (plus `output_padding`
 * at the bottom/right; a negative amount crops), and the kernel flipped and re-laid out as a conv2d
 * weight [O, I/groups, kH, kW]. `conv2d(input, weight, bias, { dilation, groups })` equals
 * `convTranspose2d` of the original arguments. `kinds` marks each grid cell (see `GATHER_CELL`).
 */
export function transposedAsConv(
  x: Tensor,
  weight: Tensor,
  options: ConvTranspose2dOptions,
): { input: Tensor; weight: Tensor; kinds: Uint8Array; geometry: ConvTranspose2dGeometry } {
  const g = checkConvTranspose2d('transposedAsConv', x, weight, null, options);
  const gridH = g.upH + g.gatherPadTop + g.gatherPadBottom;
  const gridW = g.upW + g.gatherPadLeft + g.gatherPadRight;
  // Cropping (negative padding) starts the grid inside the zero-inserted input.
  const rowKinds = Array.from({ length: gridH }, (_, e) =>
    axisKind(e, g.gatherPadTop, g.upH, g.gatherPadBottom, g.outputPaddingH, g.strideH),
  );
  const colKinds = Array.from({ length: gridW }, (_, e) =>
    axisKind(e, g.gatherPadLeft, g.upW, g.gatherPadRight, g.outputPaddingW, g.strideW),
  );
  const kinds = new Uint8Array(gridH * gridW);
  for (let r = 0; r < gridH; r++) {
    for (let c = 0; c < gridW; c++) {
      const a = rowKinds[r];
      const b = colKinds[c];
      kinds[r * gridW + c] =
        a === GATHER_CELL.outputPadding || b === GATHER_CELL.outputPadding
          ? GATHER_CELL.outputPadding
          : a === GATHER_CELL.padding || b === GATHER_CELL.padding
            ? GATHER_CELL.padding
            : a === GATHER_CELL.inserted || b === GATHER_CELL.inserted
              ? GATHER_CELL.inserted
              : GATHER_CELL.input;
    }
  }
  const data = new Float32Array(g.inChannels * gridH * gridW);
  for (let c = 0; c < g.inChannels; c++) {
    for (let r = 0; r < gridH; r++) {
      const uy = r - g.gatherPadTop;
      if (rowKinds[r] !== GATHER_CELL.input) continue;
      for (let col = 0; col < gridW; col++) {
        if (colKinds[col] !== GATHER_CELL.input) continue;
        const ux = col - g.gatherPadLeft;
        data[(c * gridH + r) * gridW + col] = x.data[(c * g.inH + uy / g.strideH) * g.inW + ux / g.strideW];
      }
    }
  }
  // W'[o, i, ky, kx] = W[group·(I/g) + i, o − group·(O/g), kH − 1 − ky, kW − 1 − kx]
  const flipped = new Float32Array(weight.data.length);
  const { kH, kW, inPerGroup, outPerGroup } = g;
  for (let o = 0; o < g.outChannels; o++) {
    const group = Math.floor(o / outPerGroup);
    const j = o - group * outPerGroup;
    for (let i = 0; i < inPerGroup; i++) {
      const c = group * inPerGroup + i;
      for (let ky = 0; ky < kH; ky++) {
        for (let kx = 0; kx < kW; kx++) {
          flipped[((o * inPerGroup + i) * kH + ky) * kW + kx] = weight.data[((c * outPerGroup + j) * kH + (kH - 1 - ky)) * kW + (kW - 1 - kx)];
        }
      }
    }
  }
  return {
    input: { shape: [g.inChannels, gridH, gridW], data },
    weight: { shape: [g.outChannels, inPerGroup, kH, kW], data: flipped },
    kinds,
    geometry: g,
  };
}
