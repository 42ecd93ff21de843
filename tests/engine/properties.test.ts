import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  channelShuffle,
  conv2d,
  conv2dOutputSize,
  convTranspose2d,
  convTranspose2dOutputSize,
  explainConv2d,
  explainConvTranspose2d,
  randomTensor,
  receptiveField,
  seededRandom,
  transposedAsConv,
  GATHER_CELL,
} from '../../src/engine/index.ts';
import type { Tensor } from '../../src/engine/index.ts';

const RUNS = { numRuns: 80 };

function dot(a: Tensor, b: Tensor): number {
  let s = 0;
  for (let i = 0; i < a.data.length; i++) s += a.data[i] * b.data[i];
  return s;
}

/** A random valid conv setting with small shapes (H and W drawn apart). */
const convSetting = fc
  .record({
    groups: fc.integer({ min: 1, max: 3 }),
    inPerGroup: fc.integer({ min: 1, max: 2 }),
    outPerGroup: fc.integer({ min: 1, max: 2 }),
    h: fc.integer({ min: 1, max: 8 }),
    w: fc.integer({ min: 1, max: 8 }),
    kH: fc.integer({ min: 1, max: 4 }),
    kW: fc.integer({ min: 1, max: 4 }),
    sH: fc.integer({ min: 1, max: 3 }),
    sW: fc.integer({ min: 1, max: 3 }),
    pH: fc.integer({ min: 0, max: 2 }),
    pW: fc.integer({ min: 0, max: 2 }),
    dH: fc.integer({ min: 1, max: 2 }),
    dW: fc.integer({ min: 1, max: 2 }),
    seed: fc.integer(),
  })
  .filter((c) => c.dH * (c.kH - 1) + 1 <= c.h + 2 * c.pH && c.dW * (c.kW - 1) + 1 <= c.w + 2 * c.pW);

