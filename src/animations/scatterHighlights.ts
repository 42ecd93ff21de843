import { GATHER_CELL } from '../engine/index.ts';
import type { Conv2dGeometry, ConvTranspose2dGeometry } from '../engine/index.ts';
import type { Conv2dFrame } from './conv2dFrames.ts';
import type { ScatterFrame, StampTerm } from './scatterFrames.ts';
import { MARK } from './conv2dHighlights.ts';
import type { FocusCell } from './conv2dHighlights.ts';
import { linksOfOutput } from './conv2dLinks.ts';

/** What the scatter view marks: input cells, output cells, and the stamp of one input cell. */
export interface ScatterHighlights {
  /** The output cell being computed, if the view follows one. */
  cell: readonly [number, number, number] | null;
  /** Per input channel, inH·inW marks; per output channel, outH·outW marks. */
  input: Uint8Array[];
  output: Uint8Array[];
  /** Where one input cell's kernel copy lands on the output (output coordinates, may hang over the edge). */
  stamp: { top: number; left: number; height: number; width: number; channels: readonly number[] } | null;
  /** The input cell whose stamp is drawn. */
  source: readonly [number, number, number] | null;
  /** The output channel whose kernel the view draws (scatter playback: the current product's), or null to follow `cell`/`source`. */
  kernelOf?: number | null;
}

/** Where input cell (c, iy, ix)'s kernel copy lands on the output channels of its group. */
function stampOf(g: ConvTranspose2dGeometry, c: number, iy: number, ix: number): NonNullable<ScatterHighlights['stamp']> {
  const group = Math.floor(c / g.inPerGroup);
  return {
    top: iy * g.strideH - g.paddingH,
    left: ix * g.strideW - g.paddingW,
    height: g.effectiveKH,
    width: g.effectiveKW,
    channels: Array.from({ length: g.outPerGroup }, (_, j) => group * g.outPerGroup + j),
  };
}

/**
 * The scatter view's marks while the scatter timeline plays: the stamping input cell, its stamp's cells
 * on the current product's output channel (the cell receiving that product marked current), and that
 * channel's kernel. During the bias step nothing is marked.
 */
export function scatterPlaybackHighlights(g: ConvTranspose2dGeometry, frame: ScatterFrame, terms: readonly StampTerm[]): ScatterHighlights {
  const input = Array.from({ length: g.inChannels }, () => new Uint8Array(g.inH * g.inW));
  const output = Array.from({ length: g.outChannels }, () => new Uint8Array(g.outH * g.outW));
  if (frame.phase === 'bias') return { cell: null, input, output, stamp: null, source: null, kernelOf: null };
  const [c, iy, ix] = frame.source;
  input[c][iy * g.inW + ix] = MARK.current;
  const current = terms[frame.termIndex];
  for (const term of terms) {
    if (term.o === current.o && term.inside) output[term.o][term.oy * g.outW + term.ox] = term === current ? MARK.current : MARK.linked;
  }
  return { cell: null, input, output, stamp: { ...stampOf(g, c, iy, ix), channels: [current.o] }, source: frame.source, kernelOf: current.o };
}

/**
 * Maps a tap of the gather grid back to the input cell it reads, or null for an inserted zero,
 * padding or output padding. `eq` is the stride-1 conv2d geometry over the gather grid.
 */
export function gatherToInput(
  g: ConvTranspose2dGeometry,
  eq: Conv2dGeometry,
  kinds: Uint8Array,
  [c, gy, gx]: readonly [number, number, number],
): [number, number, number] | null {
  if (gy < 0 || gx < 0 || gy >= eq.inH || gx >= eq.inW || kinds[gy * eq.inW + gx] !== GATHER_CELL.input) return null;
  return [c, (gy - g.gatherPadTop) / g.strideH, (gx - g.gatherPadLeft) / g.strideW];
}

/**
 * How many input cells' stamps reach each output cell (per output channel): the multiplies that are
 * not by an inserted zero or padding. Cells near the middle of an overlap receive the most.
 */
export function stampCounts(g: ConvTranspose2dGeometry, eq: Conv2dGeometry, kinds: Uint8Array): Uint16Array[] {
  return Array.from({ length: g.outChannels }, (_, o) => {
    const counts = new Uint16Array(g.outH * g.outW);
    for (let y = 0; y < g.outH; y++) {
      for (let x = 0; x < g.outW; x++) {
        counts[y * g.outW + x] = linksOfOutput(eq, [o, y, x]).filter((l) => gatherToInput(g, eq, kinds, l.input) !== null).length;
      }
    }
    return counts;
  });
}

/**
 * The scatter view's marks for a frame of the shared timeline (or a focused cell): the input cells whose
 * stamps reach the current output cell, the current multiply's input cell and its stamp on the output.
 * A focused input cell (`source`) shows its own stamp on every output channel of its group.
 */
export function scatterHighlights(
  g: ConvTranspose2dGeometry,
  eq: Conv2dGeometry,
  kinds: Uint8Array,
  frame: Conv2dFrame,
  focus: FocusCell | null,
): ScatterHighlights {
  const input = Array.from({ length: g.inChannels }, () => new Uint8Array(g.inH * g.inW));
  const output = Array.from({ length: g.outChannels }, () => new Uint8Array(g.outH * g.outW));
  const stampAt = (c: number, iy: number, ix: number) => stampOf(g, c, iy, ix);
  if (focus?.kind === 'source') {
    const [c, iy, ix] = focus.index;
    if (c >= 0 && c < g.inChannels && iy >= 0 && iy < g.inH && ix >= 0 && ix < g.inW) {
      input[c][iy * g.inW + ix] = MARK.current;
      const stamp = stampAt(c, iy, ix);
      for (const o of stamp.channels) {
        for (let ky = 0; ky < g.kH; ky++) {
          for (let kx = 0; kx < g.kW; kx++) {
            const y = stamp.top + ky * g.dilationH;
            const x = stamp.left + kx * g.dilationW;
            if (y >= 0 && y < g.outH && x >= 0 && x < g.outW) output[o][y * g.outW + x] = MARK.linked;
          }
        }
      }
      return { cell: null, input, output, stamp, source: [c, iy, ix] };
    }
  }
  const focusCell =
    focus?.kind === 'output' && focus.index.length === 3 && focus.index[0] < g.outChannels && focus.index[1] < g.outH && focus.index[2] < g.outW
      ? (focus.index as readonly [number, number, number])
      : null;
  const cell = focusCell ?? frame.cell;
  const current = focusCell ? null : frame.phase === 'multiply' ? frame.termIndex : null;
  let source: [number, number, number] | null = null;
  linksOfOutput(eq, cell).forEach((l, t) => {
    const src = gatherToInput(g, eq, kinds, l.input);
    if (src === null) return;
    input[src[0]][src[1] * g.inW + src[2]] = t === current ? MARK.current : MARK.window;
    if (t === current) source = src;
  });
  output[cell[0]][cell[1] * g.outW + cell[2]] = MARK.current;
  const s = source as [number, number, number] | null;
  return { cell, input, output, stamp: s ? stampAt(...s) : null, source: s };
}
