import { describe, expect, it } from 'vitest';
import golden from '../fixtures/golden.json';
import {
  adaptiveAvgPool2d,
  add,
  avgPool2d,
  batchNorm2d,
  channelShuffle,
  concat,
  conv1d,
  conv2d,
  convTranspose2d,
  explainConv2d,
  explainConvTranspose2d,
  globalAvgPool2d,
  layerOutputShape,
  linear,
  macCount,
  maxPool2d,
  paramCount,
  relu,
  squeezeExcite,
  tensor,
} from '../../src/engine/index.ts';
import type { AvgPool2dOptions, Conv1dOptions, Conv2dOptions, ConvTranspose2dOptions, Coord3, LayerSpec, MaxPool2dOptions, Pair, Tensor } from '../../src/engine/index.ts';
import { at, expectClose, expectTensorClose, fmt, fromFixture, fromFixtureOrNull, isClose } from './helpers.ts';

/** PyTorch's results on the same inputs (tests/fixtures/generate.py); shapes exact, values to 1e-4 abs + rel. */

const pairOf = (v: number | readonly number[]): [number, number] => (typeof v === 'number' ? [v, v] : [v[0], v[1]]);

/** The corners and the centre of every output channel. */
function sampleCells([c, h, w]: number[]): Coord3[] {
  const cells: Coord3[] = [];
  for (let o = 0; o < c; o++) cells.push([o, 0, 0], [o, h - 1, w - 1], [o, h >> 1, w >> 1], [o, 0, w - 1], [o, h - 1, 0]);
  return cells;
}

const weightAt = (w: Tensor, [a, b, ky, kx]: readonly number[]) => w.data[((a * w.shape[1] + b) * w.shape[2] + ky) * w.shape[3] + kx];

describe('golden: conv2d against torch.nn.functional.conv2d', () => {
  for (const c of golden.conv2d) {
    const [O, inPerGroup, kH, kW] = c.weight.shape;
    const name = `conv2d x=[${c.x.shape}] k=${kH}x${kW} O=${O} s=${fmt(c.stride)} p=${fmt(c.padding)} d=${fmt(c.dilation)} g=${c.groups}${c.bias ? ' bias' : ''}`;
    const options = { stride: c.stride, padding: c.padding, dilation: c.dilation, groups: c.groups } as Conv2dOptions;
    const x = fromFixture(c.x);
    const w = fromFixture(c.weight);
    const b = fromFixtureOrNull(c.bias);

    it(name, () => {
      expectTensorClose(conv2d(x, w, b, options), c.output);
    });

    it(`${name}: explainConv2d terms (channel, ky, kx order) + bias give PyTorch's value`, () => {
      const [sH, sW] = pairOf(c.stride);
      const [dH, dW] = pairOf(c.dilation);
      // PyTorch's 'same' pads d·(k − 1) in total, the odd one at the bottom/right.
      const [padTop, padLeft] =
        c.padding === 'same' ? [Math.floor((dH * (kH - 1)) / 2), Math.floor((dW * (kW - 1)) / 2)] : c.padding === 'valid' ? [0, 0] : pairOf(c.padding as number | number[]);
      const [, H, W] = c.x.shape;
      const outPerGroup = O / c.groups;
      for (const cell of sampleCells(c.output.shape)) {
        const e = explainConv2d(x, w, b, options, cell);
        const expected = at(c.output, cell);
        expect(isClose(e.value, expected), `value at [${cell}]: ${e.value} vs ${expected}`).toBe(true);
        expect(isClose(e.terms.reduce((s, t) => s + t.product, e.bias), expected), `terms + bias at [${cell}]`).toBe(true);
        expect(e.bias).toBe(b === null ? 0 : b.data[cell[0]]);
        expect(e.terms).toHaveLength(inPerGroup * kH * kW);
        const group = Math.floor(cell[0] / outPerGroup);
        e.terms.forEach((t, n) => {
          const ci = Math.floor(n / (kH * kW));
          const ky = Math.floor(n / kW) % kH;
          const kx = n % kW;
          const iy = cell[1] * sH - padTop + ky * dH;
          const ix = cell[2] * sW - padLeft + kx * dW;
          const inside = iy >= 0 && iy < H && ix >= 0 && ix < W;
          expect([...t.weight]).toEqual([cell[0], ci, ky, kx]);
          expect([...t.input]).toEqual([group * inPerGroup + ci, iy, ix]);
          expect(t.padding).toBe(!inside);
          expect(t.inputValue).toBe(inside ? at(x, t.input) : 0);
          expect(t.weightValue).toBe(weightAt(w, t.weight));
          expect(isClose(t.product, t.inputValue * t.weightValue, 1e-6)).toBe(true);
        });
      }
    });
  }
});