describe('properties', () => {
  it('adjoint: ⟨conv2d(x, w), y⟩ = ⟨x, convTranspose2d(y, w)⟩ with output_padding chosen to restore the shape', () => {
    fc.assert(
      fc.property(convSetting, (c) => {
        const rng = seededRandom(c.seed);
        const inC = c.groups * c.inPerGroup;
        const outC = c.groups * c.outPerGroup;
        const x = randomTensor([inC, c.h, c.w], rng);
        const w = randomTensor([outC, c.inPerGroup, c.kH, c.kW], rng);
        const opts = { stride: [c.sH, c.sW] as [number, number], padding: [c.pH, c.pW] as [number, number], dilation: [c.dH, c.dW] as [number, number], groups: c.groups };
        const cx = conv2d(x, w, null, opts);
        const y = randomTensor(cx.shape, rng);
        // The rows the stride skipped at the end come back as output_padding.
        const opH = c.h - convTranspose2dOutputSize(cx.shape[1], c.kH, c.sH, c.pH, 0, c.dH);
        const opW = c.w - convTranspose2dOutputSize(cx.shape[2], c.kW, c.sW, c.pW, 0, c.dW);
        fc.pre(opH < Math.max(c.sH, c.dH) && opW < Math.max(c.sW, c.dW));
        const ty = convTranspose2d(y, w, null, { ...opts, outputPadding: [opH, opW] });
        expect(ty.shape).toEqual(x.shape);
        const lhs = dot(cx, y);
        expect(Math.abs(lhs - dot(x, ty))).toBeLessThan(1e-4 * (1 + Math.abs(lhs)));
      }),
      RUNS,
    );
  });

  it('depthwise: conv2d with groups = C equals each channel convolved alone', () => {
    fc.assert(
      fc.property(convSetting, (c) => {
        const rng = seededRandom(c.seed);
        const C = c.groups * c.inPerGroup;
        const x = randomTensor([C, c.h, c.w], rng);
        const w = randomTensor([C, 1, c.kH, c.kW], rng);
        const opts = { stride: [c.sH, c.sW] as [number, number], padding: [c.pH, c.pW] as [number, number], dilation: [c.dH, c.dW] as [number, number] };
        const y = conv2d(x, w, null, { ...opts, groups: C });
        const plane = y.shape[1] * y.shape[2];
        for (let ch = 0; ch < C; ch++) {
          const xs = { shape: [1, c.h, c.w], data: x.data.slice(ch * c.h * c.w, (ch + 1) * c.h * c.w) };
          const ws = { shape: [1, 1, c.kH, c.kW], data: w.data.slice(ch * c.kH * c.kW, (ch + 1) * c.kH * c.kW) };
          expect(conv2d(xs, ws, null, opts).data).toEqual(y.data.slice(ch * plane, (ch + 1) * plane));
        }
      }),
      RUNS,
    );
  });

  it('pointwise: a 1×1 conv2d is the weight matrix times each pixel’s channel vector', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }), fc.integer(), (I, O, hw, seed) => {
        const rng = seededRandom(seed);
        const x = randomTensor([I, hw, hw + 1], rng);
        const w = randomTensor([O, I, 1, 1], rng);
        const b = randomTensor([O], rng);
        const y = conv2d(x, w, b, {});
        const plane = hw * (hw + 1);
        for (let p = 0; p < plane; p++) {
          for (let o = 0; o < O; o++) {
            let s = b.data[o];
            for (let i = 0; i < I; i++) s += w.data[o * I + i] * x.data[i * plane + p];
            expect(y.data[o * plane + p]).toBeCloseTo(s, 5);
          }
        }
      }),
      RUNS,
    );
  });

  it('channelShuffle with g then with C/g restores the input', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 }), fc.integer(), (g, perGroup, seed) => {
        const x = randomTensor([g * perGroup, 2, 3], seededRandom(seed));
        expect(channelShuffle(channelShuffle(x, g), perGroup).data).toEqual(x.data);
      }),
      RUNS,
    );
  });

  it('explain terms plus bias reproduce the bulk output of conv2d and convTranspose2d at random cells', () => {
    fc.assert(
      fc.property(convSetting, fc.boolean(), (c, withBias) => {
        const rng = seededRandom(c.seed);
        const inC = c.groups * c.inPerGroup;
        const outC = c.groups * c.outPerGroup;
        const x = randomTensor([inC, c.h, c.w], rng);
        const w = randomTensor([outC, c.inPerGroup, c.kH, c.kW], rng);
        const b = withBias ? randomTensor([outC], rng) : null;
        const opts = { stride: [c.sH, c.sW] as [number, number], padding: [c.pH, c.pW] as [number, number], dilation: [c.dH, c.dW] as [number, number], groups: c.groups };
        const y = conv2d(x, w, b, opts);
        const cell = [Math.floor(rng() * outC), Math.floor(rng() * y.shape[1]), Math.floor(rng() * y.shape[2])] as const;
        const e = explainConv2d(x, w, b, opts, cell);
        const at = (t: Tensor, [o, yy, xx]: readonly number[]) => t.data[(o * t.shape[1] + yy) * t.shape[2] + xx];
        expect(e.value).toBe(at(y, cell));
        expect(e.terms.reduce((s, t) => s + t.product, e.bias)).toBeCloseTo(e.value, 4);
        expect(e.terms.every((t) => t.padding === (t.inputValue === 0 && (t.input[1] < 0 || t.input[1] >= c.h || t.input[2] < 0 || t.input[2] >= c.w)))).toBe(true);
        // The transposed op with the conv's output as input: weight [in=outC, out/g=inPerGroup, kH, kW].
        const tOpts = { ...opts, outputPadding: 0 };
        fc.pre(
          convTranspose2dOutputSize(y.shape[1], c.kH, c.sH, c.pH, 0, c.dH) > 0 &&
            convTranspose2dOutputSize(y.shape[2], c.kW, c.sW, c.pW, 0, c.dW) > 0,
        );
        const tb = withBias ? randomTensor([inC], rng) : null;
        const ty = convTranspose2d(y, w, tb, tOpts);
        const tcell = [Math.floor(rng() * inC), Math.floor(rng() * ty.shape[1]), Math.floor(rng() * ty.shape[2])] as const;
        const te = explainConvTranspose2d(y, w, tb, tOpts, tcell);
        expect(te.value).toBe(at(ty, tcell));
        expect(te.terms.reduce((s, t) => s + t.product, te.bias)).toBeCloseTo(te.value, 4);
        expect(te.terms).toHaveLength(c.outPerGroup * c.kH * c.kW);
      }),
      RUNS,
    );
  });

  it('output sizes follow floor((H + 2p − d(k − 1) − 1)/s) + 1 and (H − 1)s − 2p + d(k − 1) + op + 1', () => {
    fc.assert(
      fc.property(convSetting, (c) => {
        const rng = seededRandom(c.seed);
        const x = randomTensor([1, c.h, c.w], rng);
        const w = randomTensor([1, 1, c.kH, c.kW], rng);
        const y = conv2d(x, w, null, { stride: [c.sH, c.sW], padding: [c.pH, c.pW], dilation: [c.dH, c.dW] });
        expect(y.shape).toEqual([1, conv2dOutputSize(c.h, c.kH, c.sH, c.pH, c.dH), conv2dOutputSize(c.w, c.kW, c.sW, c.pW, c.dW)]);
        const opH = Math.min(c.sH, c.dH) > 1 ? 1 : 0;
        const expectedH = convTranspose2dOutputSize(c.h, c.kH, c.sH, c.pH, opH, c.dH);
        const expectedW = convTranspose2dOutputSize(c.w, c.kW, c.sW, c.pW, 0, c.dW);
        fc.pre(expectedH > 0 && expectedW > 0);
        const t = convTranspose2d(x, w, null, { stride: [c.sH, c.sW], padding: [c.pH, c.pW], dilation: [c.dH, c.dW], outputPadding: [opH, 0] });
        expect(t.shape).toEqual([1, expectedH, expectedW]);
      }),
      RUNS,
    );
  });

  it('receptiveField equals a brute-force count of the input cells that influence the centre output cell', () => {
    const layer = fc.record({ k: fc.integer({ min: 1, max: 4 }), s: fc.integer({ min: 1, max: 3 }), d: fc.integer({ min: 1, max: 3 }) });
    fc.assert(
      fc.property(fc.array(layer, { minLength: 1, maxLength: 4 }), (layers) => {
        // 1-D brute force: an impulse at each input position; which reach output cell `centre` of the last
        // layer? The set of such positions is contiguous and its length is r.
        const n = 200;
        const sizes = [n];
        for (const l of layers) sizes.push(conv2dOutputSize(sizes[sizes.length - 1], l.k, l.s, 0, l.d));
        fc.pre(sizes[sizes.length - 1] >= 1);
        const out = sizes.length - 1;
        const reach = new Set<number>([Math.floor((sizes[out] - 1) / 2)]);
        let current = reach;
        for (let li = layers.length - 1; li >= 0; li--) {
          const l = layers[li];
          const below = new Set<number>();
          for (const o of current) for (let k = 0; k < l.k; k++) below.add(o * l.s + k * l.d);
          current = below;
        }
        const positions = [...current].sort((a, b) => a - b);
        const rows = receptiveField(layers.map((l) => ({ kernelSize: l.k, stride: l.s, dilation: l.d })));
        expect(rows[rows.length - 1].r[0]).toBe(positions[positions.length - 1] - positions[0] + 1);
        expect(rows[rows.length - 1].S[0]).toBe(layers.reduce((p, l) => p * l.s, 1));
      }),
      RUNS,
    );
  });
});

