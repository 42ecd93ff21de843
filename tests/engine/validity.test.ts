import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  conv2dGeometry,
  conv2dIssues,
  conv2dOutputSize,
  convTranspose2dGeometry,
  convTranspose2dIssues,
  formatIssue,
  groupsIssues,
  paddingPerSide,
  pool2dGeometry,
  pool2dIssues,
  pool2dOutputSize,
  samePadding,
} from '../../src/engine/index.ts';
import type { Conv2dLayer, ConvTranspose2dLayer, GeometryIssue, Pair } from '../../src/engine/index.ts';

const RUNS = { numRuns: 300 };

/** The message `fn` throws, or null. */
function thrown(fn: () => unknown): string | null {
  try {
    fn();
    return null;
  } catch (e) {
    return (e as Error).message;
  }
}

/**
 * One axis of `torch.nn.functional.max_pool2d` on torch 1.13: [size, kernel_size, stride, padding,
 * dilation, output size with ceil_mode=False, with ceil_mode=True], null where torch raises "Output size
 * is too small". Every size 1–7, kernel 1–4, stride 1–3, dilation 1–2, padding 0…kernel_size//2 (the
 * padding torch 1.13 allows). Written by:
 *   for n, k, s, d, p: F.max_pool2d(torch.zeros(1, 1, n, n), k, s, p, d, ceil_mode=c).shape[-1]
 */
