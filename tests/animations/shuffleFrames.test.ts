import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupReach, shuffleFrame } from '../../src/animations/shuffleFrames.ts';
import { channelShuffleOrder } from '../../src/engine/index.ts';

describe('shuffleFrame', () => {
  it('g=3, C=9: first frame is the row 0…8; the table phases are 3×3; the last frame reads 0,3,6,1,4,7,2,5,8', () => {
    expect(shuffleFrame(9, 3, 0)).toEqual(Array.from({ length: 9 }, (_, c) => [c, 0]));
    expect(shuffleFrame(9, 3, 1)[5]).toEqual([2, 1]); // channel 5 in row 1 (group 1), column 2
    expect(shuffleFrame(9, 3, 2)[5]).toEqual([1, 2]); // transposed
    const last = shuffleFrame(9, 3, 3);
    const row = [...last.keys()].sort((a, b) => last[a][0] - last[b][0]);
    expect(row).toEqual([0, 3, 6, 1, 4, 7, 2, 5, 8]);
    expect(shuffleFrame(9, 3, 99)).toEqual(last);
  });

  it('tiles glide: halfway between phases every tile is halfway between its places', () => {
    const a = shuffleFrame(6, 2, 1);
    const b = shuffleFrame(6, 2, 2);
    const mid = shuffleFrame(6, 2, 1.5);
    mid.forEach(([x, y], c) => {
      expect(x).toBeCloseTo((a[c][0] + b[c][0]) / 2, 6);
      expect(y).toBeCloseTo((a[c][1] + b[c][1]) / 2, 6);
    });
  });

  it('the final positions are the engine’s shuffle order, for any g dividing C', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }), (g, per) => {
        const C = g * per;
        const last = shuffleFrame(C, g, 3);
        const row = [...last.keys()].sort((a, b) => last[a][0] - last[b][0]);
        expect(row).toEqual(channelShuffleOrder(C, g));
      }),
    );
  });
});

describe('groupReach', () => {
  it('without a shuffle, stacked group convs never exchange information between groups', () => {
    expect(groupReach(9, 3, false)).toEqual([[0], [0], [0], [1], [1], [1], [2], [2], [2]]);
  });

  it('with a shuffle every output group hears every input group (C=9, g=3)', () => {
    expect(groupReach(9, 3, true).every((r) => r.join() === '0,1,2')).toBe(true);
  });

  it('with C/g < g a shuffle reaches only C/g groups per output (C=4, g=4 is depthwise: no mixing at all)', () => {
    expect(groupReach(4, 4, true)).toEqual([[0], [1], [2], [3]]);
    expect(groupReach(6, 3, true)[0]).toEqual([0, 1]);
  });
});
