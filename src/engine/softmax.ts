import { assertTensor, fail } from './tensor.ts';
import type { Tensor } from './types.ts';

/**
 * `torch.softmax(z, dim=0)` over a vector of scores [K]: `exp(z_k − max z) / Σ_j exp(z_j − max z)`, shifted by
 * the largest score so that no exp overflows; the results are positive and add up to 1 (each rounded to
 * float32). The scores must be finite: a NaN or ±∞ score has no probability to give.
 * @param z scores [K], K ≥ 1
 * @returns probabilities [K]
 */
export function softmax(z: Tensor): Tensor {
  const op = 'softmax';
  assertTensor(op, 'input', z, 1);
  const n = z.data.length;
  if (n === 0) fail(op, 'input has no scores (shape [0])');
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const v = z.data[i];
    if (!Number.isFinite(v)) fail(op, `score ${i} is ${v}; every score must be a finite number`);
    if (v > max) max = v;
  }
  const e = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    e[i] = Math.exp(z.data[i] - max);
    total += e[i];
  }
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) out[i] = e[i] / total;
  return { shape: [n], data: out };
}
