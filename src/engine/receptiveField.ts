import { fail, pair } from './tensor.ts';
import type { Pair } from './types.ts';

/** A layer as the receptive-field arithmetic sees it (conv or pooling alike). */
export interface ReceptiveFieldLayer {
  kernelSize: Pair;
  stride?: Pair;
  padding?: Pair;
  dilation?: Pair;
}

/**
 * After a layer, per axis [height, width]: `r` the receptive field in input cells, `S` the effective
 * stride (input cells between neighbouring outputs), `P` the effective padding (how far left/above the
 * input the first output's field starts).
 */
export interface ReceptiveFieldRow {
  r: [number, number];
  S: [number, number];
  P: [number, number];
}

/**
 * Receptive field of a stack of layers, one row per layer, from the input up:
 * `r_l = r_(l−1) + (k_l − 1)·d_l·S_(l−1)`, `S_l = S_(l−1)·s_l`, `P_l = P_(l−1) + p_l·S_(l−1)`,
 * with r_0 = 1, S_0 = 1, P_0 = 0 (Araujo et al., "Computing Receptive Fields of CNNs", Distill 2019).
 */
export function receptiveField(layers: readonly ReceptiveFieldLayer[]): ReceptiveFieldRow[] {
  const op = 'receptiveField';
  const rows: ReceptiveFieldRow[] = [];
  let r: [number, number] = [1, 1];
  let S: [number, number] = [1, 1];
  let P: [number, number] = [0, 0];
  for (const layer of layers) {
    const k = pair(op, 'kernel_size', layer.kernelSize, 1);
    const s = pair(op, 'stride', layer.stride ?? 1, 1);
    const p = pair(op, 'padding', layer.padding ?? 0, 0);
    const d = pair(op, 'dilation', layer.dilation ?? 1, 1);
    r = [r[0] + (k[0] - 1) * d[0] * S[0], r[1] + (k[1] - 1) * d[1] * S[1]];
    P = [P[0] + p[0] * S[0], P[1] + p[1] * S[1]];
    S = [S[0] * s[0], S[1] * s[1]];
    rows.push({ r, S, P });
  }
  return rows;
}

/** The size of each layer's output for a stack on an input of `[H, W]`: index 0 is the input itself. */
export function stackSizes(layers: readonly ReceptiveFieldLayer[], input: readonly [number, number]): [number, number][] {
  const op = 'stackSizes';
  const sizes: [number, number][] = [[input[0], input[1]]];
  for (const layer of layers) {
    const k = pair(op, 'kernel_size', layer.kernelSize, 1);
    const s = pair(op, 'stride', layer.stride ?? 1, 1);
    const p = pair(op, 'padding', layer.padding ?? 0, 0);
    const d = pair(op, 'dilation', layer.dilation ?? 1, 1);
    const [h, w] = sizes[sizes.length - 1];
    sizes.push([Math.floor((h + 2 * p[0] - d[0] * (k[0] - 1) - 1) / s[0]) + 1, Math.floor((w + 2 * p[1] - d[1] * (k[1] - 1) - 1) / s[1]) + 1]);
  }
  return sizes;
}

/**
 * How many paths lead from each cell of every layer at or below `layer` up to `cell` of that layer:
 * one-hot at the cell, then each step down adds a cell's count to every input cell its window reads
 * (taps on padding lead nowhere). Index 0 is the input; the non-zero cells of it form the receptive
 * field, and centre cells have the most paths. Rows and columns are counted apart (the stack is
 * separable), so `counts[l][y·W + x] = rows[y] · cols[x]`.
 */
export function receptiveFieldCounts(
  layers: readonly ReceptiveFieldLayer[],
  input: readonly [number, number],
  layer: number,
  [cy, cx]: readonly [number, number],
): Float64Array[] {
  const op = 'receptiveFieldCounts';
  const sizes = stackSizes(layers, input);
  if (!Number.isInteger(layer) || layer < 0 || layer > layers.length) fail(op, `layer=${layer} must be between 0 and ${layers.length}`);
  const [h, w] = sizes[layer];
  if (!(cy >= 0 && cy < h && cx >= 0 && cx < w)) fail(op, `cell [${cy},${cx}] is outside layer ${layer} of size ${h}×${w}`);
  const axis = (a: 0 | 1, start: number): Float64Array[] => {
    const out: Float64Array[] = [];
    let current = new Float64Array(sizes[layer][a]);
    current[start] = 1;
    out[layer] = current;
    for (let l = layer; l > 0; l--) {
      const L = layers[l - 1];
      const k = pair(op, 'kernel_size', L.kernelSize, 1)[a];
      const s = pair(op, 'stride', L.stride ?? 1, 1)[a];
      const p = pair(op, 'padding', L.padding ?? 0, 0)[a];
      const d = pair(op, 'dilation', L.dilation ?? 1, 1)[a];
      const below = new Float64Array(sizes[l - 1][a]);
      current.forEach((count, o) => {
        if (count === 0) return;
        for (let t = 0; t < k; t++) {
          const i = o * s - p + t * d;
          if (i >= 0 && i < below.length) below[i] += count;
        }
      });
      out[l - 1] = below;
      current = below;
    }
    return out;
  };
  const rows = axis(0, cy);
  const cols = axis(1, cx);
  return rows.map((r, l) => {
    const plane = new Float64Array(r.length * cols[l].length);
    for (let y = 0; y < r.length; y++) for (let x = 0; x < cols[l].length; x++) plane[y * cols[l].length + x] = r[y] * cols[l][x];
    return plane;
  });
}