const TORCH_POOL: [number, number, number, number, number, number | null, number | null][] = [
  [1, 1, 1, 0, 1, 1, 1], [1, 1, 1, 0, 2, 1, 1], [1, 1, 2, 0, 1, 1, 1], [1, 1, 2, 0, 2, 1, 1], [1, 1, 3, 0, 1, 1, 1], [1, 1, 3, 0, 2, 1, 1], [1, 2, 1, 0, 1, null, null], [1, 2, 1, 1, 1, 2, 2],
  [1, 2, 1, 0, 2, null, null], [1, 2, 1, 1, 2, 1, 1], [1, 2, 2, 0, 1, null, 1], [1, 2, 2, 1, 1, 1, 1], [1, 2, 2, 0, 2, null, null], [1, 2, 2, 1, 2, 1, 1], [1, 2, 3, 0, 1, null, 1], [1, 2, 3, 1, 1, 1, 1],
  [1, 2, 3, 0, 2, null, 1], [1, 2, 3, 1, 2, 1, 1], [1, 3, 1, 0, 1, null, null], [1, 3, 1, 1, 1, 1, 1], [1, 3, 1, 0, 2, null, null], [1, 3, 1, 1, 2, null, null], [1, 3, 2, 0, 1, null, null], [1, 3, 2, 1, 1, 1, 1],
  [1, 3, 2, 0, 2, null, null], [1, 3, 2, 1, 2, null, null], [1, 3, 3, 0, 1, null, 1], [1, 3, 3, 1, 1, 1, 1], [1, 3, 3, 0, 2, null, null], [1, 3, 3, 1, 2, null, 1], [1, 4, 1, 0, 1, null, null], [1, 4, 1, 1, 1, null, null],
  [1, 4, 1, 2, 1, 2, 2], [1, 4, 1, 0, 2, null, null], [1, 4, 1, 1, 2, null, null], [1, 4, 1, 2, 2, null, null], [1, 4, 2, 0, 1, null, null], [1, 4, 2, 1, 1, null, 1], [1, 4, 2, 2, 1, 1, 2], [1, 4, 2, 0, 2, null, null],
  [1, 4, 2, 1, 2, null, null], [1, 4, 2, 2, 2, null, null], [1, 4, 3, 0, 1, null, null], [1, 4, 3, 1, 1, null, 1], [1, 4, 3, 2, 1, 1, 1], [1, 4, 3, 0, 2, null, null], [1, 4, 3, 1, 2, null, null], [1, 4, 3, 2, 2, null, 1],
  [2, 1, 1, 0, 1, 2, 2], [2, 1, 1, 0, 2, 2, 2], [2, 1, 2, 0, 1, 1, 1], [2, 1, 2, 0, 2, 1, 1], [2, 1, 3, 0, 1, 1, 1], [2, 1, 3, 0, 2, 1, 1], [2, 2, 1, 0, 1, 1, 1], [2, 2, 1, 1, 1, 3, 3],
  [2, 2, 1, 0, 2, null, null], [2, 2, 1, 1, 2, 2, 2], [2, 2, 2, 0, 1, 1, 1], [2, 2, 2, 1, 1, 2, 2], [2, 2, 2, 0, 2, null, 1], [2, 2, 2, 1, 2, 1, 2], [2, 2, 3, 0, 1, 1, 1], [2, 2, 3, 1, 1, 1, 1],
  [2, 2, 3, 0, 2, null, 1], [2, 2, 3, 1, 2, 1, 1], [2, 3, 1, 0, 1, null, null], [2, 3, 1, 1, 1, 2, 2], [2, 3, 1, 0, 2, null, null], [2, 3, 1, 1, 2, null, null], [2, 3, 2, 0, 1, null, 1], [2, 3, 2, 1, 1, 1, 2],
  [2, 3, 2, 0, 2, null, null], [2, 3, 2, 1, 2, null, 1], [2, 3, 3, 0, 1, null, 1], [2, 3, 3, 1, 1, 1, 1], [2, 3, 3, 0, 2, null, null], [2, 3, 3, 1, 2, null, 1], [2, 4, 1, 0, 1, null, null], [2, 4, 1, 1, 1, 1, 1],
  [2, 4, 1, 2, 1, 3, 3], [2, 4, 1, 0, 2, null, null], [2, 4, 1, 1, 2, null, null], [2, 4, 1, 2, 2, null, null], [2, 4, 2, 0, 1, null, null], [2, 4, 2, 1, 1, 1, 1], [2, 4, 2, 2, 1, 2, 2], [2, 4, 2, 0, 2, null, null],
  [2, 4, 2, 1, 2, null, null], [2, 4, 2, 2, 2, null, 1], [2, 4, 3, 0, 1, null, 1], [2, 4, 3, 1, 1, 1, 1], [2, 4, 3, 2, 1, 1, 2], [2, 4, 3, 0, 2, null, null], [2, 4, 3, 1, 2, null, null], [2, 4, 3, 2, 2, null, 1],
  [3, 1, 1, 0, 1, 3, 3], [3, 1, 1, 0, 2, 3, 3], [3, 1, 2, 0, 1, 2, 2], [3, 1, 2, 0, 2, 2, 2], [3, 1, 3, 0, 1, 1, 1], [3, 1, 3, 0, 2, 1, 1], [3, 2, 1, 0, 1, 2, 2], [3, 2, 1, 1, 1, 4, 4],
  [3, 2, 1, 0, 2, 1, 1], [3, 2, 1, 1, 2, 3, 3], [3, 2, 2, 0, 1, 1, 2], [3, 2, 2, 1, 1, 2, 2], [3, 2, 2, 0, 2, 1, 1], [3, 2, 2, 1, 2, 2, 2], [3, 2, 3, 0, 1, 1, 1], [3, 2, 3, 1, 1, 2, 2],
  [3, 2, 3, 0, 2, 1, 1], [3, 2, 3, 1, 2, 1, 2], [3, 3, 1, 0, 1, 1, 1], [3, 3, 1, 1, 1, 3, 3], [3, 3, 1, 0, 2, null, null], [3, 3, 1, 1, 2, 1, 1], [3, 3, 2, 0, 1, 1, 1], [3, 3, 2, 1, 1, 2, 2],
  [3, 3, 2, 0, 2, null, null], [3, 3, 2, 1, 2, 1, 1], [3, 3, 3, 0, 1, 1, 1], [3, 3, 3, 1, 1, 1, 2], [3, 3, 3, 0, 2, null, 1], [3, 3, 3, 1, 2, 1, 1], [3, 4, 1, 0, 1, null, null], [3, 4, 1, 1, 1, 2, 2],
  [3, 4, 1, 2, 1, 4, 4], [3, 4, 1, 0, 2, null, null], [3, 4, 1, 1, 2, null, null], [3, 4, 1, 2, 2, 1, 1], [3, 4, 2, 0, 1, null, 1], [3, 4, 2, 1, 1, 1, 2], [3, 4, 2, 2, 1, 2, 3], [3, 4, 2, 0, 2, null, null],
  [3, 4, 2, 1, 2, null, null], [3, 4, 2, 2, 2, 1, 1], [3, 4, 3, 0, 1, null, 1], [3, 4, 3, 1, 1, 1, 2], [3, 4, 3, 2, 1, 2, 2], [3, 4, 3, 0, 2, null, null], [3, 4, 3, 1, 2, null, 1], [3, 4, 3, 2, 2, 1, 1],
  [4, 1, 1, 0, 1, 4, 4], [4, 1, 1, 0, 2, 4, 4], [4, 1, 2, 0, 1, 2, 2], [4, 1, 2, 0, 2, 2, 2], [4, 1, 3, 0, 1, 2, 2], [4, 1, 3, 0, 2, 2, 2], [4, 2, 1, 0, 1, 3, 3], [4, 2, 1, 1, 1, 5, 5],
  [4, 2, 1, 0, 2, 2, 2], [4, 2, 1, 1, 2, 4, 4], [4, 2, 2, 0, 1, 2, 2], [4, 2, 2, 1, 1, 3, 3], [4, 2, 2, 0, 2, 1, 2], [4, 2, 2, 1, 2, 2, 3], [4, 2, 3, 0, 1, 1, 2], [4, 2, 3, 1, 1, 2, 2],
  [4, 2, 3, 0, 2, 1, 2], [4, 2, 3, 1, 2, 2, 2], [4, 3, 1, 0, 1, 2, 2], [4, 3, 1, 1, 1, 4, 4], [4, 3, 1, 0, 2, null, null], [4, 3, 1, 1, 2, 2, 2], [4, 3, 2, 0, 1, 1, 2], [4, 3, 2, 1, 1, 2, 3],
  [4, 3, 2, 0, 2, null, 1], [4, 3, 2, 1, 2, 1, 2], [4, 3, 3, 0, 1, 1, 2], [4, 3, 3, 1, 1, 2, 2], [4, 3, 3, 0, 2, null, 1], [4, 3, 3, 1, 2, 1, 2], [4, 4, 1, 0, 1, 1, 1], [4, 4, 1, 1, 1, 3, 3],
  [4, 4, 1, 2, 1, 5, 5], [4, 4, 1, 0, 2, null, null], [4, 4, 1, 1, 2, null, null], [4, 4, 1, 2, 2, 2, 2], [4, 4, 2, 0, 1, 1, 1], [4, 4, 2, 1, 1, 2, 2], [4, 4, 2, 2, 1, 3, 3], [4, 4, 2, 0, 2, null, null],
  [4, 4, 2, 1, 2, null, 1], [4, 4, 2, 2, 2, 1, 2], [4, 4, 3, 0, 1, 1, 1], [4, 4, 3, 1, 1, 1, 2], [4, 4, 3, 2, 1, 2, 2], [4, 4, 3, 0, 2, null, null], [4, 4, 3, 1, 2, null, 1], [4, 4, 3, 2, 2, 1, 2],
  [5, 1, 1, 0, 1, 5, 5], [5, 1, 1, 0, 2, 5, 5], [5, 1, 2, 0, 1, 3, 3], [5, 1, 2, 0, 2, 3, 3], [5, 1, 3, 0, 1, 2, 2], [5, 1, 3, 0, 2, 2, 2], [5, 2, 1, 0, 1, 4, 4], [5, 2, 1, 1, 1, 6, 6],
  [5, 2, 1, 0, 2, 3, 3], [5, 2, 1, 1, 2, 5, 5], [5, 2, 2, 0, 1, 2, 3], [5, 2, 2, 1, 1, 3, 3], [5, 2, 2, 0, 2, 2, 2], [5, 2, 2, 1, 2, 3, 3], [5, 2, 3, 0, 1, 2, 2], [5, 2, 3, 1, 1, 2, 2],
  [5, 2, 3, 0, 2, 1, 2], [5, 2, 3, 1, 2, 2, 2], [5, 3, 1, 0, 1, 3, 3], [5, 3, 1, 1, 1, 5, 5], [5, 3, 1, 0, 2, 1, 1], [5, 3, 1, 1, 2, 3, 3], [5, 3, 2, 0, 1, 2, 2], [5, 3, 2, 1, 1, 3, 3],
  [5, 3, 2, 0, 2, 1, 1], [5, 3, 2, 1, 2, 2, 2], [5, 3, 3, 0, 1, 1, 2], [5, 3, 3, 1, 1, 2, 2], [5, 3, 3, 0, 2, 1, 1], [5, 3, 3, 1, 2, 1, 2], [5, 4, 1, 0, 1, 2, 2], [5, 4, 1, 1, 1, 4, 4],
  [5, 4, 1, 2, 1, 6, 6], [5, 4, 1, 0, 2, null, null], [5, 4, 1, 1, 2, 1, 1], [5, 4, 1, 2, 2, 3, 3], [5, 4, 2, 0, 1, 1, 2], [5, 4, 2, 1, 1, 2, 3], [5, 4, 2, 2, 1, 3, 4], [5, 4, 2, 0, 2, null, null],
  [5, 4, 2, 1, 2, 1, 1], [5, 4, 2, 2, 2, 2, 2], [5, 4, 3, 0, 1, 1, 2], [5, 4, 3, 1, 1, 2, 2], [5, 4, 3, 2, 1, 2, 3], [5, 4, 3, 0, 2, null, 1], [5, 4, 3, 1, 2, 1, 1], [5, 4, 3, 2, 2, 1, 2],
  [6, 1, 1, 0, 1, 6, 6], [6, 1, 1, 0, 2, 6, 6], [6, 1, 2, 0, 1, 3, 3], [6, 1, 2, 0, 2, 3, 3], [6, 1, 3, 0, 1, 2, 2], [6, 1, 3, 0, 2, 2, 2], [6, 2, 1, 0, 1, 5, 5], [6, 2, 1, 1, 1, 7, 7],
  [6, 2, 1, 0, 2, 4, 4], [6, 2, 1, 1, 2, 6, 6], [6, 2, 2, 0, 1, 3, 3], [6, 2, 2, 1, 1, 4, 4], [6, 2, 2, 0, 2, 2, 3], [6, 2, 2, 1, 2, 3, 4], [6, 2, 3, 0, 1, 2, 2], [6, 2, 3, 1, 1, 3, 3],
  [6, 2, 3, 0, 2, 2, 2], [6, 2, 3, 1, 2, 2, 3], [6, 3, 1, 0, 1, 4, 4], [6, 3, 1, 1, 1, 6, 6], [6, 3, 1, 0, 2, 2, 2], [6, 3, 1, 1, 2, 4, 4], [6, 3, 2, 0, 1, 2, 3], [6, 3, 2, 1, 1, 3, 4],
  [6, 3, 2, 0, 2, 1, 2], [6, 3, 2, 1, 2, 2, 3], [6, 3, 3, 0, 1, 2, 2], [6, 3, 3, 1, 1, 2, 3], [6, 3, 3, 0, 2, 1, 2], [6, 3, 3, 1, 2, 2, 2], [6, 4, 1, 0, 1, 3, 3], [6, 4, 1, 1, 1, 5, 5],
  [6, 4, 1, 2, 1, 7, 7], [6, 4, 1, 0, 2, null, null], [6, 4, 1, 1, 2, 2, 2], [6, 4, 1, 2, 2, 4, 4], [6, 4, 2, 0, 1, 2, 2], [6, 4, 2, 1, 1, 3, 3], [6, 4, 2, 2, 1, 4, 4], [6, 4, 2, 0, 2, null, 1],
  [6, 4, 2, 1, 2, 1, 2], [6, 4, 2, 2, 2, 2, 3], [6, 4, 3, 0, 1, 1, 2], [6, 4, 3, 1, 1, 2, 3], [6, 4, 3, 2, 1, 3, 3], [6, 4, 3, 0, 2, null, 1], [6, 4, 3, 1, 2, 1, 2], [6, 4, 3, 2, 2, 2, 2],
  [7, 1, 1, 0, 1, 7, 7], [7, 1, 1, 0, 2, 7, 7], [7, 1, 2, 0, 1, 4, 4], [7, 1, 2, 0, 2, 4, 4], [7, 1, 3, 0, 1, 3, 3], [7, 1, 3, 0, 2, 3, 3], [7, 2, 1, 0, 1, 6, 6], [7, 2, 1, 1, 1, 8, 8],
  [7, 2, 1, 0, 2, 5, 5], [7, 2, 1, 1, 2, 7, 7], [7, 2, 2, 0, 1, 3, 4], [7, 2, 2, 1, 1, 4, 4], [7, 2, 2, 0, 2, 3, 3], [7, 2, 2, 1, 2, 4, 4], [7, 2, 3, 0, 1, 2, 3], [7, 2, 3, 1, 1, 3, 3],
  [7, 2, 3, 0, 2, 2, 3], [7, 2, 3, 1, 2, 3, 3], [7, 3, 1, 0, 1, 5, 5], [7, 3, 1, 1, 1, 7, 7], [7, 3, 1, 0, 2, 3, 3], [7, 3, 1, 1, 2, 5, 5], [7, 3, 2, 0, 1, 3, 3], [7, 3, 2, 1, 1, 4, 4],
  [7, 3, 2, 0, 2, 2, 2], [7, 3, 2, 1, 2, 3, 3], [7, 3, 3, 0, 1, 2, 3], [7, 3, 3, 1, 1, 3, 3], [7, 3, 3, 0, 2, 1, 2], [7, 3, 3, 1, 2, 2, 3], [7, 4, 1, 0, 1, 4, 4], [7, 4, 1, 1, 1, 6, 6],
  [7, 4, 1, 2, 1, 8, 8], [7, 4, 1, 0, 2, 1, 1], [7, 4, 1, 1, 2, 3, 3], [7, 4, 1, 2, 2, 5, 5], [7, 4, 2, 0, 1, 2, 3], [7, 4, 2, 1, 1, 3, 4], [7, 4, 2, 2, 1, 4, 5], [7, 4, 2, 0, 2, 1, 1],
  [7, 4, 2, 1, 2, 2, 2], [7, 4, 2, 2, 2, 3, 3], [7, 4, 3, 0, 1, 2, 2], [7, 4, 3, 1, 1, 2, 3], [7, 4, 3, 2, 1, 3, 3], [7, 4, 3, 0, 2, 1, 1], [7, 4, 3, 1, 2, 1, 2], [7, 4, 3, 2, 2, 2, 3],
];

