import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { conv2dGeometry, explainConv2d, randomTensor, seededRandom } from '../../src/engine/index.ts';
import type { Conv2dOptions } from '../../src/engine/index.ts';
import { conv2dFrame, conv2dTimeline, drawnPosition, stepOfCell } from '../../src/animations/conv2dFrames.ts';
import { conv2dHighlights, MARK } from '../../src/animations/conv2dHighlights.ts';
import { linksOfInput, linksOfOutput, linksOfWeight } from '../../src/animations/conv2dLinks.ts';

const geom = (x: number[], w: number[], o: Conv2dOptions = {}) => conv2dGeometry(x, w, o);

describe('conv2dTimeline', () => {
  it('x=[1,5,5] k=3x3 s=2 p=0: 4 cells of 9 multiplies and a bias step', () => {
    expect(conv2dTimeline(geom([1, 5, 5], [1, 1, 3, 3], { stride: 2 }))).toEqual({
      cells: 4,
      termsPerCell: 9,
      stepsPerStop: 10,
      totalSteps: 40,
    });
  });

  it('x=[4,6,6] k=3x3 g=2 O=6: each cell sums 2 channels × 9 taps', () => {
    const tl = conv2dTimeline(geom([4, 6, 6], [6, 2, 3, 3], { groups: 2, padding: 1 }));
    expect(tl.termsPerCell).toBe(18);
    expect(tl.cells).toBe(6 * 36);
  });
});

