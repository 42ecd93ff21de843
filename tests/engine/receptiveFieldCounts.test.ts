import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { conv2d, receptiveField, receptiveFieldCounts, stackSizes, tensor } from '../../src/engine/index.ts';

describe('receptiveFieldCounts', () => {
  it('two 3×3 layers on 9×9: the centre output sees 5×5 input cells, 9 paths at the centre, 1 at the corners', () => {
    const counts = receptiveFieldCounts([{ kernelSize: 3 }, { kernelSize: 3 }], [9, 9], 2, [2, 2]);
    expect(counts).toHaveLength(3);
    const input = counts[0];
    const seen = [...input].map((c, i) => (c > 0 ? i : -1)).filter((i) => i >= 0);
    expect(seen).toHaveLength(25);
    expect(input[4 * 9 + 4]).toBe(9);
    expect(input[2 * 9 + 2]).toBe(1);
    expect([...counts[1]].filter((c) => c > 0)).toHaveLength(9);
  });

  it('the counts equal the sums of a conv2d stack with all-ones kernels applied to an impulse (brute force)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ k: fc.integer({ min: 1, max: 3 }), s: fc.integer({ min: 1, max: 2 }), p: fc.integer({ min: 0, max: 1 }), d: fc.integer({ min: 1, max: 2 }) }), { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 6, max: 12 }),
        (spec, n) => {
          const layers = spec.map((l) => ({ kernelSize: l.k, stride: l.s, padding: l.p, dilation: l.d }));
          const sizes = stackSizes(layers, [n, n]);
          fc.pre(sizes.every(([h, w]) => h >= 1 && w >= 1));
          const top = sizes.length - 1;
          const cell = [Math.floor(sizes[top][0] / 2), Math.floor(sizes[top][1] / 2)] as const;
          const counts = receptiveFieldCounts(layers, [n, n], top, cell);
          // Brute force: the output cell's dependence on each input cell, by running the stack on impulses.
          for (let y = 0; y < n; y++) {
            for (let x = 0; x < n; x++) {
              let t = tensor([1, n, n]);
              t.data[y * n + x] = 1;
              for (const l of layers) t = conv2d(t, tensor([1, 1, l.kernelSize, l.kernelSize], new Array(l.kernelSize ** 2).fill(1)), null, { stride: l.stride, padding: l.padding, dilation: l.dilation });
              expect(t.data[cell[0] * sizes[top][1] + cell[1]]).toBe(counts[0][y * n + x]);
            }
          }
        },
      ),
      { numRuns: 25 },
    );
  });

  it('without border clipping the field spans exactly r cells per axis', () => {
    const layers = [{ kernelSize: 3, dilation: 1 }, { kernelSize: 3, dilation: 2 }, { kernelSize: 3, dilation: 4 }];
    const counts = receptiveFieldCounts(layers, [40, 40], 3, [13, 13]);
    const rows = new Set<number>();
    counts[0].forEach((c, i) => c > 0 && rows.add(Math.floor(i / 40)));
    expect(rows.size).toBe(receptiveField(layers).at(-1)?.r[0]);
    expect(rows.size).toBe(15);
  });

  it('names the layer and cell when they are out of range', () => {
    expect(() => receptiveFieldCounts([{ kernelSize: 3 }], [5, 5], 2, [0, 0])).toThrow(/^receptiveFieldCounts: layer=2 must be between 0 and 1/);
    expect(() => receptiveFieldCounts([{ kernelSize: 3 }], [5, 5], 1, [3, 0])).toThrow(/^receptiveFieldCounts: cell \[3,0\] is outside layer 1 of size 3×3/);
  });
});
