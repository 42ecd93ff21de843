import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { conv2d, explainConv2d, randomTensor, seededRandom } from '../../src/engine/index.ts';
import type { Conv2dOptions, Tensor } from '../../src/engine/index.ts';
import { at, fmt } from './helpers.ts';

interface Setting {
  x: [number, number, number];
  out: number;
  k: [number, number];
  options: Conv2dOptions;
}

// Shapes that reach each code path of conv2d: the sliding 3×3 path (with row stride and dilation too),
// the general interior loop (other kernels, column stride or dilation), edge rows and columns, and an
// output with no interior at all.
const SETTINGS: Setting[] = [
  { x: [3, 9, 11], out: 2, k: [3, 3], options: { padding: 1 } },
  { x: [2, 11, 8], out: 2, k: [3, 3], options: { stride: [2, 1], padding: 1, dilation: [2, 1] } },
  { x: [4, 7, 7], out: 4, k: [3, 3], options: { padding: 'same', groups: 4 } },
  { x: [2, 7, 9], out: 3, k: [3, 3], options: { padding: 'same', dilation: 2 } },
  { x: [2, 8, 9], out: 2, k: [5, 3], options: { stride: 2, padding: [2, 1] } },
  { x: [3, 6, 7], out: 2, k: [1, 1], options: {} },
  { x: [2, 3, 3], out: 1, k: [3, 3], options: { padding: 3, dilation: 2 } },
  { x: [2, 10, 10], out: 2, k: [3, 3], options: { stride: 3, padding: 0 } },
];

/** The window sums in float64 with no rounding in between: the value the float32 output approximates. */
function reference(x: Tensor, w: Tensor, bias: Tensor | null, options: Conv2dOptions, cell: readonly number[]): number {
  const e = explainConv2d(x, w, bias, options, cell as [number, number, number]);
  return e.terms.reduce((s, t) => s + t.inputValue * t.weightValue, e.bias);
}

function name({ x, out, k, options }: Setting): string {
  return `x=[${x}] O=${out} k=${k[0]}x${k[1]} s=${fmt(options.stride ?? 1)} p=${fmt(options.padding ?? 0)} d=${fmt(options.dilation ?? 1)} g=${options.groups ?? 1}`;
}

describe('conv2d adds in the order explainConv2d writes out, at every output cell', () => {
  for (const s of SETTINGS) {
    it(`${name(s)}: every cell's explanation equals the bulk output exactly, which is within 1e-5 of the unrounded sum`, () => {
      const rng = seededRandom(s.x.reduce((a, b) => a * 31 + b, s.out));
      const groups = s.options.groups ?? 1;
      const x = randomTensor(s.x, rng);
      const w = randomTensor([s.out, s.x[0] / groups, s.k[0], s.k[1]], rng);
      const b = randomTensor([s.out], rng);
      const y = conv2d(x, w, b, s.options);
      const [O, H, W] = y.shape;
      expect(H * W).toBeGreaterThan(0);
      for (let o = 0; o < O; o++) {
        for (let yy = 0; yy < H; yy++) {
          for (let xx = 0; xx < W; xx++) {
            const cell = [o, yy, xx] as const;
            expect(explainConv2d(x, w, b, s.options, cell).value).toBe(at(y, cell));
            expect(Math.abs(at(y, cell) - reference(x, w, b, s.options, cell))).toBeLessThan(1e-5);
          }
        }
      }
    });
  }

  it('x=[2,4,5] zeros, negative kernel, bias −0: the sign of zero agrees too', () => {
    const x: Tensor = { shape: [2, 4, 5], data: new Float32Array(40) };
    const w: Tensor = { shape: [1, 2, 3, 3], data: new Float32Array(18).fill(-0.5) };
    const b: Tensor = { shape: [1], data: Float32Array.of(-0) };
    const y = conv2d(x, w, b, { padding: 1 });
    for (let yy = 0; yy < 4; yy++) {
      for (let xx = 0; xx < 5; xx++) {
        // Every product is −0 and −0 + −0 = −0, so each cell is −0 (toBe compares with Object.is).
        expect(at(y, [0, yy, xx])).toBe(-0);
        expect(explainConv2d(x, w, b, { padding: 1 }, [0, yy, xx]).value).toBe(-0);
      }
    }
  });

  it('random settings (padding up to 3, stride and dilation up to 3, groups): every cell', () => {
    const setting = fc.record({
      groups: fc.integer({ min: 1, max: 2 }),
      inPerGroup: fc.integer({ min: 1, max: 2 }),
      h: fc.integer({ min: 1, max: 9 }),
      w: fc.integer({ min: 1, max: 9 }),
      kH: fc.integer({ min: 1, max: 5 }),
      kW: fc.integer({ min: 1, max: 5 }),
      s: fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 })),
      p: fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 })),
      d: fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 })),
      seed: fc.integer(),
    });
    fc.assert(
      fc.property(setting, (c) => {
        // Only settings whose dilated kernel fits the padded input (conv2d rejects the rest).
        fc.pre(c.d[0] * (c.kH - 1) + 1 <= c.h + 2 * c.p[0] && c.d[1] * (c.kW - 1) + 1 <= c.w + 2 * c.p[1]);
        const rng = seededRandom(c.seed);
        const x = randomTensor([c.groups * c.inPerGroup, c.h, c.w], rng);
        const w = randomTensor([c.groups, c.inPerGroup, c.kH, c.kW], rng);
        const options: Conv2dOptions = { stride: c.s, padding: c.p, dilation: c.d, groups: c.groups };
        const y = conv2d(x, w, null, options);
        for (let i = 0; i < y.data.length; i++) {
          const cell = [Math.floor(i / (y.shape[1] * y.shape[2])), Math.floor(i / y.shape[2]) % y.shape[1], i % y.shape[2]] as const;
          expect(explainConv2d(x, w, null, options, cell).value).toBe(y.data[i]);
        }
      }),
      { numRuns: 150 },
    );
  });
});
