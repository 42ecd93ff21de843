import type { Conv2dGeometry } from '../engine/index.ts';
import type { Conv2dFrame } from './conv2dFrames.ts';
import { linksOfInput, linksOfOutput, linksOfWeight } from './conv2dLinks.ts';
import type { Conv2dLink } from './conv2dLinks.ts';

/** Cell marks, one byte per cell. */
export const MARK = { none: 0, window: 1, current: 2, linked: 3, skipped: 4 } as const;

/** A cell the learner points at (hover or pin). */
export interface FocusCell {
  kind: 'output' | 'input' | 'weight' | 'source';
  index: readonly number[];
}

/**
 * What the conv2d views mark at one moment. Input planes include the padding ring: cell (y, x) of
 * channel c is at `(y + padTop)·paddedW + (x + padLeft)`. Kernel slices are kH·kW per input channel of
 * the shown filter; output planes outH·outW per channel.
 */
export interface Conv2dHighlights {
  /** The filter whose kernel slices are drawn. */
  filter: number;
  /** The output cell whose computation is written out, if any. */
  cell: readonly [number, number, number] | null;
  /** The current multiply's index in that cell's terms (playback only). */
  termIndex: number | null;
  /** The kernel window (input coordinates, fractional while gliding) and the channels it lies on. */
  window: { top: number; left: number; channels: readonly number[] } | null;
  input: Uint8Array[];
  kernel: Uint8Array[];
  output: Uint8Array[];
  /** The links behind the marks (for the explanation panel of an input or weight cell). */
  links: Conv2dLink[];
}

function planes(count: number, size: number): Uint8Array[] {
  return Array.from({ length: count }, () => new Uint8Array(size));
}

/**
 * The marks for a playback frame, or for a focused cell when there is one (focus wins: the learner
 * asked about that cell). `pointedTerm` (a term of the written-out cell the learner points at, in
 * timeline order) is marked as the current multiply instead of playback's. Pure: the same arguments
 * give equal results.
 */
export function conv2dHighlights(g: Conv2dGeometry, frame: Conv2dFrame, focus: FocusCell | null, pointedTerm: number | null = null): Conv2dHighlights {
  const paddedW = g.inW + g.padLeft + g.padRight;
  const paddedH = g.inH + g.padTop + g.padBottom;
  const input = planes(g.inChannels, paddedH * paddedW);
  const output = planes(g.outChannels, g.outH * g.outW);
  const kernel = planes(g.inPerGroup, g.kH * g.kW);
  const inAt = (_c: number, y: number, x: number) => (y + g.padTop) * paddedW + (x + g.padLeft);
  const valid = (idx: readonly number[], shape: readonly number[]) =>
    idx.length === shape.length && idx.every((v, i) => Number.isInteger(v) && v >= 0 && v < shape[i]);
  const markOutput = (o: number, y: number, x: number, m: number) => (output[o][y * g.outW + x] = m);
  const markCellLinks = (links: Conv2dLink[], current: number | null) => {
    links.forEach((l, t) => {
      input[l.input[0]][inAt(...l.input)] = t === current ? MARK.current : MARK.window;
      kernel[l.weight[1]][l.weight[2] * g.kW + l.weight[3]] = t === current ? MARK.current : MARK.window;
    });
  };

  // Input cells include the padding ring: rows −padTop … inH + padBottom − 1, likewise columns.
  const validInput = (idx: readonly number[]) =>
    idx.length === 3 &&
    idx.every(Number.isInteger) &&
    idx[0] >= 0 && idx[0] < g.inChannels &&
    idx[1] >= -g.padTop && idx[1] < g.inH + g.padBottom &&
    idx[2] >= -g.padLeft && idx[2] < g.inW + g.padRight;
  if (focus?.kind === 'input' && validInput(focus.index)) {
    const [c, y, x] = focus.index;
    const links = linksOfInput(g, [c, y, x]);
    const group = Math.floor(c / g.inPerGroup);
    const filter = Math.floor(frame.cell[0] / g.outPerGroup) === group ? frame.cell[0] : group * g.outPerGroup;
    input[c][inAt(c, y, x)] = MARK.current;
    for (const l of links) {
      markOutput(l.output[0], l.output[1], l.output[2], MARK.linked);
      if (l.weight[0] === filter) kernel[l.weight[1]][l.weight[2] * g.kW + l.weight[3]] = MARK.linked;
    }
    return { filter, cell: null, termIndex: null, window: null, input, kernel, output, links };
  }
  if (focus?.kind === 'weight' && valid(focus.index, [g.outChannels, g.inPerGroup, g.kH, g.kW])) {
    const [o, i, ky, kx] = focus.index;
    const links = linksOfWeight(g, [o, i, ky, kx]);
    kernel[i][ky * g.kW + kx] = MARK.current;
    for (const l of links) {
      if (!l.padding) input[l.input[0]][inAt(...l.input)] = MARK.linked;
      markOutput(o, l.output[1], l.output[2], MARK.linked);
    }
    return { filter: o, cell: null, termIndex: null, window: null, input, kernel, output, links };
  }
  const focusCell = focus?.kind === 'output' && valid(focus.index, [g.outChannels, g.outH, g.outW]) ? (focus.index as [number, number, number]) : null;
  const cell = focusCell ?? frame.cell;
  const links = linksOfOutput(g, cell);
  const termIndex = focusCell ? null : frame.phase === 'multiply' ? frame.termIndex : null;
  const pointed = pointedTerm !== null && Number.isInteger(pointedTerm) && pointedTerm >= 0 && pointedTerm < links.length ? pointedTerm : null;
  markCellLinks(links, pointed ?? termIndex);
  markOutput(cell[0], cell[1], cell[2], MARK.current);
  // Dilation: cells inside the window that no tap reads are marked as skipped.
  if (g.dilationH > 1 || g.dilationW > 1) {
    const top = cell[1] * g.strideH - g.padTop;
    const left = cell[2] * g.strideW - g.padLeft;
    for (const l of links.filter((_, t) => t % (g.kH * g.kW) === 0)) {
      const plane = input[l.input[0]];
      for (let y = top; y < top + g.effectiveKH; y++) {
        for (let x = left; x < left + g.effectiveKW; x++) {
          const at = inAt(0, y, x);
          if (plane[at] === MARK.none && ((y - top) % g.dilationH !== 0 || (x - left) % g.dilationW !== 0)) plane[at] = MARK.skipped;
        }
      }
    }
  }
  const channels = links.filter((_, t) => t % (g.kH * g.kW) === 0).map((l) => l.input[0]);
  const window = focusCell
    ? { top: cell[1] * g.strideH - g.padTop, left: cell[2] * g.strideW - g.padLeft, channels }
    : { top: frame.windowTop, left: frame.windowLeft, channels };
  return { filter: cell[0], cell, termIndex, window, input, kernel, output, links: [] };
}
