import { describe, expect, it } from 'vitest';
import { blockColumns, blockFrame, blockSteps, residualOutput, stepOf } from '../../src/animations/residualFrames.ts';

describe('residual block frames', () => {
  it('BasicBlock, identity: 9 steps; the first frame shows x alone, the last every column', () => {
    const steps = blockSteps('basic', false);
    expect(steps).toHaveLength(9);
    const first = blockFrame(steps, 0);
    expect(first.current).toEqual({ node: 'x', column: 'x' });
    expect(first.shown).toEqual({ x: 'x', unit1: null, unit2: null, unit3: null, skip: null, add: null, out: null });
    const last = blockFrame(steps, 8);
    expect(last.shown).toEqual({ x: 'x', unit1: 'relu1', unit2: 'bn2', unit3: null, skip: 'identity', add: 'add', out: 'out' });
  });

  it('a unit column shows its latest tensor: conv1, then bn1, then relu1', () => {
    const steps = blockSteps('bottleneck', true);
    expect([1, 2, 3].map((s) => blockFrame(steps, s).shown.unit1)).toEqual(['conv1', 'bn1', 'relu1']);
    expect(blockFrame(steps, stepOf(steps, 'projBn')).shown.skip).toBe('projBn');
    expect(blockFrame(steps, stepOf(steps, 'proj')).shown.add).toBeNull();
  });

  it('steps are clamped and fractional positions floor; frames are pure', () => {
    const steps = blockSteps('basic', true);
    expect(blockFrame(steps, -3).step).toBe(0);
    expect(blockFrame(steps, 99).step).toBe(steps.length - 1);
    expect(blockFrame(steps, 2.7)).toEqual(blockFrame(steps, 2));
    expect(blockFrame(steps, 4)).toEqual(blockFrame(steps, 4));
  });

  it('F(x) is bn2 in a BasicBlock, bn3 in a Bottleneck; columns left to right', () => {
    expect(residualOutput('basic')).toBe('bn2');
    expect(residualOutput('bottleneck')).toBe('bn3');
    expect(blockColumns('basic')).toEqual(['x', 'unit1', 'unit2', 'skip', 'add', 'out']);
    expect(blockColumns('bottleneck')).toEqual(['x', 'unit1', 'unit2', 'unit3', 'skip', 'add', 'out']);
    expect(stepOf(blockSteps('basic', false), 'proj')).toBe(-1);
  });
});