describe('golden: convTranspose2d against torch.nn.functional.conv_transpose2d', () => {
  for (const c of golden.convTranspose2d) {
    const [I, outPerGroup, kH, kW] = c.weight.shape;
    const name = `convTranspose2d x=[${c.x.shape}] k=${kH}x${kW} O=${outPerGroup * c.groups} s=${fmt(c.stride)} p=${fmt(c.padding)} op=${fmt(c.outputPadding)} d=${fmt(c.dilation)} g=${c.groups}${c.bias ? ' bias' : ''}`;
    const options = {
      stride: c.stride,
      padding: c.padding,
      outputPadding: c.outputPadding,
      dilation: c.dilation,
      groups: c.groups,
    } as ConvTranspose2dOptions;
    const x = fromFixture(c.x);
    const w = fromFixture(c.weight);
    const b = fromFixtureOrNull(c.bias);

    it(name, () => {
      expectTensorClose(convTranspose2d(x, w, b, options), c.output);
    });

    it(`${name}: explainConvTranspose2d terms + bias give PyTorch's value`, () => {
      const [sH, sW] = pairOf(c.stride);
      const [pH, pW] = pairOf(c.padding);
      const [dH, dW] = pairOf(c.dilation);
      const [, H, W] = c.x.shape;
      const inPerGroup = I / c.groups;
      for (const cell of sampleCells(c.output.shape)) {
        const e = explainConvTranspose2d(x, w, b, options, cell);
        const expected = at(c.output, cell);
        expect(isClose(e.value, expected), `value at [${cell}]: ${e.value} vs ${expected}`).toBe(true);
        expect(isClose(e.terms.reduce((s, t) => s + t.product, e.bias), expected), `terms + bias at [${cell}]`).toBe(true);
        expect(e.terms).toHaveLength(inPerGroup * kH * kW);
        // Every real contribution (input cell i, tap ky, kx with i·s − p + k·d = output) appears once.
        const group = Math.floor(cell[0] / outPerGroup);
        const real = e.terms.filter((t) => !t.padding);
        let contributions = 0;
        for (let ci = 0; ci < inPerGroup; ci++) {
          for (let ky = 0; ky < kH; ky++) {
            for (let kx = 0; kx < kW; kx++) {
              const iy = (cell[1] + pH - ky * dH) / sH;
              const ix = (cell[2] + pW - kx * dW) / sW;
              if (Number.isInteger(iy) && Number.isInteger(ix) && iy >= 0 && iy < H && ix >= 0 && ix < W) contributions++;
            }
          }
        }
        expect(real).toHaveLength(contributions);
        for (const t of real) {
          const [ci, iy, ix] = t.input;
          expect(Math.floor(ci / inPerGroup)).toBe(group);
          expect(t.weight[0]).toBe(ci);
          expect(t.weight[1]).toBe(cell[0] - group * outPerGroup);
          expect(iy * sH - pH + t.weight[2] * dH).toBe(cell[1]);
          expect(ix * sW - pW + t.weight[3] * dW).toBe(cell[2]);
          expect(t.inputValue).toBe(at(x, t.input));
          expect(t.weightValue).toBe(weightAt(w, t.weight));
        }
        for (const t of e.terms.filter((t) => t.padding)) {
          expect(t.inputValue).toBe(0);
          expect(t.product === 0).toBe(true);
        }
      }
    });
  }
});