describe('per-axis arithmetic', () => {
  it("samePadding: d·(k − 1) zeros, the odd one after (k=4 → 1+2, k=3 d=2 → 2+2, k=2 d=3 → 1+2, k=1 → 0+0)", () => {
    expect([samePadding(4), samePadding(3, 2), samePadding(2, 3), samePadding(1)]).toEqual([[1, 2], [2, 2], [1, 2], [0, 0]]);
  });

  it("paddingPerSide: numbers and pairs on both sides, 'valid' none, 'same' per axis (k=[4,3] d=[1,2] → [[1,2],[2,2]])", () => {
    expect(paddingPerSide(1, 3)).toEqual([[1, 1], [1, 1]]);
    expect(paddingPerSide([2, 0], 3)).toEqual([[2, 2], [0, 0]]);
    expect(paddingPerSide('valid', 5, 2)).toEqual([[0, 0], [0, 0]]);
    expect(paddingPerSide('same', [4, 3], [1, 2])).toEqual([[1, 2], [2, 2]]);
  });

  it(`pool2dOutputSize matches max_pool2d on torch 1.13 in both ceil modes (${TORCH_POOL.length} settings)`, () => {
    for (const [n, k, s, p, d, floor, ceil] of TORCH_POOL) {
      const sizes = [pool2dOutputSize(n, k, s, p, d, false), pool2dOutputSize(n, k, s, p, d, true)];
      expect(sizes.map((v) => (v >= 1 ? v : null)), `n=${n} k=${k} s=${s} p=${p} d=${d}`).toEqual([floor, ceil]);
    }
  });

  it('pool2dGeometry gives the same sizes per axis and throws exactly where torch does (H and W drawn from two rows)', () => {
    TORCH_POOL.forEach(([n, k, s, p, d, floor, ceil], i) => {
      const [n2, k2, s2, p2, d2, floor2, ceil2] = TORCH_POOL[(i * 37) % TORCH_POOL.length];
      for (const [ceilMode, h, w] of [[false, floor, floor2], [true, ceil, ceil2]] as const) {
        const call = () => pool2dGeometry('maxPool2d', [1, n, n2], [k, k2], [s, s2], [p, p2], [d, d2], ceilMode);
        if (h === null || w === null) expect(call, `row ${i}`).toThrow(/^maxPool2d: .*kernel_size=/);
        else expect(call()).toMatchObject({ outH: h, outW: w });
      }
    });
  });

  it('with ceil_mode the last window starts inside the input or its left padding (x=1 k=2 s=2 p=0 → 1; x=5 k=3 s=2 p=1 → 3, not 4)', () => {
    expect(pool2dOutputSize(1, 2, 2, 0, 1, true)).toBe(1);
    expect(pool2dOutputSize(5, 3, 2, 1, 1, true)).toBe(3);
    expect(pool2dOutputSize(6, 3, 2, 1, 1, true)).toBe(4);
    expect(pool2dGeometry('avgPool2d', [2, 5, 6], 3, 2, 1, 1, true)).toMatchObject({ outH: 3, outW: 4, padBottom: 1, padRight: 1, channels: 2 });
  });

  it('within the padding limit, ceil_mode adds at most one cell (none for stride 1), and its last window starts inside input or left padding', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 2 }), fc.integer({ min: 1, max: 3 }), (n, k, s, p, d) => {
        fc.pre(p <= Math.floor((d * (k - 1) + 1) / 2));
        const floor = pool2dOutputSize(n, k, s, p, d, false);
        const ceil = pool2dOutputSize(n, k, s, p, d, true);
        expect(floor).toBe(conv2dOutputSize(n, k, s, p, d));
        expect(ceil - floor).toBeGreaterThanOrEqual(0);
        expect(ceil - floor).toBeLessThanOrEqual(s === 1 ? 0 : 1);
        if (ceil >= 1) expect((ceil - 1) * s).toBeLessThan(n + p);
      }),
      RUNS,
    );
  });
});

