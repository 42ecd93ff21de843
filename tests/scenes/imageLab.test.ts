import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { conv2d, randomTensor, seededRandom } from '../../src/engine/index.ts';
import { conv2dModel } from '../../src/scenes/conv2d/model.ts';
import { conv2dSchema } from '../../src/scenes/conv2d/schema.ts';
import { colorBound, colorize, explainPixel, filterInStrips, filterWeight, pictureTensor, separableDifference, valueRange } from '../../src/scenes/imageLab/compute.ts';
import type { LabOptions } from '../../src/scenes/imageLab/compute.ts';
import { filterKernel, labProblems, patchHref, separableInfo } from '../../src/scenes/imageLab/model.ts';
import { DIAGONAL, imageLabSchema, parseKernel } from '../../src/scenes/imageLab/schema.ts';
import type { ImageLabValues, Kernel } from '../../src/scenes/imageLab/schema.ts';
import { parseHash } from '../../src/url/route.ts';
import { defaults, parseParams } from '../../src/url/schema.ts';

const run = (x: Parameters<typeof filterInStrips>[0], k: Kernel, o: LabOptions) => {
  const g = filterInStrips(x, k, o);
  let s = g.next();
  while (!s.done) s = g.next();
  return s.value;
};

describe('typed kernel', () => {
  it('reads rows split by ; or new lines and values by commas or spaces, with a Unicode minus', () => {
    expect(parseKernel('1, 0, −1; 2 0 -2\n1,0,-1')).toEqual({ kernel: { kH: 3, kW: 3, values: [1, 0, -1, 2, 0, -2, 1, 0, -1] } });
    expect(parseKernel('0.0625 .5')).toEqual({ kernel: { kH: 1, kW: 2, values: [0.0625, 0.5] } });
  });
  it('says what is wrong: empty, not a number, ragged, larger than 7×7, a value over 999', () => {
    expect(parseKernel(' ; ')).toEqual({ error: { code: 'empty' } });
    expect(parseKernel('1,2;3,x')).toEqual({ error: { code: 'notNumber', values: { row: 2, text: 'x' } } });
    expect(parseKernel('1e3')).toEqual({ error: { code: 'notNumber', values: { row: 1, text: '1e3' } } });
    expect(parseKernel('0.00001')).toEqual({ error: { code: 'notNumber', values: { row: 1, text: '0.00001' } } });
    expect(parseKernel('1,2;3')).toEqual({ error: { code: 'ragged', values: { row: 2, got: 1, want: 2 } } });
    expect(parseKernel('1 1 1 1 1 1 1 1')).toEqual({ error: { code: 'tooLarge', values: { rows: 1, cols: 8, max: 7 } } });
    expect(parseKernel('1000')).toEqual({ error: { code: 'tooBig', values: { text: '1000', max: 999 } } });
  });
  it('a link: kernel=… round-trips, garbage falls back to the diagonal default and is reported; filters are known names, at most 4', () => {
    const read = (q: string) => parseParams(imageLabSchema, new URLSearchParams(q));
    expect(read('kernel=1,2,1').values.kernel).toEqual({ kH: 1, kW: 3, values: [1, 2, 1] });
    const bad = read('kernel=1,2;3&filters=sobelX,nope');
    expect(bad.values.kernel).toEqual(DIAGONAL);
    expect(bad.values.filters).toEqual(['sobelX', 'blur', 'typed']);
    expect(bad.corrections.map((c) => c.key)).toEqual(['kernel', 'filters']);
    const many = read('filters=box,blur,edge,emboss,sharpen');
    expect(many.values.filters).toEqual(['box', 'blur', 'edge', 'emboss']);
    expect(many.corrections[0].reason).toBe('outOfRange');
  });
});

describe('kernels and separability', () => {
  it("conv2d's Sobel-x, and blur [1,2,1]ᵀ[1,2,1]/16, are rank 1 with 6 weights instead of 9; Laplacian, sharpen, emboss, edge and the diagonal are not", () => {
    const typed = DIAGONAL;
    expect(separableInfo(filterKernel('sobelX', typed))).toEqual({ factors: { column: [1, 2, 1], row: [1, 0, -1] }, weights2d: 9, weights1d: 6 });
    expect(separableInfo(filterKernel('blur', typed)).factors).toEqual({ column: [0.125, 0.25, 0.125], row: [0.5, 1, 0.5] });
    for (const name of ['laplacian', 'sharpen', 'emboss', 'edge', 'typed'] as const) expect(separableInfo(filterKernel(name, typed)).factors).toBeNull();
  });
  it('Sobel-x on a 64×80 RGB picture: the two 1-D passes differ from the 2-D map by exactly 0', () => {
    const x = randomTensor([3, 64, 80], seededRandom(7), { min: 0, max: 255, integers: true });
    const o: LabOptions = { stride: [1, 1], padding: [1, 1], dilation: [1, 1] };
    const k = filterKernel('sobelX', DIAGONAL);
    expect(separableDifference(x, separableInfo(k).factors!, o, run(x, k, o))).toBe(0);
  });
});

