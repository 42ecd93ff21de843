import { describe, expect, it } from 'vitest';
import { NAIVE_LAYERS, REDUCED_LAYERS, branchOf, inceptionFrame, inceptionSteps } from '../../src/animations/inceptionFrames.ts';
import type { InceptionLayerId } from '../../src/animations/inceptionFrames.ts';

const SIX: Record<InceptionLayerId, [number, number]> = { b1: [6, 6], b2r: [6, 6], b2: [6, 6], b3r: [6, 6], b3: [6, 6], b4p: [6, 6], b4: [6, 6] };

describe('inception frames', () => {
  it('with reductions: input, 7 layers, then the 4 branches joined one by one (12 steps); naive: input, 4 layers, 4 joins (9)', () => {
    const reduced = inceptionSteps(REDUCED_LAYERS);
    expect(reduced).toHaveLength(12);
    expect(reduced.slice(1, 8).map((s) => (s.kind === 'layer' ? s.layer : s.kind))).toEqual(['b1', 'b2r', 'b2', 'b3r', 'b3', 'b4p', 'b4']);
    expect(reduced.slice(8)).toEqual([0, 1, 2, 3].map((branch) => ({ kind: 'concat', branch })));
    expect(inceptionSteps(NAIVE_LAYERS)).toHaveLength(9);
    expect(REDUCED_LAYERS.map(branchOf)).toEqual([0, 1, 1, 2, 2, 3, 3]);
  });

  it('first frame: the input alone, nothing computed or joined', () => {
    const f = inceptionFrame(inceptionSteps(REDUCED_LAYERS), 0, SIX);
    expect(f.current).toEqual({ kind: 'input' });
    expect(Object.values(f.filled).every((n) => n === 0)).toBe(true);
    expect([f.cursor, f.joined]).toEqual([null, 0]);
  });

  it('last frame: every layer complete and all four branches joined', () => {
    const steps = inceptionSteps(REDUCED_LAYERS);
    const f = inceptionFrame(steps, steps.length - 1, SIX);
    expect(f.current).toEqual({ kind: 'concat', branch: 3 });
    expect(Object.values(f.filled)).toEqual(Array(7).fill(36));
    expect(f.joined).toBe(4);
    // Past the end clamps to the last frame.
    expect(inceptionFrame(steps, 99, SIX)).toEqual(f);
  });

  it('between two steps the next layer fills in row-major with its cursor on the cell being computed', () => {
    const steps = inceptionSteps(REDUCED_LAYERS);
    const f = inceptionFrame(steps, 2.5, { ...SIX, b2: [4, 5] });
    expect(f.step).toBe(2);
    expect(f.filled.b2r).toBe(36);
    expect(f.filled.b2).toBe(10);
    expect(f.cursor).toEqual({ layer: 'b2', y: 2, x: 0 });
    // At a whole step nothing is in progress.
    expect(inceptionFrame(steps, 3, SIX).cursor).toBeNull();
  });

  it('is pure: the same arguments give equal frames', () => {
    const steps = inceptionSteps(NAIVE_LAYERS);
    expect(inceptionFrame(steps, 3.7, SIX)).toEqual(inceptionFrame(steps, 3.7, SIX));
  });
});