describe('transposed convolution, gather view', () => {
  it('the zero-inserted, padded input convolved with the flipped kernel equals convTranspose2d', () => {
    fc.assert(
      fc.property(
        fc.record({
          groups: fc.integer({ min: 1, max: 2 }),
          inPerGroup: fc.integer({ min: 1, max: 2 }),
          outPerGroup: fc.integer({ min: 1, max: 2 }),
          h: fc.integer({ min: 1, max: 5 }),
          w: fc.integer({ min: 1, max: 5 }),
          kH: fc.integer({ min: 1, max: 4 }),
          kW: fc.integer({ min: 1, max: 4 }),
          sH: fc.integer({ min: 1, max: 3 }),
          sW: fc.integer({ min: 1, max: 3 }),
          pH: fc.integer({ min: 0, max: 3 }),
          pW: fc.integer({ min: 0, max: 3 }),
          dH: fc.integer({ min: 1, max: 2 }),
          dW: fc.integer({ min: 1, max: 2 }),
          opH: fc.integer({ min: 0, max: 2 }),
          opW: fc.integer({ min: 0, max: 2 }),
          seed: fc.integer(),
        }),
        (c) => {
          fc.pre(c.opH < Math.max(c.sH, c.dH) && c.opW < Math.max(c.sW, c.dW));
          fc.pre(convTranspose2dOutputSize(c.h, c.kH, c.sH, c.pH, c.opH, c.dH) > 0 && convTranspose2dOutputSize(c.w, c.kW, c.sW, c.pW, c.opW, c.dW) > 0);
          const rng = seededRandom(c.seed);
          const inC = c.groups * c.inPerGroup;
          const x = randomTensor([inC, c.h, c.w], rng);
          const w = randomTensor([inC, c.outPerGroup, c.kH, c.kW], rng);
          const opts = { stride: [c.sH, c.sW] as [number, number], padding: [c.pH, c.pW] as [number, number], outputPadding: [c.opH, c.opW] as [number, number], dilation: [c.dH, c.dW] as [number, number], groups: c.groups };
          const expected = convTranspose2d(x, w, null, opts);
          const gather = transposedAsConv(x, w, opts);
          const actual = conv2d(gather.input, gather.weight, null, { dilation: opts.dilation, groups: c.groups });
          expect(actual.shape).toEqual(expected.shape);
          for (let i = 0; i < actual.data.length; i++) expect(actual.data[i]).toBeCloseTo(expected.data[i], 4);
          // Every input value appears once in the grid, on a cell marked as input.
          const inputCells = [...gather.kinds].filter((k) => k === GATHER_CELL.input).length;
          expect(inputCells).toBeLessThanOrEqual(c.h * c.w);
        },
      ),
      RUNS,
    );
  });
});