describe('conv2dFrame', () => {
  const g = geom([1, 5, 5], [1, 1, 3, 3], { stride: 2, padding: 1 });

  it('first frame: first cell, top-left tap on padding', () => {
    const f = conv2dFrame(g, 0);
    expect(f.cell).toEqual([0, 0, 0]);
    expect(f.phase).toBe('multiply');
    expect(f.tap).toEqual({ channel: 0, iy: -1, ix: -1, ky: 0, kx: 0, padding: true });
    expect(f.completedCells).toBe(0);
    expect([f.windowTop, f.windowLeft]).toEqual([-1, -1]);
  });

  it('last frame: last cell complete, positions past the end clamp to it', () => {
    const tl = conv2dTimeline(g);
    const last = conv2dFrame(g, tl.totalSteps - 1);
    expect(last.cell).toEqual([0, 2, 2]);
    expect(last.phase).toBe('bias');
    expect(last.completedCells).toBe(tl.cells);
    expect(conv2dFrame(g, tl.totalSteps + 50)).toEqual(last);
    expect(conv2dFrame(g, -3)).toEqual(conv2dFrame(g, 0));
  });

  it('dilation d=2 puts taps 2 cells apart, skipping the cells between', () => {
    const gd = geom([1, 7, 7], [1, 1, 3, 3], { dilation: 2 });
    const cols = [0, 1, 2].map((t) => conv2dFrame(gd, t).tap?.ix);
    expect(cols).toEqual([0, 2, 4]);
    const rows = [0, 3, 6].map((t) => conv2dFrame(gd, t).tap?.iy);
    expect(rows).toEqual([0, 2, 4]);
  });

  it('the window glides toward the next cell during the bias step, and jumps without glide', () => {
    const biasStep = conv2dTimeline(g).termsPerCell;
    const mid = conv2dFrame(g, biasStep + 0.5);
    expect(mid.windowLeft).toBeCloseTo(0, 5); // halfway from −1 to +1 (stride 2)
    expect(conv2dFrame(g, biasStep + 0.5, false).windowLeft).toBe(-1);
  });

  it('drawnPosition keeps only what the frame shows: whole steps, the fraction only while gliding in a bias step', () => {
    const biasStep = conv2dTimeline(g).termsPerCell;
    expect(drawnPosition(g, 3.7, true)).toBe(3);
    expect(drawnPosition(g, biasStep + 0.25, true)).toBe(biasStep + 0.25);
    expect(drawnPosition(g, biasStep + 0.25, false)).toBe(biasStep);
    expect(drawnPosition(g, -2, true)).toBe(0);
    expect(drawnPosition(g, 1e9, true)).toBe(conv2dTimeline(g).totalSteps - 1);
    fc.assert(
      fc.property(fc.double({ min: -5, max: 45, noNaN: true }), fc.boolean(), (p, glide) => {
        expect(conv2dFrame(g, drawnPosition(g, p, glide), glide)).toEqual(conv2dFrame(g, p, glide));
      }),
    );
  });

  it('stepOfCell lands on the first multiply of that cell', () => {
    const f = conv2dFrame(g, stepOfCell(g, [0, 1, 2]));
    expect(f.cell).toEqual([0, 1, 2]);
    expect(f.termIndex).toBe(0);
  });

  it('taps follow explainConv2d term order for every step of random settings (pure: same input, same frame)', () => {
    fc.assert(
      fc.property(
        fc.record({
          groups: fc.integer({ min: 1, max: 2 }),
          perGroupIn: fc.integer({ min: 1, max: 2 }),
          perGroupOut: fc.integer({ min: 1, max: 2 }),
          h: fc.integer({ min: 3, max: 7 }),
          w: fc.integer({ min: 3, max: 7 }),
          kH: fc.integer({ min: 1, max: 3 }),
          kW: fc.integer({ min: 1, max: 3 }),
          s: fc.integer({ min: 1, max: 2 }),
          p: fc.integer({ min: 0, max: 1 }),
          d: fc.integer({ min: 1, max: 2 }),
          seed: fc.integer(),
        }),
        (c) => {
          const xs = [c.groups * c.perGroupIn, c.h, c.w];
          const ws = [c.groups * c.perGroupOut, c.perGroupIn, c.kH, c.kW];
          const opts = { stride: c.s, padding: c.p, dilation: c.d, groups: c.groups };
          let gg;
          try {
            gg = geom(xs, ws, opts);
          } catch {
            return; // kernel larger than the padded input: not a timeline
          }
          const rng = seededRandom(c.seed);
          const x = randomTensor(xs, rng);
          const w = randomTensor(ws, rng);
          const tl = conv2dTimeline(gg);
          const cell = Math.floor(rng() * tl.cells);
          const first = cell * tl.stepsPerStop;
          const ex = explainConv2d(x, w, null, opts, conv2dFrame(gg, first).cell);
          ex.terms.forEach((term, t) => {
            const f = conv2dFrame(gg, first + t);
            expect(f).toEqual(conv2dFrame(gg, first + t));
            expect([f.tap?.channel, f.tap?.iy, f.tap?.ix]).toEqual([...term.input]);
            expect(f.tap?.padding).toBe(term.padding);
          });
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('three-way links', () => {
  it('x=[2,5,5] k=3x3 s=2 p=1 O=2: output, input and weight links agree', () => {
    const g = geom([2, 5, 5], [2, 2, 3, 3], { stride: 2, padding: 1 });
    const all = [];
    for (let o = 0; o < 2; o++) for (let y = 0; y < 3; y++) for (let x = 0; x < 3; x++) all.push(...linksOfOutput(g, [o, y, x]));
    const key = (l: { input: readonly number[]; weight: readonly number[]; output: readonly number[] }) =>
      `${l.input.join()}|${l.weight.join()}|${l.output.join()}`;
    // Every link of input cell (1, 2, 3) is a link of some output, and no output link of that cell is missing.
    const fromInput = linksOfInput(g, [1, 1, 3]).map(key).sort();
    const expected = all.filter((l) => l.input.join() === '1,1,3').map(key).sort();
    expect(fromInput).toEqual(expected);
    expect(fromInput.length).toBe(4 * 2); // odd row and column at stride 2, p=1: 2×2 windows, 2 filters
    const fromWeight = linksOfWeight(g, [1, 0, 2, 1]);
    expect(fromWeight).toHaveLength(9);
    expect(fromWeight.map(key).sort()).toEqual(all.filter((l) => l.weight.join() === '1,0,2,1').map(key).sort());
  });

  it('groups=2: an input channel feeds only the filters of its group', () => {
    const g = geom([4, 4, 4], [4, 2, 3, 3], { groups: 2, padding: 1 });
    const outs = new Set(linksOfInput(g, [3, 1, 1]).map((l) => l.output[0]));
    expect([...outs].sort()).toEqual([2, 3]);
  });
});

describe('conv2dHighlights', () => {
  it('x=[1,7,7] k=3 d=2: the 9 taps are marked, the 16 cells between them in the 5×5 window are skipped', () => {
    const g = geom([1, 7, 7], [1, 1, 3, 3], { dilation: 2 });
    const h = conv2dHighlights(g, conv2dFrame(g, 0), null);
    const counts = [0, 0, 0, 0, 0];
    h.input[0].forEach((m) => counts[m]++);
    expect(counts[MARK.window] + counts[MARK.current]).toBe(9);
    expect(counts[MARK.current]).toBe(1);
    expect(counts[MARK.skipped]).toBe(25 - 9);
    expect(h.window).toEqual({ top: 0, left: 0, channels: [0] });
  });

  it('an input focus marks the outputs it feeds and the weights it meets; a weight focus marks its inputs', () => {
    const g = geom([1, 5, 5], [1, 1, 3, 3], { padding: 1 });
    const f = conv2dFrame(g, 0);
    const hi = conv2dHighlights(g, f, { kind: 'input', index: [0, 0, 0] });
    expect([...hi.output[0]].filter((m) => m === MARK.linked)).toHaveLength(4);
    expect(hi.links).toHaveLength(4);
    expect(hi.cell).toBeNull();
    const hw = conv2dHighlights(g, f, { kind: 'weight', index: [0, 0, 1, 1] });
    // The centre weight meets every input cell once (padding 1 keeps the size).
    expect([...hw.input[0]].filter((m) => m === MARK.linked)).toHaveLength(25);
    expect(hw.links).toHaveLength(25);
  });

  it('an out-of-range focus (e.g. a stale pin after the size shrank) falls back to playback', () => {
    const g = geom([1, 5, 5], [1, 1, 3, 3]);
    const f = conv2dFrame(g, 3);
    expect(conv2dHighlights(g, f, { kind: 'output', index: [0, 9, 9] })).toEqual(conv2dHighlights(g, f, null));
    expect(conv2dHighlights(g, f, { kind: 'weight', index: [2, 0, 0, 0] }).cell).toEqual([0, 0, 0]);
  });
});
