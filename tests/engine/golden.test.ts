import { describe, expect, it } from 'vitest';
import golden from '../fixtures/golden.json';
import {
  avgPool2d,
  channelShuffle,
  conv2d,
  convTranspose2d,
  explainConv2d,
  explainConvTranspose2d,
  globalAvgPool2d,
  maxPool2d,
  paramCount,
  squeezeExcite,
} from '../../src/engine/index.ts';
import type { Coord3, LayerSpec, Padding2d, Pair } from '../../src/engine/index.ts';
import { expectTensorClose, fmt, fromFixture } from './helpers.ts';
import type { FixtureTensor } from './helpers.ts';

const opt = (t: FixtureTensor | null) => (t === null ? null : fromFixture(t));

/** A few cells of every output: the corners and the centre of each channel's plane. */
function sampleCells([c, h, w]: number[]): Coord3[] {
  const cells: Coord3[] = [];
  for (let o = 0; o < c; o++) cells.push([o, 0, 0], [o, h - 1, w - 1], [o, h >> 1, w >> 1], [o, 0, w - 1]);
  return cells;
}

describe('golden: conv2d against torch.nn.functional.conv2d', () => {
  for (const c of golden.conv2d) {
    const name = `conv2d x=[${c.x.shape}] k=${c.weight.shape[2]}x${c.weight.shape[3]} O=${c.weight.shape[0]} s=${fmt(c.stride)} p=${fmt(c.padding)} d=${fmt(c.dilation)} g=${c.groups}${c.bias ? ' bias' : ''}`;
    const options = { stride: c.stride as Pair, padding: c.padding as Padding2d, dilation: c.dilation as Pair, groups: c.groups };
    it(name, () => {
      const x = fromFixture(c.x);
      const w = fromFixture(c.weight);
      const b = opt(c.bias);
      const y = conv2d(x, w, b, options);
      expectTensorClose(y, c.output);
      for (const cell of sampleCells(c.output.shape)) {
        const e = explainConv2d(x, w, b, options, cell);
        expect(e.value).toBe(y.data[(cell[0] * y.shape[1] + cell[1]) * y.shape[2] + cell[2]]);
        expect(e.terms).toHaveLength(w.shape[1] * w.shape[2] * w.shape[3]);
      }
    });
  }
});

describe('golden: convTranspose2d against torch.nn.functional.conv_transpose2d', () => {
  for (const c of golden.convTranspose2d) {
    const name = `convTranspose2d x=[${c.x.shape}] k=${c.weight.shape[2]}x${c.weight.shape[3]} s=${fmt(c.stride)} p=${fmt(c.padding)} op=${fmt(c.outputPadding)} d=${fmt(c.dilation)} g=${c.groups}${c.bias ? ' bias' : ''}`;
    const options = {
      stride: c.stride as Pair,
      padding: c.padding as Pair,
      outputPadding: c.outputPadding as Pair,
      dilation: c.dilation as Pair,
      groups: c.groups,
    };
    it(name, () => {
      const x = fromFixture(c.x);
      const w = fromFixture(c.weight);
      const b = opt(c.bias);
      const y = convTranspose2d(x, w, b, options);
      expectTensorClose(y, c.output);
      for (const cell of sampleCells(c.output.shape)) {
        const e = explainConvTranspose2d(x, w, b, options, cell);
        expect(e.value).toBe(y.data[(cell[0] * y.shape[1] + cell[1]) * y.shape[2] + cell[2]]);
      }
    });
  }
});

describe('golden: pooling against max_pool2d / avg_pool2d', () => {
  for (const c of golden.pool) {
    const o = c.options as { kernelSize: Pair; stride?: Pair; padding?: Pair; dilation?: Pair; countIncludePad?: boolean };
    const name = `${c.kind}Pool2d x=[${c.x.shape}] k=${fmt(o.kernelSize)} s=${fmt(o.stride)} p=${fmt(o.padding)} d=${fmt(o.dilation)}${o.countIncludePad === undefined ? '' : ` countIncludePad=${o.countIncludePad}`}`;
    it(name, () => {
      const x = fromFixture(c.x);
      expectTensorClose(c.kind === 'max' ? maxPool2d(x, o) : avgPool2d(x, o), c.output);
    });
  }
});

describe('golden: channel-wise ops', () => {
  for (const c of golden.globalAvgPool2d) {
    it(`globalAvgPool2d x=[${c.x.shape}] (adaptive_avg_pool2d(x, 1))`, () => {
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
      const r = squeezeExcite(fromFixture(c.x), { w1: fromFixture(c.w1), b1: opt(c.b1), w2: fromFixture(c.w2), b2: opt(c.b2) });
      expectTensorClose(r.scale, c.scale);
      expectTensorClose(r.output, c.output);
    });
  }
});

describe('golden: paramCount against sum(p.numel() for p in m.parameters())', () => {
  for (const c of golden.paramCount) {
    it(`${c.name}: ${c.count}`, () => {
      expect(paramCount(c.layer as LayerSpec)).toBe(c.count);
    });
  }
});