const input = (inChannels: number, h: number, w: number) => ({ inChannels, size: [h, w] as const });
const conv = (o: Partial<Conv2dLayer> = {}): Conv2dLayer => ({ outChannels: 1, kernelSize: 3, ...o });
const convT = (o: Partial<ConvTranspose2dLayer> = {}): ConvTranspose2dLayer => ({ outChannels: 1, kernelSize: 3, ...o });

describe('range issues: values[param] is the value as given; later rules are not checked', () => {
  const cases: [string, GeometryIssue[], GeometryIssue][] = [
    ['kernel_size=[1,2,3] is not a pair', conv2dIssues(input(1, 5, 5), conv({ kernelSize: [1, 2, 3] as unknown as Pair })), { code: 'notPair', param: 'kernel_size', values: { kernel_size: '1,2,3' } }],
    ['stride=1.5', conv2dIssues(input(1, 5, 5), conv({ stride: 1.5 })), { code: 'notInteger', param: 'stride', values: { stride: '1.5' } }],
    ['groups=1.5', conv2dIssues(input(1, 5, 5), conv({ groups: 1.5 })), { code: 'notInteger', param: 'groups', values: { groups: 1.5 } }],
    ['dilation=[2,0]', conv2dIssues(input(1, 9, 9), conv({ dilation: [2, 0] })), { code: 'notPositive', param: 'dilation', values: { dilation: '(2, 0)' } }],
    ['groups=0', conv2dIssues(input(1, 5, 5), conv({ groups: 0 })), { code: 'notPositive', param: 'groups', values: { groups: 0 } }],
    ['padding=-1', conv2dIssues(input(1, 5, 5), conv({ padding: -1 })), { code: 'negative', param: 'padding', values: { padding: '-1' } }],
    ["padding='full'", conv2dIssues(input(1, 5, 5), conv({ padding: 'full' as 'same' })), { code: 'paddingMode', param: 'padding', values: { padding: 'full' } }],
    ['transposed output_padding=-1', convTranspose2dIssues(input(1, 2, 2), convT({ outputPadding: -1 })), { code: 'negative', param: 'output_padding', values: { output_padding: '-1' } }],
    ['pool kernel_size=0 (stride defaults to it: one issue each)', pool2dIssues({ size: [6, 6] }, { kernelSize: 0 }), { code: 'notPositive', param: 'kernel_size', values: { kernel_size: '0' } }],
    ['pool dilation=0', pool2dIssues({ size: [6, 6] }, { kernelSize: 2, dilation: 0 }), { code: 'notPositive', param: 'dilation', values: { dilation: '0' } }],
    ['groupsIssues groups=-1', groupsIssues(4, 4, -1), { code: 'notPositive', param: 'groups', values: { groups: -1 } }],
  ];
  for (const [name, issues, first] of cases) {
    it(name, () => expect(issues[0]).toEqual(first));
  }

  it('stride=0 with groups=3 over 4 channels reports only the stride (groups divide later)', () => {
    expect(conv2dIssues(input(4, 5, 5), conv({ stride: 0, groups: 3, outChannels: 3 })).map((i) => i.code)).toEqual(['notPositive']);
  });
});

