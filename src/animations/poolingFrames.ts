import { unravel3 } from '../engine/index.ts';
import type { Tensor, WindowGeometry } from '../engine/index.ts';
import { smoothstep } from './easing.ts';
import type { Timeline } from './timeline.ts';

/** `nn.MaxPool2d` or `nn.AvgPool2d`. */
export type PoolMode = 'max' | 'avg';

/**
 * Where a tap of a pooling window lands: on an input cell, on the padding (−∞ for max, 0 for average),
 * or past the padding, where `ceil_mode` lets a last window hang: PyTorch leaves those taps out.
 */
export type TapKind = 'input' | 'padding' | 'outside';

/** One tap of a window: its kernel position, the input coordinate it reads, what lies there and the value (input taps only). */
export interface PoolTap {
  ky: number;
  kx: number;
  iy: number;
  ix: number;
  kind: TapKind;
  value: number | null;
}

/**
 * One output cell written out: its taps in scan order (kernel row, then column); for max the index of
 * the winning tap (the first largest input value, as PyTorch's `indices`); for average the sum of the
 * input taps and the divisor PyTorch uses (input taps, plus padding taps with `count_include_pad`).
 */
export interface PoolCell {
  taps: PoolTap[];
  best: number | null;
  sum: number;
  divisor: number;
}

/** Every tap of the window of output (oy, ox) on channel c of x [C, H, W], classified against the padded input. */
export function poolTaps(g: WindowGeometry, x: Tensor, c: number, oy: number, ox: number): PoolTap[] {
  const taps: PoolTap[] = [];
  const top = oy * g.strideH - g.padTop;
  const left = ox * g.strideW - g.padLeft;
  for (let ky = 0; ky < g.kH; ky++) {
    const iy = top + ky * g.dilationH;
    for (let kx = 0; kx < g.kW; kx++) {
      const ix = left + kx * g.dilationW;
      const inside = iy >= 0 && iy < g.inH && ix >= 0 && ix < g.inW;
      const padded = iy >= -g.padTop && iy < g.inH + g.padBottom && ix >= -g.padLeft && ix < g.inW + g.padRight;
      const kind: TapKind = inside ? 'input' : padded ? 'padding' : 'outside';
      taps.push({ ky, kx, iy, ix, kind, value: inside ? x.data[(c * g.inH + iy) * g.inW + ix] : null });
    }
  }
  return taps;
}

/** Best (first largest) input tap among the first `upTo` taps, or null when none of them is an input cell. */
function bestOf(taps: readonly PoolTap[], upTo: number): number | null {
  let best: number | null = null;
  for (let i = 0; i < upTo && i < taps.length; i++) {
    const v = taps[i].value;
    if (v === null) continue;
    if (best === null || v > (taps[best].value as number)) best = i;
  }
  return best;
}

/** The output cell (c, oy, ox) written out (see `PoolCell`). */
export function poolCell(g: WindowGeometry, x: Tensor, c: number, oy: number, ox: number, countIncludePad: boolean): PoolCell {
  const taps = poolTaps(g, x, c, oy, ox);
  let sum = 0;
  let divisor = 0;
  for (const t of taps) {
    if (t.value !== null) sum += t.value;
    if (t.kind === 'input' || (t.kind === 'padding' && countIncludePad)) divisor++;
  }
  return { taps, best: bestOf(taps, taps.length), sum, divisor };
}

/**
 * The pooling timeline: output cells in order (channel, row, column), each one step per tap of its
 * window and a last step that writes the result (the max marked, or the sum divided). A stop is a cell.
 */
export interface PoolTimeline extends Timeline {
  cells: number;
  tapsPerCell: number;
}

/** The timeline of a geometry over `channels` channels. */
export function poolTimeline(g: WindowGeometry, channels: number): PoolTimeline {
  const cells = channels * g.outH * g.outW;
  const tapsPerCell = g.kH * g.kW;
  const stepsPerStop = tapsPerCell + 1;
  return { cells, tapsPerCell, stepsPerStop, totalSteps: Math.max(1, cells * stepsPerStop) };
}

/** What the window part draws at one moment of playback, derived from geometry, input and position only. */
export interface PoolFrame {
  step: number;
  cell: readonly [number, number, number];
  cellIndex: number;
  /** The current tap (0 … kH·kW − 1), or kH·kW on the step that writes the result. */
  tapIndex: number;
  phase: 'tap' | 'result';
  /** Top-left of the window in input coordinates (−padTop at the first row); fractional while gliding on. */
  windowTop: number;
  windowLeft: number;
  /** Output cells whose value is written (timeline order). */
  completedCells: number;
  /** Max: the winning tap so far; average: the sum and the taps counted so far (the divisor once complete). */
  best: number | null;
  partialSum: number;
  counted: number;
}

/**
 * The frame at a playback position (fractional while playing; clamped to the timeline). With `glide`,
 * the window slides toward the next cell during the result step.
 */