describe('golden: pooling against max_pool2d / avg_pool2d', () => {
  for (const c of golden.pool) {
    const o = c.options as MaxPool2dOptions & AvgPool2dOptions;
    const note = 'note' in c ? ' (pad ≤ half the effective kernel, current PyTorch)' : '';
    const name = `${c.kind}Pool2d x=[${c.x.shape}] k=${fmt(o.kernelSize)} s=${fmt(o.stride)} p=${fmt(o.padding)} d=${fmt(o.dilation)}${o.countIncludePad === undefined ? '' : ` countIncludePad=${o.countIncludePad}`}${note}`;
    it(name, () => {
      const x = fromFixture(c.x);
      expectTensorClose(c.kind === 'max' ? maxPool2d(x, o) : avgPool2d(x, o), c.output);
    });
  }
});

describe('golden: channel-wise ops', () => {
  for (const c of golden.globalAvgPool2d) {
    it(`globalAvgPool2d x=[${c.x.shape}] = adaptive_avg_pool2d(x, 1)`, () => {
      expectTensorClose(globalAvgPool2d(fromFixture(c.x)), c.output);
    });
  }
  for (const c of golden.channelShuffle) {
    it(`channelShuffle x=[${c.x.shape}] g=${c.groups}`, () => {
      expectTensorClose(channelShuffle(fromFixture(c.x), c.groups), c.output, 0);
    });
  }
  for (const c of golden.squeezeExcite) {
    it(`squeezeExcite x=[${c.x.shape}] hidden=${c.w1.shape[0]}${c.b1 ? ' bias' : ''}`, () => {
      const r = squeezeExcite(fromFixture(c.x), {
        w1: fromFixture(c.w1),
        b1: fromFixtureOrNull(c.b1),
        w2: fromFixture(c.w2),
        b2: fromFixtureOrNull(c.b2),
      });
      expectTensorClose(r.scale, c.scale);
      expectTensorClose(r.output, c.output);
    });
  }
});

describe('golden: pooling with ceil_mode against max_pool2d / avg_pool2d(ceil_mode=True)', () => {
  for (const c of golden.poolCeil) {
    const o = c.options as MaxPool2dOptions & AvgPool2dOptions;
    const name = `${c.kind}Pool2d x=[${c.x.shape}] k=${fmt(o.kernelSize)} s=${fmt(o.stride)} p=${fmt(o.padding)} d=${fmt(o.dilation)}${o.countIncludePad === undefined ? '' : ` countIncludePad=${o.countIncludePad}`} ceilMode`;
    const x = fromFixture(c.x);
    const pool = (options: MaxPool2dOptions & AvgPool2dOptions) => (c.kind === 'max' ? maxPool2d(x, options) : avgPool2d(x, options));
    it(`${name} → [${c.output.shape}] (floor: ${c.floorShape === null ? 'rejected' : `[${c.floorShape}]`})`, () => {
      expectTensorClose(pool(o), c.output);
      if (c.floorShape === null) expect(() => pool({ ...o, ceilMode: false })).toThrow(/kernel_size/);
      else expect(pool({ ...o, ceilMode: false }).shape).toEqual(c.floorShape);
    });
  }
});

describe('golden: adaptiveAvgPool2d against adaptive_avg_pool2d', () => {
  for (const c of golden.adaptiveAvgPool2d) {
    it(`adaptiveAvgPool2d x=[${c.x.shape}] output_size=${fmt(c.outputSize)} → [${c.output.shape}]`, () => {
      const x = fromFixture(c.x);
      const y = adaptiveAvgPool2d(x, c.outputSize as Pair);
      expectTensorClose(y, c.output);
      if (c.outputSize === 1) expect(y.data).toEqual(globalAvgPool2d(x).data);
    });
  }
  it('adaptiveAvgPool2d to H/k × W/k is avgPool2d with kernel = stride = k when k divides the size (x=[2,6,8] → 3x2)', () => {
    const x = tensor([2, 6, 8], Array.from({ length: 96 }, (_, i) => ((i * 37) % 23) / 7 - 1.5));
    expectClose(adaptiveAvgPool2d(x, [3, 2]).data, Array.from(avgPool2d(x, { kernelSize: [2, 4] }).data), 1e-6);
  });
});

describe('golden: conv1d against torch.nn.functional.conv1d', () => {
  for (const c of golden.conv1d) {
    const o = c.options as Conv1dOptions;
    const [O, inPerGroup, k] = c.weight.shape;
    it(`conv1d x=[${c.x.shape}] k=${k} O=${O} s=${fmt(o.stride)} p=${fmt(o.padding)} d=${fmt(o.dilation)} g=${o.groups ?? 1}${c.bias ? ' bias' : ''} (C/g=${inPerGroup})`, () => {
      expectTensorClose(conv1d(fromFixture(c.x), fromFixture(c.weight), fromFixtureOrNull(c.bias), o), c.output);
    });
  }
});

