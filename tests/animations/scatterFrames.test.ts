import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scatterFrame, scatterRunning, scatterTimeline, stampsReaching, stampTerms, stepOfSource } from '../../src/animations/scatterFrames.ts';
import { scatterPlaybackHighlights, stampCounts } from '../../src/animations/scatterHighlights.ts';
import { MARK } from '../../src/animations/conv2dHighlights.ts';
import { convTranspose2dModel, convTranspose2dProblems } from '../../src/scenes/convTranspose2d/model.ts';
import { convTranspose2dSchema } from '../../src/scenes/convTranspose2d/schema.ts';
import type { ConvTranspose2dValues } from '../../src/scenes/convTranspose2d/schema.ts';
import { defaults } from '../../src/url/schema.ts';

const base = defaults(convTranspose2dSchema) as ConvTranspose2dValues;
const model = (p: Partial<ConvTranspose2dValues> = {}) => convTranspose2dModel({ ...base, ...p });

describe('scatterTimeline', () => {
  it('x=[1,2,2] k=3x3 s=2 bias: 4 stamps of 9 products, then one bias step', () => {
    const m = model();
    expect(scatterTimeline(m.geometry, true)).toEqual({ cells: 4, termsPerCell: 9, stepsPerStop: 9, totalSteps: 37, biasStep: 36 });
    expect(scatterTimeline(m.geometry, false).totalSteps).toBe(36);
  });

  it('x=[4,3,3] O=6 g=2 k=2x3: each stamp has 3 output channels × 6 taps', () => {
    const tl = scatterTimeline(model({ inChannels: 4, outChannels: 6, groups: 2, size: [3, 3], kernelSize: [2, 3] }).geometry, false);
    expect(tl.termsPerCell).toBe(18);
    expect(tl.cells).toBe(36);
  });
});

describe('scatterFrame', () => {
  const m = model();
  const tl = scatterTimeline(m.geometry, true);

  it('step 0 is the first product of x[0,0,0]; step 9 starts x[0,0,1]; the last step adds the bias', () => {
    expect(scatterFrame(m.geometry, tl, 0)).toMatchObject({ phase: 'stamp', source: [0, 0, 0], termIndex: 0, completedSources: 0 });
    expect(scatterFrame(m.geometry, tl, 8)).toMatchObject({ source: [0, 0, 0], termIndex: 8, completedSources: 1 });
    expect(scatterFrame(m.geometry, tl, 9)).toMatchObject({ source: [0, 0, 1], termIndex: 0, completedSources: 1 });
    expect(scatterFrame(m.geometry, tl, 36)).toMatchObject({ phase: 'bias', completedSources: 4 });
    expect(scatterFrame(m.geometry, tl, 1e9).step).toBe(36);
  });

  it('stepOfSource is the inverse of the frame source', () => {
    for (let s = 0; s < 36; s += 9) expect(stepOfSource(m.geometry, scatterFrame(m.geometry, tl, s).source)).toBe(s);
  });
});

describe('stampTerms', () => {
  it('x=[1,2,2] k=3 s=2 p=1: x[0,0,0] lands at rows/cols −1..1, the first row and column cropped', () => {
    const m = model({ padding: [1, 1] });
    const terms = stampTerms(m.geometry, m.x, m.weight, [0, 0, 0]);
    expect(terms.map((t) => [t.oy, t.ox])).toEqual([[-1, -1], [-1, 0], [-1, 1], [0, -1], [0, 0], [0, 1], [1, -1], [1, 0], [1, 1]]);
    expect(terms.filter((t) => t.inside)).toHaveLength(4);
    expect(terms[4].product).toBe(m.x.data[0] * m.weight.data[4]);
  });
});

describe('scatterRunning', () => {
  it('x=[1,2,2] k=3 s=2: after step 0 only out[0,0,0] holds x·w; the bias comes only at its step', () => {
    const m = model();
    const tl = scatterTimeline(m.geometry, true);
    const first = scatterRunning(m.geometry, tl, m.x, m.weight, m.bias, 0);
    const expected = new Float32Array(25);
    expected[0] = m.x.data[0] * m.weight.data[0];
    expect(Array.from(first.output.data)).toEqual(Array.from(expected));
    expect(first.counts[0][0]).toBe(1);
    const beforeBias = scatterRunning(m.geometry, tl, m.x, m.weight, m.bias, 35);
    expect(beforeBias.biasAdded).toBe(false);
    const b = m.bias!.data[0];
    expect(Array.from(beforeBias.output.data).map((v) => v + b)).toEqual(Array.from(m.output.data));
  });

  it('at the last step equals convTranspose2d and the stamp counts, over random settings', () => {
    const setting = fc.record({
      size: fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 })),
      kernelSize: fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 })),
      stride: fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 })),
      padding: fc.tuple(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 2 })),
      dilation: fc.tuple(fc.integer({ min: 1, max: 2 }), fc.integer({ min: 1, max: 2 })),
      groups: fc.constantFrom(1, 2),
      bias: fc.boolean(),
      seed: fc.integer({ min: 0, max: 999 }),
    });
    fc.assert(
      fc.property(setting, (s) => {
        const p = { ...base, ...s, inChannels: 2, outChannels: 4 } as ConvTranspose2dValues;
        fc.pre(convTranspose2dProblems(p).length === 0);
        const m = convTranspose2dModel(p);
        const tl = scatterTimeline(m.geometry, p.bias);
        const done = scatterRunning(m.geometry, tl, m.x, m.weight, m.bias, tl.totalSteps - 1);
        expect(Array.from(done.output.data)).toEqual(Array.from(m.output.data));
        expect(done.counts.map((c) => Array.from(c))).toEqual(stampCounts(m.geometry, m.eq, m.gather.kinds).map((c) => Array.from(c)));
        // Every output cell: the stamps reaching it add up to its value (minus the bias).
        const g = m.geometry;
        for (let o = 0; o < g.outChannels; o++) {
          for (let y = 0; y < g.outH; y++) {
            for (let x = 0; x < g.outW; x++) {
              const arrivals = stampsReaching(g, m.x, m.weight, [o, y, x]);
              const sum = arrivals.reduce((a, s) => a + s.product, m.bias ? m.bias.data[o] : 0);
              expect(sum).toBe(m.output.data[(o * g.outH + y) * g.outW + x]);
              expect(arrivals.length).toBe(done.counts[o][y * g.outW + x]);
            }
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('scatterPlaybackHighlights', () => {
  it('marks the stamping input cell, its stamp on the current channel and the receiving cell', () => {
    const m = model();
    const g = m.geometry;
    const tl = scatterTimeline(g, true);
    const frame = scatterFrame(g, tl, 9 + 4);
    const h = scatterPlaybackHighlights(g, frame, stampTerms(g, m.x, m.weight, frame.source));
    expect(h.input[0][1]).toBe(MARK.current);
    // x[0,0,1] with tap (1,1) lands on out[0,1,3]; its stamp covers rows 0–2, columns 2–4.
    expect(h.output[0][1 * 5 + 3]).toBe(MARK.current);
    expect(Array.from(h.output[0]).filter((v) => v === MARK.linked)).toHaveLength(8);
    expect(h.stamp).toMatchObject({ top: 0, left: 2, height: 3, width: 3, channels: [0] });
    const bias = scatterPlaybackHighlights(g, scatterFrame(g, tl, 36), []);
    expect(bias.stamp).toBeNull();
  });
});
