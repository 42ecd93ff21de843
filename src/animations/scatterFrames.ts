import { unravel3 } from '../engine/index.ts';
import type { ConvTranspose2dGeometry, Tensor } from '../engine/index.ts';
import type { Conv2dTimeline } from './conv2dFrames.ts';

/**
 * The scatter timeline of a transposed convolution: input cells in order (channel, row, column); each
 * takes one step per product of its stamp (output channel of its group, kernel row, kernel column,
 * including products that land outside the output and are cropped), then, with a bias, one last step
 * adds each output channel's bias to all its cells. Same shape as the conv2d timeline, so the shared
 * playback steps "by cell" (here: by input cell) and "by multiply".
 */
export interface ScatterTimeline extends Conv2dTimeline {
  /** The step that adds the bias, or null without bias. */
  biasStep: number | null;
}

/** The scatter timeline of a geometry. */
export function scatterTimeline(g: ConvTranspose2dGeometry, bias: boolean): ScatterTimeline {
  const cells = g.inChannels * g.inH * g.inW;
  const termsPerCell = g.outPerGroup * g.kH * g.kW;
  const stamps = cells * termsPerCell;
  return { cells, termsPerCell, stepsPerStop: termsPerCell, totalSteps: stamps + (bias ? 1 : 0), biasStep: bias ? stamps : null };
}

/** One product of a stamp: `x[source] · w[c, j, ky, kx]` added to output cell (o, oy, ox), unless cropped. */
export interface StampTerm {
  /** Output channel (o = first output of the group + j) and the weight's second index j. */
  o: number;
  j: number;
  ky: number;
  kx: number;
  /** Where the product lands: iy·stride − padding + ky·dilation (and the same for columns); may lie outside. */
  oy: number;
  ox: number;
  /** False when padding crops the product (it lands outside the output and is dropped). */
  inside: boolean;
  weight: number;
  product: number;
}

/** The products of input cell (c, iy, ix)'s stamp in timeline order: j, then ky, then kx. */
export function stampTerms(g: ConvTranspose2dGeometry, x: Tensor, w: Tensor, [c, iy, ix]: readonly [number, number, number]): StampTerm[] {
  const value = x.data[(c * g.inH + iy) * g.inW + ix];
  const firstOut = Math.floor(c / g.inPerGroup) * g.outPerGroup;
  const terms: StampTerm[] = [];
  for (let j = 0; j < g.outPerGroup; j++) {
    for (let ky = 0; ky < g.kH; ky++) {
      for (let kx = 0; kx < g.kW; kx++) {
        const oy = iy * g.strideH - g.paddingH + ky * g.dilationH;
        const ox = ix * g.strideW - g.paddingW + kx * g.dilationW;
        const weight = w.data[((c * g.outPerGroup + j) * g.kH + ky) * g.kW + kx];
        terms.push({ o: firstOut + j, j, ky, kx, oy, ox, inside: oy >= 0 && oy < g.outH && ox >= 0 && ox < g.outW, weight, product: value * weight });
      }
    }
  }
  return terms;
}

/** The input cell [c, iy, ix] at a scatter timeline index (0 … cells − 1). */
export function sourceAt(g: ConvTranspose2dGeometry, index: number): [number, number, number] {
  return unravel3([g.inChannels, g.inH, g.inW], index);
}

/** The first step of input cell (c, iy, ix)'s stamp. */
export function stepOfSource(g: ConvTranspose2dGeometry, [c, iy, ix]: readonly [number, number, number]): number {
  return ((c * g.inH + iy) * g.inW + ix) * g.outPerGroup * g.kH * g.kW;
}

/** What the scatter view shows at one step: the stamping input cell and its current product, or the bias. */
export interface ScatterFrame {
  step: number;
  phase: 'stamp' | 'bias';
  /** The input cell stamping now (the last one during the bias step), its index and the current product's index. */
  source: readonly [number, number, number];
  sourceIndex: number;
  termIndex: number;
  /** Input cells whose whole stamp has been added. */
  completedSources: number;
}

/** The frame at a step of the scatter timeline (clamped to it). */
export function scatterFrame(g: ConvTranspose2dGeometry, tl: ScatterTimeline, position: number): ScatterFrame {
  const step = Math.floor(Math.min(Math.max(position, 0), tl.totalSteps - 1));
  if (tl.biasStep !== null && step === tl.biasStep) {
    return { step, phase: 'bias', source: sourceAt(g, tl.cells - 1), sourceIndex: tl.cells - 1, termIndex: tl.termsPerCell - 1, completedSources: tl.cells };
  }
  const sourceIndex = Math.floor(step / tl.stepsPerStop);
  const termIndex = step - sourceIndex * tl.stepsPerStop;
  return { step, phase: 'stamp', source: sourceAt(g, sourceIndex), sourceIndex, termIndex, completedSources: sourceIndex + (termIndex === tl.termsPerCell - 1 ? 1 : 0) };
}