describe('golden: batchNorm2d (eval) against batch_norm(training=False)', () => {
  for (const c of golden.batchNorm2d) {
    it(`batchNorm2d x=[${c.x.shape}] eps=${c.eps}${c.weight ? '' : ' affine=False'}`, () => {
      const y = batchNorm2d(fromFixture(c.x), {
        weight: fromFixtureOrNull(c.weight),
        bias: fromFixtureOrNull(c.bias),
        runningMean: fromFixture(c.runningMean),
        runningVar: fromFixture(c.runningVar),
        eps: c.eps,
      });
      // 9-digit fixtures; 1e-6 is a few float32 ulps. The engine matches torch bit for bit where torch's kernel
      // runs with fused multiply-adds (AVX2), but that depends on the CPU the fixtures were made on.
      expectTensorClose(y, c.output, 1e-6);
    });
  }
});

describe('golden: linear, relu, add, concat', () => {
  for (const c of golden.linear) {
    it(`linear x=[${c.x.shape}] weight=[${c.weight.shape}]${c.bias ? ' bias' : ''}`, () => {
      expectTensorClose(linear(fromFixture(c.x), fromFixture(c.weight), fromFixtureOrNull(c.bias)), c.output);
    });
  }
  for (const c of golden.relu) {
    it(`relu x=[${c.x.shape}] (exact)`, () => {
      expectTensorClose(relu(fromFixture(c.x)), c.output, 0);
    });
  }
  it('relu keeps NaN, −0 and +∞ as torch.relu does', () => {
    const parse = (s: string) => ({ nan: NaN, inf: Infinity, '-inf': -Infinity })[s] ?? Number(s);
    const { x, output } = golden.reluSpecial;
    const y = relu(tensor([x.length], x.map(parse)));
    output.map(parse).forEach((e, i) => expect(Object.is(y.data[i], e), `index ${i}: ${y.data[i]} vs torch ${output[i]}`).toBe(true));
  });
  for (const c of golden.add) {
    it(`add [${c.a.shape}] + [${c.b.shape}] (exact)`, () => {
      expectTensorClose(add(fromFixture(c.a), fromFixture(c.b)), c.output, 0);
    });
  }
  for (const c of golden.concat) {
    it(`concat ${c.tensors.map((t) => `[${t.shape}]`).join(' ')} dim=${c.dim} (exact)`, () => {
      expectTensorClose(concat(c.tensors.map(fromFixture), c.dim), c.output, 0);
    });
  }
});

describe('golden: paramCount against sum(p.numel() for p in m.parameters())', () => {
  for (const c of golden.paramCount) {
    it(`${c.name}: ${c.count}`, () => {
      expect((c.layers as LayerSpec[]).reduce((s, l) => s + paramCount(l), 0)).toBe(c.count);
    });
  }
});

describe('golden: layerOutputShape against the torch module’s output, macCount by its formula', () => {
  for (const c of golden.layers) {
    const l = c.layer as LayerSpec;
    const opts = Object.entries(l)
      .filter(([k]) => k !== 'kind')
      .map(([k, v]) => `${k}=${fmt(v as number)}`)
      .join(' ');
    it(`${l.kind} ${opts} x=[${c.inputShape}] → [${c.outputShape}]${c.macs === null ? '' : `, ${c.macs} MACs`}`, () => {
      expect(layerOutputShape(l, c.inputShape)).toEqual(c.outputShape);
      if (c.macs !== null) expect(macCount(l, c.inputShape)).toBe(c.macs);
    });
  }
});

describe('golden: expectClose reports the first mismatching index', () => {
  it('passes within 1e-4 abs + rel and names index 2 when it differs', () => {
    expectClose(Float32Array.from([1, 2, 3]), [1.00005, 2, 3]);
    expect(() => expectClose(Float32Array.from([1, 2, 3.1, 5]), [1, 2, 3, 4])).toThrow(/index 2 .*expected 3, got 3\.0999/);
  });
});
