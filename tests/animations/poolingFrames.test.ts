import { describe, expect, it } from 'vitest';
import { avgPool2d, maxPool2d, pool2dGeometry, randomTensor, seededRandom } from '../../src/engine/index.ts';
import type { Pair } from '../../src/engine/index.ts';
import { outputsReading, poolCell, poolDrawnPosition, poolFrame, poolPlane, poolPlaneValues, poolStepOfCell, poolTimeline } from '../../src/animations/poolingFrames.ts';

interface Setting {
  size: [number, number];
  k: Pair;
  s: Pair;
  p: Pair;
  d: Pair;
  ceil: boolean;
}

const SETTINGS: Setting[] = [
  { size: [6, 6], k: 2, s: 2, p: 0, d: 1, ceil: false },
  { size: [5, 5], k: 2, s: 2, p: 0, d: 1, ceil: true },
  { size: [5, 7], k: [3, 2], s: [2, 3], p: [1, 1], d: 1, ceil: true },
  { size: [7, 6], k: 3, s: 1, p: 1, d: [2, 1], ceil: false },
  { size: [6, 6], k: 3, s: 2, p: 1, d: 1, ceil: true },
];

const name = (t: Setting) => `x=[2,${t.size.join(',')}] k=${String(t.k)} s=${String(t.s)} p=${String(t.p)} d=${String(t.d)} ceil=${t.ceil}`;

describe.each(SETTINGS)('pooling frames %#', (t) => {
  const x = randomTensor([2, ...t.size], seededRandom(7), { min: -4, max: 9, integers: true });

  it(`${name(t)}: the written-out max and average of every cell equal the engine's maxPool2d and avgPool2d`, () => {
    const gMax = pool2dGeometry('maxPool2d', x.shape, t.k, t.s, t.p, t.d, t.ceil);
    const max = maxPool2d(x, { kernelSize: t.k, stride: t.s, padding: t.p, dilation: t.d, ceilMode: t.ceil });
    const gAvg = pool2dGeometry('avgPool2d', x.shape, t.k, t.s, t.p, 1, t.ceil);
    for (const include of [true, false]) {
      const avg = avgPool2d(x, { kernelSize: t.k, stride: t.s, padding: t.p, ceilMode: t.ceil, countIncludePad: include });
      for (let c = 0; c < 2; c++)
        for (let oy = 0; oy < gAvg.outH; oy++)
          for (let ox = 0; ox < gAvg.outW; ox++) {
            const cell = poolCell(gAvg, x, c, oy, ox, include);
            expect(cell.sum / cell.divisor).toBeCloseTo(avg.data[(c * gAvg.outH + oy) * gAvg.outW + ox], 5);
          }
    }
    for (let c = 0; c < 2; c++)
      for (let oy = 0; oy < gMax.outH; oy++)
        for (let ox = 0; ox < gMax.outW; ox++) {
          const cell = poolCell(gMax, x, c, oy, ox, true);
          expect(cell.best).not.toBeNull();
          expect(cell.taps[cell.best ?? 0].value).toBe(max.data[(c * gMax.outH + oy) * gMax.outW + ox]);
          // The first largest wins, as PyTorch's indices: no earlier tap holds the same value.
          const earlier = cell.taps.slice(0, cell.best ?? 0).filter((tap) => tap.value === cell.taps[cell.best ?? 0].value);
          expect(earlier).toEqual([]);
        }
  });

  it(`${name(t)}: the plane holds input, padding and the ceil_mode strip; every tap lands on it`, () => {
    const g = pool2dGeometry('maxPool2d', x.shape, t.k, t.s, t.p, t.d, t.ceil);
    const plane = poolPlane(g);
    const values = poolPlaneValues(plane, x, 1, 'max');
    for (let oy = 0; oy < g.outH; oy++)
      for (let ox = 0; ox < g.outW; ox++)
        for (const tap of poolCell(g, x, 1, oy, ox, true).taps) {
          const r = tap.iy - plane.top;
          const col = tap.ix - plane.left;
          expect(r >= 0 && r < plane.rows && col >= 0 && col < plane.cols).toBe(true);
          const kind = plane.kinds[r * plane.cols + col];
          expect(kind).toBe({ input: 0, padding: 2, outside: 3 }[tap.kind]);
          if (tap.kind === 'input') expect(values[r * plane.cols + col]).toBe(tap.value);
          if (tap.kind === 'padding') expect(values[r * plane.cols + col]).toBe(-Infinity);
        }
    expect(poolPlaneValues(plane, x, 0, 'avg').includes(-Infinity)).toBe(false);
  });
});