describe('rules: each code, its param and its values', () => {
  it('groupsIn / groupsOut: groups must divide in_channels, then out_channels (one groups issue at most)', () => {
    expect(groupsIssues(4, 6, 3)).toEqual([{ code: 'groupsIn', param: 'groups', values: { groups: 3, in_channels: 4 } }]);
    expect(groupsIssues(4, 3, 2)).toEqual([{ code: 'groupsOut', param: 'groups', values: { groups: 2, out_channels: 3 } }]);
    expect(groupsIssues(6, 9, 3)).toEqual([]);
    expect(conv2dIssues(input(4, 5, 5), conv({ outChannels: 3, groups: 2 }))).toEqual(groupsIssues(4, 3, 2));
    expect(convTranspose2dIssues(input(3, 2, 2), convT({ outChannels: 2, groups: 2 }))).toEqual(groupsIssues(3, 2, 2));
  });

  it("sameNeedsStride1: padding='same' with stride=(1, 2) names the stride, param padding", () => {
    expect(conv2dIssues(input(1, 5, 5), conv({ padding: 'same', stride: [1, 2] }))).toEqual([{ code: 'sameNeedsStride1', param: 'padding', values: { stride: '(1, 2)' } }]);
  });

  it('kernelTooLarge: x=[1,2,9] k=3 d=2 p=1 spans 5 over a padded height of 4; padding 2 would fit; param dilation', () => {
    expect(conv2dIssues(input(1, 2, 9), conv({ dilation: 2, padding: 1 }))).toEqual([
      { code: 'kernelTooLarge', param: 'dilation', values: { axis: 'height', kernel: 3, dilation: 2, span: 5, padded: 4, size: 2, padding: 2, before: 1, after: 1, needed: 2 } },
    ]);
  });

  it("kernelTooLarge per axis: k=[1,4] over width 2 names the width, param kernel_size; 'same' shows its split 1+2", () => {
    expect(conv2dIssues(input(1, 9, 2), conv({ kernelSize: [1, 4] }))).toEqual([
      { code: 'kernelTooLarge', param: 'kernel_size', values: { axis: 'width', kernel: 4, dilation: 1, span: 4, padded: 2, size: 2, padding: 0, before: 0, after: 0, needed: 1 } },
    ]);
    expect(conv2dIssues(input(1, 0, 3), conv({ kernelSize: 4, padding: 'same' }))[0].values).toMatchObject({ axis: 'height', padded: 3, before: 1, after: 2 });
  });

  it('a setting can have several issues: groups, same with a stride, and both axes too small', () => {
    const issues = conv2dIssues(input(4, 1, 1), conv({ kernelSize: 5, groups: 3, padding: 'same', stride: 2, dilation: 1 }));
    expect(issues.map((i) => [i.code, i.values.axis])).toEqual([['groupsIn', undefined], ['sameNeedsStride1', undefined]]);
    const tooSmall = conv2dIssues(input(1, 1, 2), conv({ kernelSize: 5 }));
    expect(tooSmall.map((i) => [i.code, i.values.axis, i.values.needed])).toEqual([['kernelTooLarge', 'height', 2], ['kernelTooLarge', 'width', 2]]);
  });

  it('outputPadding: output_padding=2 with stride=2, dilation=1 in height; at most 1; dilation=2 allows 1 with stride 1', () => {
    expect(convTranspose2dIssues(input(1, 2, 2), convT({ stride: 2, outputPadding: [2, 1] }))).toEqual([
      { code: 'outputPadding', param: 'output_padding', values: { axis: 'height', output_padding: 2, stride: 2, dilation: 1, max: 1 } },
    ]);
    expect(convTranspose2dIssues(input(1, 2, 2), convT({ dilation: 2, outputPadding: 1 }))).toEqual([]);
  });

  it('outputEmpty: x=[1,2,2] k=3 p=2 crops every cell: (2 − 1)·1 − 4 + 2 + 0 + 1 = 0 per axis; param padding', () => {
    const values = { padding: 2, out: 0, size: 2, kernel: 3, stride: 1, dilation: 1, output_padding: 0 };
    expect(convTranspose2dIssues(input(1, 2, 2), convT({ padding: 2 }))).toEqual([
      { code: 'outputEmpty', param: 'padding', values: { axis: 'height', ...values } },
      { code: 'outputEmpty', param: 'padding', values: { axis: 'width', ...values } },
    ]);
  });

  it('poolPadding: padding=2 over kernel_size=3 (at most 1); the dilated window k=3 d=2 allows 2; param padding', () => {
    expect(pool2dIssues({ size: [6, 6] }, { kernelSize: 3, padding: [0, 2] })).toEqual([
      { code: 'poolPadding', param: 'padding', values: { axis: 'width', padding: 2, max: 1, kernel: 3, dilation: 1, span: 3 } },
    ]);
    expect(pool2dIssues({ size: [9, 9] }, { kernelSize: 3, dilation: 2, padding: 2 })).toEqual([]);
    expect(pool2dIssues({ size: [9, 9] }, { kernelSize: 3, dilation: 2, padding: 3 })[0].values).toMatchObject({ padding: 3, max: 2, span: 5 });
  });

  it('pool kernelTooLarge: 3×3 over 2×2 in floor mode; with ceil_mode the stride gives slack and the values say so', () => {
    expect(pool2dIssues({ size: [2, 2] }, { kernelSize: 3 }).map((i) => [i.code, i.param, i.values.axis])).toEqual([
      ['kernelTooLarge', 'kernel_size', 'height'],
      ['kernelTooLarge', 'kernel_size', 'width'],
    ]);
    expect(pool2dIssues({ size: [2, 2] }, { kernelSize: 3, stride: 2, ceilMode: true })).toEqual([]);
    expect(pool2dIssues({ size: [1, 4] }, { kernelSize: 3, stride: 2, ceilMode: true })).toEqual([
      { code: 'kernelTooLarge', param: 'kernel_size', values: { axis: 'height', kernel: 3, dilation: 1, span: 3, padded: 1, size: 1, padding: 0, before: 0, after: 0, needed: 1, stride: 2, ceil_mode: 'True' } },
    ]);
  });

  it('`needed` padding per side always gives the axis a window (conv, and pooling in both ceil modes)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 7 }), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 3 }), fc.boolean(), (n, k, s, d, ceilMode) => {
        const issue = pool2dIssues({ size: [n, 99] }, { kernelSize: k, stride: s, dilation: d, ceilMode }).find((i) => i.code === 'kernelTooLarge');
        if (!issue) return;
        const needed = Number(issue.values.needed);
        expect(pool2dOutputSize(n, k, s, needed, d, ceilMode)).toBeGreaterThanOrEqual(1);
        expect(pool2dOutputSize(n, k, s, needed - 1, d, ceilMode)).toBeLessThan(1);
        const convLayer = conv({ kernelSize: k, stride: s, dilation: d });
        const [convIssue] = conv2dIssues(input(1, n, 99), convLayer);
        if (convIssue) expect(conv2dIssues(input(1, n, 99), { ...convLayer, padding: Number(convIssue.values.needed) })).toEqual([]);
      }),
      RUNS,
    );
  });
});