/** The output as the scatter has built it so far: running sums [O, outH, outW] and stamps received per cell. */
export interface ScatterRunning {
  output: Tensor;
  /** Per output channel, how many stamps have reached each cell so far. */
  counts: Uint16Array[];
  biasAdded: boolean;
}

/**
 * The output after the products up to and including `step` have been added (from zeros, in timeline
 * order), plus the bias once its step is reached. At the last step it equals `convTranspose2d`.
 */
export function scatterRunning(g: ConvTranspose2dGeometry, tl: ScatterTimeline, x: Tensor, w: Tensor, bias: Tensor | null, step: number): ScatterRunning {
  const plane = g.outH * g.outW;
  const data = new Float32Array(g.outChannels * plane);
  const counts = Array.from({ length: g.outChannels }, () => new Uint16Array(plane));
  const last = Math.min(step, tl.cells * tl.termsPerCell - 1);
  // Loops rather than stampTerms: a large setting has ~800k products, and this runs once per step.
  for (let index = 0; index * tl.termsPerCell <= last; index++) {
    const [c, iy, ix] = sourceAt(g, index);
    const value = x.data[(c * g.inH + iy) * g.inW + ix];
    const firstOut = Math.floor(c / g.inPerGroup) * g.outPerGroup;
    const upTo = Math.min(tl.termsPerCell - 1, last - index * tl.termsPerCell);
    for (let t = 0; t <= upTo; t++) {
      const j = Math.floor(t / (g.kH * g.kW));
      const ky = Math.floor(t / g.kW) % g.kH;
      const kx = t % g.kW;
      const oy = iy * g.strideH - g.paddingH + ky * g.dilationH;
      const ox = ix * g.strideW - g.paddingW + kx * g.dilationW;
      if (oy < 0 || oy >= g.outH || ox < 0 || ox >= g.outW) continue;
      const o = firstOut + j;
      const at = oy * g.outW + ox;
      data[o * plane + at] = Math.fround(data[o * plane + at] + value * w.data[((c * g.outPerGroup + j) * g.kH + ky) * g.kW + kx]);
      counts[o][at]++;
    }
  }
  const biasAdded = bias !== null && tl.biasStep !== null && step >= tl.biasStep;
  if (biasAdded && bias) {
    for (let o = 0; o < g.outChannels; o++) for (let i = 0; i < plane; i++) data[o * plane + i] = Math.fround(data[o * plane + i] + bias.data[o]);
  }
  return { output: { shape: [g.outChannels, g.outH, g.outW], data }, counts, biasAdded };
}

/** One stamp that reaches an output cell: the input cell, the weight tap it uses, and the product. */
export interface StampArrival {
  source: readonly [number, number, number];
  weight: readonly [number, number, number, number];
  value: number;
  w: number;
  product: number;
  /** The scatter step at which this product is added. */
  step: number;
}

/**
 * Every stamp that reaches output cell (o, oy, ox), in scatter order: input cell (c, iy, ix) with tap
 * (ky, kx) lands there when iy·s − p + ky·d = oy and ix·s − p + kx·d = ox.
 */
export function stampsReaching(g: ConvTranspose2dGeometry, x: Tensor, w: Tensor, [o, oy, ox]: readonly [number, number, number]): StampArrival[] {
  const group = Math.floor(o / g.outPerGroup);
  const j = o - group * g.outPerGroup;
  const arrivals: StampArrival[] = [];
  for (let c = group * g.inPerGroup; c < (group + 1) * g.inPerGroup; c++) {
    for (let iy = 0; iy < g.inH; iy++) {
      for (let ix = 0; ix < g.inW; ix++) {
        const dy = oy - iy * g.strideH + g.paddingH;
        const dx = ox - ix * g.strideW + g.paddingW;
        if (dy < 0 || dx < 0 || dy % g.dilationH !== 0 || dx % g.dilationW !== 0) continue;
        const ky = dy / g.dilationH;
        const kx = dx / g.dilationW;
        if (ky >= g.kH || kx >= g.kW) continue;
        const value = x.data[(c * g.inH + iy) * g.inW + ix];
        const wv = w.data[((c * g.outPerGroup + j) * g.kH + ky) * g.kW + kx];
        const step = stepOfSource(g, [c, iy, ix]) + (j * g.kH + ky) * g.kW + kx;
        arrivals.push({ source: [c, iy, ix], weight: [c, j, ky, kx], value, w: wv, product: value * wv, step });
      }
    }
  }
  return arrivals;
}