describe('filtering in strips', () => {
  it('equals one conv2d of the whole picture for any stride, padding, dilation and kernel up to 7×7 (pictures taller than a strip)', () => {
    fc.assert(
      fc.property(
        fc.record({
          c: fc.constantFrom(1, 3),
          h: fc.integer({ min: 30, max: 90 }),
          kH: fc.integer({ min: 1, max: 7 }),
          kW: fc.integer({ min: 1, max: 7 }),
          s: fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 })),
          p: fc.tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 6 })),
          d: fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 })),
          seed: fc.integer({ min: 0, max: 999 }),
        }),
        ({ c, h, kH, kW, s, p, d, seed }) => {
          const rng = seededRandom(seed);
          const x = randomTensor([c, h, 33], rng, { min: 0, max: 255, integers: true });
          const k: Kernel = { kH, kW, values: Array.from({ length: kH * kW }, () => Math.round(rng() * 8 - 4)) };
          const o: LabOptions = { stride: s, padding: p, dilation: d };
          const whole = conv2d(x, filterWeight(k, c), null, o);
          const strips = run(x, k, o);
          return strips.shape.join() === whole.shape.join() && whole.data.every((v, i) => v === strips.data[i]);
        },
      ),
      { numRuns: 60 },
    );
  });
  it('gray is the rounded BT.601 luminance; RGB keeps the three channels', () => {
    const rgba = [255, 255, 255, 255, 10, 200, 30, 255];
    expect(Array.from(pictureTensor(rgba, 2, 1, 1).data)).toEqual([255, Math.round(0.299 * 10 + 0.587 * 200 + 0.114 * 30)]);
    expect(Array.from(pictureTensor(rgba, 2, 1, 3).data)).toEqual([255, 10, 255, 200, 255, 30]);
  });
  it('colorize: −m and +m take the end colours, 0 the middle; valueRange gives min and max', () => {
    const px = colorize([-4, 0, 4, 2], [[0, 0, 255], [255, 255, 255], [255, 0, 0]]);
    expect(Array.from(px.slice(0, 12))).toEqual([0, 0, 255, 255, 255, 255, 255, 255, 255, 0, 0, 255]);
    expect(Array.from(px.slice(12, 16))).toEqual([255, 128, 128, 255]);
    expect(valueRange([3, -2, 7])).toEqual([-2, 7]);
  });
  it('colorBound: a few extreme pixels do not take the whole scale (an edge map stayed almost white); beyond it, full colour', () => {
    // 995 small values and 5 huge ones, as an edge filter gives on a photograph.
    const data = Array.from({ length: 1000 }, (_, i) => (i < 995 ? (i % 21) - 10 : 1000));
    const bound = colorBound(data);
    expect(bound).toBe(10);
    const px = colorize([1000, 10, 5], [[0, 0, 255], [255, 255, 255], [255, 0, 0]], bound);
    expect(Array.from(px.slice(0, 4))).toEqual([255, 0, 0, 255]);
    expect(Array.from(px.slice(4, 8))).toEqual([255, 0, 0, 255]);
    expect(Array.from(px.slice(8, 12))).toEqual([255, 128, 128, 255]);
    // A map that is zero but for a few pixels still shows them: the bound falls back to the largest value.
    expect(colorBound([0, 0, 0, 0, 0, 0, 0, 0, 0, 7])).toBe(7);
    expect(colorBound([])).toBe(0);
  });
});

describe('a pixel and its patch', () => {
  it('the conv2d link of a pixel (RGB, 3×3 dilated by 2, stride 2, padding 2) gives the same value at output [0, 0, 0]', () => {
    const x = randomTensor([3, 20, 24], seededRandom(3), { min: 0, max: 255, integers: true });
    const k: Kernel = { kH: 3, kW: 3, values: [1, 0, -1, 2, 0.5, -2, 1, 0, -1] };
    const o: LabOptions = { stride: [2, 2], padding: [2, 2], dilation: [2, 2] };
    for (const cell of [[0, 0], [4, 7], [9, 11]] as const) {
      const { explanation, patch } = explainPixel(x, k, o, cell);
      expect(explanation.value).toBe(run(x, k, o).data[cell[0] * run(x, k, o).shape[2] + cell[1]]);
      const route = parseHash(patchHref(patch, k, o.dilation));
      expect(route.scene).toBe('conv2d');
      const { values, corrections } = parseParams(conv2dSchema, route.query);
      expect(corrections).toEqual([]);
      expect(values.size).toEqual([5, 5]);
      expect(conv2dModel(values).output.data[0]).toBe(explanation.value);
    }
  });
  it('a kernel wider than the padded picture is a problem naming the filter', () => {
    const v: ImageLabValues = { ...defaults(imageLabSchema), filters: ['sobelX', 'typed'], kernel: { kH: 7, kW: 1, values: [1, 1, 1, 1, 1, 1, 1] }, dilation: [4, 4], padding: [0, 0] };
    const problems = labProblems(v, [21, 32]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'kernelTooLarge', values: { filter: 2, span: 25 } });
    expect(labProblems(v, [25, 32])).toEqual([]);
  });
});