describe('formatIssue: the engine message of each rule', () => {
  const [tooLarge] = conv2dIssues(input(1, 2, 9), conv({ dilation: 2, padding: 1 }));
  const [same] = conv2dIssues(input(1, 0, 3), conv({ kernelSize: 4, padding: 'same' }));
  const [ceil] = pool2dIssues({ size: [1, 4] }, { kernelSize: 3, stride: 2, ceilMode: true });
  const [outputPadding] = convTranspose2dIssues(input(1, 2, 2), convT({ outputPadding: [0, 1] }));
  const [empty] = convTranspose2dIssues(input(1, 2, 2), convT({ padding: 2 }));
  const [poolPadding] = pool2dIssues({ size: [9, 9] }, { kernelSize: 3, dilation: 2, padding: 3 });
  const cases: [GeometryIssue, string][] = [
    [tooLarge, 'conv2d: kernel_size=3 with dilation=2 spans 5 cells in height but the padded input is only 4 (size 2 + padding 1+1)'],
    [same, 'conv2d: kernel_size=4 spans 4 cells in height but the padded input is only 3 (size 0 + padding 1+2)'],
    [ceil, 'conv2d: kernel_size=3 spans 3 cells in height but the padded input is only 1 (size 1 + padding 0+0), too few for one window even with ceil_mode=True and stride=2'],
    [outputPadding, 'conv2d: output_padding=1 in width must be smaller than stride=1 or dilation=1 (at most 0 here)'],
    [empty, 'conv2d: padding=2 in height crops more than the 2-cell input spreads to: the output would be (2 − 1)·1 − 2·2 + 1·(3 − 1) + 0 + 1 = 0 cells'],
    [poolPadding, 'conv2d: padding=3 in height must be at most half of the dilated window (kernel_size=3, dilation=2, spans 5), i.e. 2'],
    [groupsIssues(4, 4, 3)[0], 'conv2d: groups=3 must divide in_channels=4'],
    [groupsIssues(4, 3, 2)[0], 'conv2d: groups=2 must divide out_channels=3'],
    [conv2dIssues(input(1, 5, 5), conv({ padding: 'same', stride: [1, 2] }))[0], "conv2d: padding='same' needs stride=1 (PyTorch rejects it for strided convolutions), got stride=(1, 2)"],
    [conv2dIssues(input(1, 5, 5), conv({ stride: [1, -2] }))[0], 'conv2d: stride=(1, -2) must be positive'],
    [conv2dIssues(input(1, 5, 5), conv({ padding: 0.5 }))[0], 'conv2d: padding=0.5 must be an integer'],
    [conv2dIssues(input(1, 5, 5), conv({ padding: [0, -1] }))[0], 'conv2d: padding=(0, -1) must be non-negative'],
    [conv2dIssues(input(1, 5, 5), conv({ padding: 'full' as 'same' }))[0], "conv2d: padding='full' must be a number, [h, w], 'same' or 'valid'"],
    [conv2dIssues(input(1, 5, 5), conv({ kernelSize: [1, 2, 3] as unknown as Pair }))[0], 'conv2d: kernel_size=1,2,3 must be a number or [h, w]'],
  ];
  for (const [issue, message] of cases) {
    it(message, () => expect(formatIssue('conv2d', issue)).toBe(message));
  }
});