export function poolFrame(g: WindowGeometry, x: Tensor, channels: number, countIncludePad: boolean, position: number, glide = true): PoolFrame {
  const tl = poolTimeline(g, channels);
  const clamped = Math.min(Math.max(position, 0), tl.totalSteps - 1);
  const step = Math.floor(clamped);
  const cellIndex = Math.min(tl.cells - 1, Math.floor(step / tl.stepsPerStop));
  const tapIndex = step - cellIndex * tl.stepsPerStop;
  const cell = unravel3([channels, g.outH, g.outW], cellIndex);
  const [c, oy, ox] = cell;
  const taps = poolTaps(g, x, c, oy, ox);
  const phase = tapIndex < tl.tapsPerCell ? 'tap' : 'result';
  const seen = phase === 'tap' ? tapIndex + 1 : taps.length;
  let partialSum = 0;
  let counted = 0;
  for (let i = 0; i < seen; i++) {
    const t = taps[i];
    if (t.value !== null) partialSum += t.value;
    if (t.kind === 'input' || (t.kind === 'padding' && countIncludePad)) counted++;
  }
  let windowTop = oy * g.strideH - g.padTop;
  let windowLeft = ox * g.strideW - g.padLeft;
  if (phase === 'result' && glide && cellIndex + 1 < tl.cells) {
    const [, ny, nx] = unravel3([channels, g.outH, g.outW], cellIndex + 1);
    const t = smoothstep(clamped - step);
    windowTop += t * (ny * g.strideH - g.padTop - windowTop);
    windowLeft += t * (nx * g.strideW - g.padLeft - windowLeft);
  }
  return {
    step,
    cell,
    cellIndex,
    tapIndex,
    phase,
    windowTop,
    windowLeft,
    completedCells: cellIndex + (phase === 'result' ? 1 : 0),
    best: bestOf(taps, seen),
    partialSum,
    counted,
  };
}

/**
 * The part of a position a frame depends on: the whole step, except on a result step with `glide`, where
 * the fraction moves the window (a view subscribing to this redraws once per step, not every frame).
 */
export function poolDrawnPosition(g: WindowGeometry, channels: number, position: number, glide: boolean): number {
  const tl = poolTimeline(g, channels);
  const clamped = Math.min(Math.max(position, 0), tl.totalSteps - 1);
  const step = Math.floor(clamped);
  const result = step % tl.stepsPerStop === tl.tapsPerCell;
  return glide && result && step + 1 < tl.totalSteps ? clamped : step;
}

/** The output cells [oy, ox] whose window has a tap on input coordinate (iy, ix) (padding and the ceil_mode strip too), in raster order. */
export function outputsReading(g: WindowGeometry, iy: number, ix: number): [number, number][] {
  const out: [number, number][] = [];
  for (let oy = 0; oy < g.outH; oy++) {
    const ry = iy - (oy * g.strideH - g.padTop);
    if (ry < 0 || ry % g.dilationH !== 0 || ry / g.dilationH >= g.kH) continue;
    for (let ox = 0; ox < g.outW; ox++) {
      const rx = ix - (ox * g.strideW - g.padLeft);
      if (rx >= 0 && rx % g.dilationW === 0 && rx / g.dilationW < g.kW) out.push([oy, ox]);
    }
  }
  return out;
}

/** The first step of an output cell (its first tap). */
export function poolStepOfCell(g: WindowGeometry, channels: number, [c, oy, ox]: readonly [number, number, number]): number {
  return ((c * g.outH + oy) * g.outW + ox) * poolTimeline(g, channels).stepsPerStop;
}

/**
 * The drawn plane of a channel: the input with its padding ring and, where `ceil_mode` lets the last
 * window hang past the padding, the strip it reaches. `top`/`left` are the input coordinates of the
 * plane's first row and column (−padTop, −padLeft); `kinds` says per plane cell 0 input, 2 padding,
 * 3 outside (the Grid's cell kinds).
 */
export interface PoolPlane {
  rows: number;
  cols: number;
  top: number;
  left: number;
  kinds: Uint8Array;
}

/** The plane of a geometry (the same for every channel). */
export function poolPlane(g: WindowGeometry): PoolPlane {
  const reachH = (g.outH - 1) * g.strideH + g.effectiveKH;
  const reachW = (g.outW - 1) * g.strideW + g.effectiveKW;
  const rows = Math.max(g.inH + g.padTop + g.padBottom, reachH);
  const cols = Math.max(g.inW + g.padLeft + g.padRight, reachW);
  const kinds = new Uint8Array(rows * cols);
  for (let r = 0; r < rows; r++) {
    for (let col = 0; col < cols; col++) {
      const iy = r - g.padTop;
      const ix = col - g.padLeft;
      const inside = iy >= 0 && iy < g.inH && ix >= 0 && ix < g.inW;
      const padded = iy < g.inH + g.padBottom && ix < g.inW + g.padRight;
      kinds[r * cols + col] = inside ? 0 : padded ? 2 : 3;
    }
  }
  return { rows, cols, top: -g.padTop, left: -g.padLeft, kinds };
}

/**
 * A channel's values on its plane: input values, padding as −∞ for max (it never wins) or 0 for
 * average, NaN past the padding (nothing is there; the view writes no number).
 */
export function poolPlaneValues(plane: PoolPlane, x: Tensor, c: number, mode: PoolMode): Float32Array {
  const [, H, W] = x.shape;
  const out = new Float32Array(plane.rows * plane.cols);
  for (let r = 0; r < plane.rows; r++) {
    for (let col = 0; col < plane.cols; col++) {
      const i = r * plane.cols + col;
      const kind = plane.kinds[i];
      out[i] = kind === 0 ? x.data[(c * H + r + plane.top) * W + col + plane.left] : kind === 2 ? (mode === 'max' ? -Infinity : 0) : NaN;
    }
  }
  return out;
}
