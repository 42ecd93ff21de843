import { pair } from './tensor.ts';
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
