import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { randomTensor, seededRandom } from '../../src/engine/index.ts';

/** The first values of mulberry32 for seed 1, as every scene's seeded numbers have always been drawn. */
const FIRST = [0.6270739405881613, 0.002735721180215478, 0.5274470399599522];

describe('seededRandom and randomTensor', () => {
  it('keeps the sequence the scenes were built on', () => {
    const rng = seededRandom(1);
    expect([rng(), rng(), rng()]).toEqual(FIRST);
  });

  it('a tensor drawn in one loop equals one drawn number by number, and the generator goes on where it stopped', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.integer({ min: 0, max: 300 }), fc.boolean(), fc.integer({ min: -9, max: 0 }), fc.integer({ min: 1, max: 9 }), (seed, n, integers, min, max) => {
        const fast = seededRandom(seed);
        const t = randomTensor([n], fast, { min, max, integers });
        const slow = seededRandom(seed);
        // A plain function has no `fill`: randomTensor draws its numbers one call at a time.
        const u = randomTensor([n], () => slow(), { min, max, integers });
        expect(Array.from(t.data)).toEqual(Array.from(u.data));
        expect(fast()).toBe(slow());
      }),
    );
  });

  it('integers fall in [min, max], both ends reached', () => {
    const t = randomTensor([2000], seededRandom(7), { min: 0, max: 9, integers: true });
    expect(Math.min(...t.data)).toBe(0);
    expect(Math.max(...t.data)).toBe(9);
    expect(t.data.every((v) => Number.isInteger(v))).toBe(true);
  });
});