/** Small settings, valid or not: zero and negative values, non-dividing groups, 'same' and 'valid'. */
const setting = fc.record({
  inChannels: fc.integer({ min: 1, max: 6 }),
  outPerGroup: fc.integer({ min: 1, max: 3 }),
  groups: fc.oneof(fc.integer({ min: -1, max: 4 }), fc.constant(1.5)),
  h: fc.integer({ min: 0, max: 7 }),
  w: fc.integer({ min: 0, max: 7 }),
  kernelSize: fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 1, max: 5 })),
  stride: fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 1, max: 3 })),
  padding: fc.tuple(fc.integer({ min: -1, max: 3 }), fc.integer({ min: 0, max: 3 })),
  outputPadding: fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 })),
  dilation: fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 1, max: 3 })),
  mode: fc.constantFrom('numbers', 'same', 'valid'),
  ceilMode: fc.boolean(),
  strideDefault: fc.boolean(),
});
type Setting = typeof setting extends fc.Arbitrary<infer T> ? T : never;

/** The geometry throws exactly when there are issues, and then with the first one's message. */
function agrees(issues: GeometryIssue[], op: string, call: () => unknown): void {
  const message = thrown(call);
  if (issues.length === 0) expect(message).toBeNull();
  else expect(message).toBe(formatIssue(op, issues[0]));
}

