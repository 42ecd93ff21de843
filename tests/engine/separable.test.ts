import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { conv2d, randomTensor, rank1Factors, seededRandom, separableConv2d, tensor } from '../../src/engine/index.ts';

const SOBEL_X = [1, 0, -1, 2, 0, -2, 1, 0, -1];

describe('rank1Factors', () => {
  it('Sobel-x = [1,2,1]ᵀ × [1,0,−1]', () => {
    expect(rank1Factors(SOBEL_X, 3, 3)).toEqual({ column: [1, 2, 1], row: [1, 0, -1] });
  });
  it('a 1×3 and a 3×1 kernel are rank 1; the Laplacian, sharpen and zero kernels are not', () => {
    expect(rank1Factors([1, 2, 3], 1, 3)).toEqual({ column: [3], row: [1 / 3, 2 / 3, 1] });
    expect(rank1Factors([0, 1, 0, 1, -4, 1, 0, 1, 0], 3, 3)).toBeNull();
    expect(rank1Factors([0, -1, 0, -1, 5, -1, 0, -1, 0], 3, 3)).toBeNull();
    expect(rank1Factors(new Array(9).fill(0), 3, 3)).toBeNull();
  });
  it('the column times the row gives the kernel back (random integer outer products up to 7×5)', () => {
    const ints = (max: number) => fc.array(fc.integer({ min: -4, max: 4 }), { minLength: 1, maxLength: max });
    fc.assert(
      fc.property(ints(7), ints(5), (col, row) => {
        const kH = col.length;
        const kW = row.length;
        const k = col.flatMap((a) => row.map((b) => a * b));
        const f = rank1Factors(k, kH, kW);
        if (k.every((v) => v === 0)) return f === null;
        return f !== null && k.every((v, i) => Math.abs(f.column[Math.floor(i / kW)] * f.row[i % kW] - v) < 1e-9);
      }),
      { numRuns: 60 },
    );
  });
  it('a kernel of the wrong length names the op', () => {
    expect(() => rank1Factors([1, 2], 3, 3)).toThrow(/rank1Factors: kernel of 2 values is not 3×3/);
  });
});

describe('separableConv2d', () => {
  it('x=[3,9,11] Sobel-x s=2x1 p=1x2 d=1x2: two 1-D passes equal the 2-D conv exactly on whole numbers', () => {
    const x = randomTensor([3, 9, 11], seededRandom(4), { min: 0, max: 255, integers: true });
    const w = tensor([1, 3, 3, 3]);
    for (let c = 0; c < 3; c++) w.data.set(SOBEL_X, c * 9);
    const options = { stride: [2, 1], padding: [1, 2], dilation: [1, 2] } as const;
    const two = conv2d(x, w, null, options);
    const sep = separableConv2d(x, [1, 2, 1], [1, 0, -1], options);
    expect(sep.shape).toEqual(two.shape);
    expect(Array.from(sep.data)).toEqual(Array.from(two.data));
  });
  it('random rank-1 kernels, sizes, strides, paddings and dilations: identical to conv2d on whole numbers', () => {
    fc.assert(
      fc.property(
        fc.record({
          c: fc.integer({ min: 1, max: 3 }),
          col: fc.array(fc.integer({ min: -3, max: 3 }), { minLength: 1, maxLength: 4 }),
          row: fc.array(fc.integer({ min: -3, max: 3 }), { minLength: 1, maxLength: 4 }),
          s: fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 })),
          p: fc.tuple(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 2 })),
          d: fc.tuple(fc.integer({ min: 1, max: 2 }), fc.integer({ min: 1, max: 2 })),
          seed: fc.integer({ min: 0, max: 1000 }),
        }),
        ({ c, col, row, s, p, d, seed }) => {
          const x = randomTensor([c, 12, 10], seededRandom(seed), { min: 0, max: 255, integers: true });
          const w = tensor([1, c, col.length, row.length]);
          const k = col.flatMap((a) => row.map((b) => a * b));
          for (let ch = 0; ch < c; ch++) w.data.set(k, ch * k.length);
          const options = { stride: s, padding: p, dilation: d };
          const two = conv2d(x, w, null, options);
          const sep = separableConv2d(x, col, row, options);
          return sep.shape.join() === two.shape.join() && two.data.every((v, i) => v === sep.data[i]);
        },
      ),
      { numRuns: 80 },
    );
  });
});
