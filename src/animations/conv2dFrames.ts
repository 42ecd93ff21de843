import { unravel3 } from '../engine/index.ts';
import type { Conv2dGeometry } from '../engine/index.ts';
import { smoothstep } from './easing.ts';
import type { Timeline } from './timeline.ts';

/**
 * The conv2d timeline: output cells in order (channel, row, column); each cell takes one step per
 * multiply-add (input channel of the group, kernel row, kernel column, padding taps included) and a
 * final step that adds the bias and writes the value. A stop is a cell.
 */
export interface Conv2dTimeline extends Timeline {
  cells: number;
  termsPerCell: number;
}

/** The timeline of a geometry. */
export function conv2dTimeline(g: Conv2dGeometry): Conv2dTimeline {
  const cells = g.outChannels * g.outH * g.outW;
  const termsPerCell = g.inPerGroup * g.kH * g.kW;
  const stepsPerStop = termsPerCell + 1;
  return { cells, termsPerCell, stepsPerStop, totalSteps: cells * stepsPerStop };
}

/** One multiply of the current cell: the input tap (row/column may lie on padding) and its weight. */
export interface Conv2dTap {
  channel: number;
  iy: number;
  ix: number;
  ky: number;
  kx: number;
  padding: boolean;
}

/** Everything a view draws at one moment of playback. Derived from geometry and position only. */
export interface Conv2dFrame {
  step: number;
  /** The output cell being computed: [out channel, row, column], and its index in the timeline. */
  cell: readonly [number, number, number];
  cellIndex: number;
  /** Index of the current multiply (0..termsPerCell − 1), or termsPerCell when the bias is added. */
  termIndex: number;
  phase: 'multiply' | 'bias';
  tap: Conv2dTap | null;
  /** Input channels the filter reads (those of its group). */
  channels: readonly number[];
  /**
   * Top-left of the kernel window in input coordinates (−padTop at the first row); fractional while
   * gliding to the next cell during the bias step.
   */
  windowTop: number;
  windowLeft: number;
  /** Output cells whose value is final (in timeline order). */
  completedCells: number;
}

/** The [channel, row, column] of the output cell at a timeline index. */
export function cellAt(g: Conv2dGeometry, cellIndex: number): [number, number, number] {
  return unravel3([g.outChannels, g.outH, g.outW], cellIndex);
}

/** The timeline index of an output cell. */
export function indexOfCell(g: Conv2dGeometry, [o, oy, ox]: readonly [number, number, number]): number {
  return (o * g.outH + oy) * g.outW + ox;
}

/** The first step of an output cell (its first multiply). */
export function stepOfCell(g: Conv2dGeometry, cell: readonly [number, number, number]): number {
  return indexOfCell(g, cell) * conv2dTimeline(g).stepsPerStop;
}

/**
 * The frame at a playback position (a step, fractional while playing). Positions are clamped to the
 * timeline. With `glide`, the window slides toward the next cell during the bias step.
 */
export function conv2dFrame(g: Conv2dGeometry, position: number, glide = true): Conv2dFrame {
  const tl = conv2dTimeline(g);
  const clamped = Math.min(Math.max(position, 0), tl.totalSteps - 1);
  const step = Math.floor(clamped);
  const cellIndex = Math.floor(step / tl.stepsPerStop);
  const termIndex = step - cellIndex * tl.stepsPerStop;
  const cell = cellAt(g, cellIndex);
  const [o, oy, ox] = cell;
  const firstIn = Math.floor(o / g.outPerGroup) * g.inPerGroup;
  const channels = Array.from({ length: g.inPerGroup }, (_, i) => firstIn + i);
  let windowTop = oy * g.strideH - g.padTop;
  let windowLeft = ox * g.strideW - g.padLeft;
  let tap: Conv2dTap | null = null;
  const phase = termIndex < tl.termsPerCell ? 'multiply' : 'bias';
  if (phase === 'multiply') {
    const perChannel = g.kH * g.kW;
    const i = Math.floor(termIndex / perChannel);
    const rest = termIndex - i * perChannel;
    const ky = Math.floor(rest / g.kW);
    const kx = rest % g.kW;
    const iy = windowTop + ky * g.dilationH;
    const ix = windowLeft + kx * g.dilationW;
    tap = { channel: firstIn + i, iy, ix, ky, kx, padding: iy < 0 || iy >= g.inH || ix < 0 || ix >= g.inW };
  } else if (glide && cellIndex + 1 < tl.cells) {
    const [, ny, nx] = cellAt(g, cellIndex + 1);
    const t = smoothstep(clamped - step);
    windowTop += t * (ny * g.strideH - g.padTop - windowTop);
    windowLeft += t * (nx * g.strideW - g.padLeft - windowLeft);
  }
  return {
    step,
    cell,
    cellIndex,
    termIndex,
    phase,
    tap,
    channels,
    windowTop,
    windowLeft,
    completedCells: cellIndex + (phase === 'bias' ? 1 : 0),
  };
}

/**
 * The part of a playback position that a frame depends on: the whole step, except during a bias step
 * with `glide`, where the fraction moves the window. Clamped like `conv2dFrame`. A view that subscribes
 * to this instead of the raw position redraws once per step, not on every animation frame, and
 * `conv2dFrame(g, drawnPosition(g, p, glide), glide)` equals `conv2dFrame(g, p, glide)`.
 */
export function drawnPosition(g: Conv2dGeometry, position: number, glide: boolean): number {
  const tl = conv2dTimeline(g);
  const clamped = Math.min(Math.max(position, 0), tl.totalSteps - 1);
  const step = Math.floor(clamped);
  const bias = step % tl.stepsPerStop === tl.termsPerCell;
  return glide && bias && step + 1 < tl.totalSteps ? clamped : step;
}