/** Weight dimension 1 that matches the groups when they divide the channels (else the groups issue comes first). */
const inPerGroup = (c: Setting) => (Number.isInteger(c.inChannels / c.groups) && c.inChannels / c.groups > 0 ? c.inChannels / c.groups : 1);

describe('issues are empty exactly when the geometry does not throw (and it throws the first issue)', () => {
  it('conv2d', () => {
    fc.assert(
      fc.property(setting, (c) => {
        const outChannels = c.outPerGroup * Math.max(1, Math.round(c.groups));
        const padding = c.mode === 'numbers' ? c.padding : c.mode;
        const options = { stride: c.stride, padding, dilation: c.dilation, groups: c.groups } as const;
        const issues = conv2dIssues(input(c.inChannels, c.h, c.w), { outChannels, kernelSize: c.kernelSize, ...options });
        agrees(issues, 'conv2d', () => conv2dGeometry([c.inChannels, c.h, c.w], [outChannels, inPerGroup(c), ...c.kernelSize], options));
      }),
      RUNS,
    );
  });

  it('convTranspose2d', () => {
    fc.assert(
      fc.property(setting, (c) => {
        const options = { stride: c.stride, padding: c.padding, outputPadding: c.outputPadding, dilation: c.dilation, groups: c.groups };
        const issues = convTranspose2dIssues(input(c.inChannels, c.h, c.w), { outChannels: c.outPerGroup * c.groups, kernelSize: c.kernelSize, ...options });
        agrees(issues, 'convTranspose2d', () => convTranspose2dGeometry([c.inChannels, c.h, c.w], [c.inChannels, c.outPerGroup, ...c.kernelSize], options));
      }),
      RUNS,
    );
  });

  it('pool2d', () => {
    fc.assert(
      fc.property(setting, (c) => {
        const stride = c.strideDefault ? undefined : c.stride;
        const layer = { kernelSize: c.kernelSize, stride, padding: c.padding, dilation: c.dilation, ceilMode: c.ceilMode };
        const issues = pool2dIssues({ size: [c.h, c.w] }, layer);
        agrees(issues, 'maxPool2d', () => pool2dGeometry('maxPool2d', [c.inChannels, c.h, c.w], c.kernelSize, stride, c.padding, c.dilation, c.ceilMode));
      }),
      RUNS,
    );
  });

  it('the generated settings reach every rule (so the properties above are not vacuous)', () => {
    const codes = new Set<string>();
    for (const c of fc.sample(setting, { numRuns: 3000, seed: 1 })) {
      const padding = c.mode === 'numbers' ? c.padding : c.mode;
      for (const i of conv2dIssues(input(c.inChannels, c.h, c.w), { outChannels: c.outPerGroup * 2, kernelSize: c.kernelSize, stride: c.stride, padding, dilation: c.dilation, groups: c.groups })) codes.add(i.code);
      for (const i of convTranspose2dIssues(input(c.inChannels, c.h, c.w), { outChannels: c.outPerGroup, kernelSize: c.kernelSize, stride: c.stride, padding: c.padding, outputPadding: c.outputPadding, dilation: c.dilation, groups: c.groups })) codes.add(i.code);
      for (const i of pool2dIssues({ size: [c.h, c.w] }, { kernelSize: c.kernelSize, padding: c.padding, dilation: c.dilation, ceilMode: c.ceilMode })) codes.add(i.code);
    }
    expect([...codes].sort()).toEqual(['groupsIn', 'groupsOut', 'kernelTooLarge', 'negative', 'notInteger', 'notPositive', 'outputEmpty', 'outputPadding', 'poolPadding', 'sameNeedsStride1']);
  });
});