describe('pooling timeline', () => {
  const x = randomTensor([2, 5, 5], seededRandom(3), { min: -4, max: 9, integers: true });
  const g = pool2dGeometry('maxPool2d', x.shape, 2, 2, 0, 1, true);

  it('x=[2,5,5] k=2 s=2 ceil: 2·3·3 cells of 4 taps and a result step; stops are cells', () => {
    const tl = poolTimeline(g, 2);
    expect(tl).toEqual({ cells: 18, tapsPerCell: 4, stepsPerStop: 5, totalSteps: 90 });
  });

  it('first frame: output [0, 0, 0], its first tap, the window at the corner; last frame: every cell written', () => {
    const first = poolFrame(g, x, 2, true, 0);
    expect(first).toMatchObject({ cell: [0, 0, 0], tapIndex: 0, phase: 'tap', windowTop: 0, windowLeft: 0, completedCells: 0, best: 0 });
    const last = poolFrame(g, x, 2, true, 1e9);
    expect(last).toMatchObject({ cell: [1, 2, 2], phase: 'result', completedCells: 18, windowTop: 4, windowLeft: 4 });
    // The last window of ceil_mode: one input tap, three past the input, so the divisor is 1.
    expect(last.counted).toBe(1);
  });

  it('the running max and partial sum grow tap by tap and end at the cell’s result', () => {
    const cell = poolCell(g, x, 0, 1, 1, true);
    const start = poolStepOfCell(g, 2, [0, 1, 1]);
    let sum = 0;
    cell.taps.forEach((tap, i) => {
      const f = poolFrame(g, x, 2, true, start + i);
      sum += tap.value ?? 0;
      expect(f.partialSum).toBe(sum);
      expect(f.counted).toBe(i + 1);
    });
    const done = poolFrame(g, x, 2, true, start + 4);
    expect([done.best, done.partialSum, done.counted]).toEqual([cell.best, cell.sum, cell.divisor]);
  });

  it('the window glides to the next cell during the result step, and only then does the fraction matter', () => {
    const start = poolStepOfCell(g, 2, [0, 0, 0]);
    expect(poolFrame(g, x, 2, true, start + 4.5).windowLeft).toBeCloseTo(1, 5);
    expect(poolFrame(g, x, 2, true, start + 4.5, false).windowLeft).toBe(0);
    expect(poolDrawnPosition(g, 2, start + 1.5, true)).toBe(start + 1);
    expect(poolDrawnPosition(g, 2, start + 4.5, true)).toBe(start + 4.5);
    expect(poolDrawnPosition(g, 2, start + 4.5, false)).toBe(start + 4);
  });

  it('frames are pure: the same arguments give equal frames', () => {
    expect(poolFrame(g, x, 2, false, 37.3)).toEqual(poolFrame(g, x, 2, false, 37.3));
  });
});

describe('outputsReading', () => {
  it('x=[1,7,6] k=3 s=1 p=1 d=[2,1]: exactly the outputs with a tap on the cell, padding included', () => {
    const x = randomTensor([1, 7, 6], seededRandom(1));
    const g = pool2dGeometry('maxPool2d', x.shape, 3, 1, 1, [2, 1], false);
    for (let iy = -1; iy <= 7; iy++)
      for (let ix = -1; ix <= 6; ix++) {
        const expected: [number, number][] = [];
        for (let oy = 0; oy < g.outH; oy++)
          for (let ox = 0; ox < g.outW; ox++) if (poolCell(g, x, 0, oy, ox, true).taps.some((t) => t.iy === iy && t.ix === ix)) expected.push([oy, ox]);
        expect(outputsReading(g, iy, ix)).toEqual(expected);
      }
  });
});
