import { assertAnyTensor } from './elementwise.ts';
import { fail, formatShape, numel } from './tensor.ts';
import type { Tensor } from './types.ts';

/**
 * Concatenation along `dim`, as `torch.cat(tensors, dim)`: the Inception module's four branches joined
 * along channels (`dim = 0` of [C, H, W]). Every tensor has the same rank and the same size in every
 * dimension but `dim`; `dim` may be negative (−1 is the last). The messages name the shapes that do not
 * match and quote PyTorch's.
 * @param tensors one or more tensors, e.g. [C1, H, W], [C2, H, W], …
 * @returns e.g. [C1 + C2 + …, H, W]
 */
export function concat(tensors: readonly Tensor[], dim = 0): Tensor {
  const op = 'concat';
  if (tensors === null || tensors === undefined || tensors.length === 0) {
    fail(op, 'needs a non-empty list of tensors (PyTorch: torch.cat(): expected a non-empty list of Tensors)');
  }
  tensors.forEach((t, i) => assertAnyTensor(op, `tensors[${i}]`, t));
  const first = tensors[0].shape;
  const rank = first.length;
  if (rank === 0) fail(op, 'tensors[0] has shape [] (a scalar), which has no dimension to concatenate along');
  if (!Number.isInteger(dim) || dim < -rank || dim >= rank) {
    fail(op, `dim=${dim} must be an integer in [${-rank}, ${rank - 1}] for shape ${formatShape(first)}`);
  }
  const d = dim < 0 ? dim + rank : dim;
  tensors.forEach((t, i) => {
    if (t.shape.length !== rank) {
      fail(
        op,
        `cannot concatenate shapes ${formatShape(first)} and ${formatShape(t.shape)} (tensors[0] and tensors[${i}]): ` +
          `they have ${rank} and ${t.shape.length} dimensions ` +
          `(PyTorch: Tensors must have same number of dimensions: got ${rank} and ${t.shape.length})`,
      );
    }
    const a = t.shape.findIndex((s, j) => j !== d && s !== first[j]);
    if (a >= 0) {
      fail(
        op,
        `cannot concatenate shapes ${formatShape(first)} and ${formatShape(t.shape)} along dim=${dim}: every other ` +
          `dimension must match, but dimension ${a} is ${first[a]} in tensors[0] and ${t.shape[a]} in tensors[${i}] ` +
          `(PyTorch: Sizes of tensors must match except in dimension ${d}. Expected size ${first[a]} but got size ` +
          `${t.shape[a]} for tensor number ${i} in the list.)`,
      );
    }
  });
  const outer = numel(first.slice(0, d));
  const inner = numel(first.slice(d + 1));
  const shape = [...first];
  shape[d] = tensors.reduce((s, t) => s + t.shape[d], 0);
  const out = new Float32Array(numel(shape));
  const rowOut = shape[d] * inner;
  let offset = 0;
  for (const t of tensors) {
    const block = t.shape[d] * inner;
    for (let o = 0; o < outer; o++) out.set(t.data.subarray(o * block, (o + 1) * block), o * rowOut + offset);
    offset += block;
  }
  return { shape, data: out };
}
