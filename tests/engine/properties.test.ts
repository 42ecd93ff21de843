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
        // The formulas themselves, written out (PyTorch's Conv2d and ConvTranspose2d docs).
        const convSize = (n: number, k: number, s: number, p: number, d: number) => Math.floor((n + 2 * p - d * (k - 1) - 1) / s) + 1;
        const convTSize = (n: number, k: number, s: number, p: number, op: number, d: number) => (n - 1) * s - 2 * p + d * (k - 1) + op + 1;
        expect(y.shape).toEqual([1, convSize(c.h, c.kH, c.sH, c.pH, c.dH), convSize(c.w, c.kW, c.sW, c.pW, c.dW)]);
        const opH = Math.min(c.sH, c.dH) > 1 ? 1 : 0;
        expect(convTranspose2dOutputSize(c.h, c.kH, c.sH, c.pH, opH, c.dH)).toBe(convTSize(c.h, c.kH, c.sH, c.pH, opH, c.dH));
        const expectedH = convTranspose2dOutputSize(c.h, c.kH, c.sH, c.pH, opH, c.dH);
        const expectedW = convTranspose2dOutputSize(c.w, c.kW, c.sW, c.pW, 0, c.dW);
        fc.pre(expectedH > 0 && expectedW > 0);
        const t = convTranspose2d(x, w, null, { stride: [c.sH, c.sW], padding: [c.pH, c.pW], dilation: [c.dH, c.dW], outputPadding: [opH, 0] });
        expect(t.shape).toEqual([1, expectedH, expectedW]);
      }),
      RUNS,
    );
  });

  it('receptiveField (2-D, with padding): r is the extent and P the offset of the input cells the centre output reads', () => {
    const axis = fc.record({ k: fc.integer({ min: 1, max: 3 }), s: fc.integer({ min: 1, max: 2 }), p: fc.integer({ min: 0, max: 2 }), d: fc.integer({ min: 1, max: 2 }) });
    const layer = fc.record({ h: axis, w: axis });
    fc.assert(
      fc.property(fc.array(layer, { minLength: 1, maxLength: 4 }), (layers) => {
        // Walk back from output cell (cy, cx) of the last layer: output o of a layer reads its input at
        // o·s − p + k·d for k < kernel (negative or past the end = padding, still counted, as Distill does).
        const n = 60;
        const size = (a: 'h' | 'w') => layers.reduce((m, l) => conv2dOutputSize(m, l[a].k, l[a].s, l[a].p, l[a].d), n);
        const [outH, outW] = [size('h'), size('w')];
        fc.pre(outH >= 1 && outW >= 1);
        const cy = Math.floor((outH - 1) / 2);
        const cx = Math.floor((outW - 1) / 2);
        const OFF = 1000;
        const key = (y: number, x: number) => (y + OFF) * 4096 + (x + OFF);
        let cells = new Map<number, [number, number]>([[key(cy, cx), [cy, cx]]]);
        for (let li = layers.length - 1; li >= 0; li--) {
          const { h, w } = layers[li];
          const below = new Map<number, [number, number]>();
          for (const [y, x] of cells.values()) {
            for (let ky = 0; ky < h.k; ky++) {
              for (let kx = 0; kx < w.k; kx++) {
                const iy = y * h.s - h.p + ky * h.d;
                const ix = x * w.s - w.p + kx * w.d;
                below.set(key(iy, ix), [iy, ix]);
              }
            }
          }
          cells = below;
        }
        const ys = [...cells.values()].map(([y]) => y);
        const xs = [...cells.values()].map(([, x]) => x);
        const rows = receptiveField(layers.map((l) => ({ kernelSize: [l.h.k, l.w.k], stride: [l.h.s, l.w.s], padding: [l.h.p, l.w.p], dilation: [l.h.d, l.w.d] })));
        const last = rows[rows.length - 1];
        expect(last.r).toEqual([Math.max(...ys) - Math.min(...ys) + 1, Math.max(...xs) - Math.min(...xs) + 1]);
        expect(last.S).toEqual([layers.reduce((q, l) => q * l.h.s, 1), layers.reduce((q, l) => q * l.w.s, 1)]);
        // The field of output u starts at u·S − P.
        expect([cy * last.S[0] - last.P[0], cx * last.S[1] - last.P[1]]).toEqual([Math.min(...ys), Math.min(...xs)]);
      }),
      RUNS,
    );
  });

  it('receptiveField matches perturbation through the engine: the input cells whose impulse reaches the centre output of a conv2d stack', () => {
    const layer = fc.record({ k: fc.integer({ min: 1, max: 4 }), s: fc.integer({ min: 1, max: 3 }), p: fc.integer({ min: 0, max: 2 }), d: fc.integer({ min: 1, max: 3 }) });
    fc.assert(
      fc.property(fc.array(layer, { minLength: 1, maxLength: 4 }), (layers) => {
        // Width axis only (H = 1): all-ones kernels, so an impulse reaches the output iff the cell is read.
        const n = 120;
        const widths = [n];
        for (const l of layers) widths.push(conv2dOutputSize(widths[widths.length - 1], l.k, l.s, l.p, l.d));
        fc.pre(widths.every((v) => v >= 1));
        const centre = Math.floor((widths[widths.length - 1] - 1) / 2);
        const kernels = layers.map((l) => ({ shape: [1, 1, 1, l.k], data: new Float32Array(l.k).fill(1) }));
        const reached: number[] = [];
        for (let i = 0; i < n; i++) {
          let t: Tensor = { shape: [1, 1, n], data: new Float32Array(n) };
          t.data[i] = 1;
          layers.forEach((l, li) => {
            t = conv2d(t, kernels[li], null, { stride: [1, l.s], padding: [0, l.p], dilation: [1, l.d] });
          });
          if (t.data[centre] !== 0) reached.push(i);
        }
        const rows = receptiveField(layers.map((l) => ({ kernelSize: [1, l.k], stride: [1, l.s], padding: [0, l.p], dilation: [1, l.d] })));
        const { r, S, P } = rows[rows.length - 1];
        const first = centre * S[1] - P[1];
        // Only a field lying wholly inside the input can be counted by impulses.
        fc.pre(first >= 0 && first + r[1] - 1 < n);
        expect(reached[0]).toBe(first);
        expect(reached[reached.length - 1] - reached[0] + 1).toBe(r[1]);
        expect(r[0]).toBe(1);
      }),
      { numRuns: 50 },
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
