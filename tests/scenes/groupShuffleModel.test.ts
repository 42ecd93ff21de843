import { describe, expect, it } from 'vitest';
import { groupShuffleCode, groupShuffleModel, groupShuffleProblems, nearestValidGroups, validGroups } from '../../src/scenes/groupShuffle/model.ts';
import { groupShuffleSchema } from '../../src/scenes/groupShuffle/schema.ts';
import type { GroupShuffleValues } from '../../src/scenes/groupShuffle/schema.ts';
import { defaults } from '../../src/url/schema.ts';

const v = (p: Partial<GroupShuffleValues> = {}): GroupShuffleValues => ({ ...defaults(groupShuffleSchema), ...p });

describe('group-shuffle model', () => {
  it('C=9, g=3: the matrix has 3 diagonal blocks of 3×3; weights (9/3)·9·3·3 = 243 against 729; order 0,3,6,1,4,7,2,5,8', () => {
    const m = groupShuffleModel(v());
    expect(m.connects.flat().filter(Boolean)).toHaveLength(27);
    expect(m.connects[4].map((on) => (on ? 1 : 0))).toEqual([0, 0, 0, 1, 1, 1, 0, 0, 0]);
    expect([m.weights, m.standard]).toEqual([243, 729]);
    expect(m.order).toEqual([0, 3, 6, 1, 4, 7, 2, 5, 8]);
    expect(m.reach.every((r) => r.length === 3)).toBe(true);
    expect(groupShuffleModel(v({ shuffle: false })).reach[4]).toEqual([1]);
  });

  it('the slider offers the divisors of both channel counts, from standard to depthwise', () => {
    expect(validGroups(v({ inChannels: 12, outChannels: 8 }))).toEqual([1, 2, 4]);
    expect(validGroups(v())).toEqual([1, 3, 9]);
    expect(groupShuffleModel(v({ groups: 9 })).weights).toBe(81); // depthwise: 1·9·3·3
  });

  it('groups that do not divide a channel count are a problem naming both and the choices', () => {
    expect(groupShuffleProblems(v({ inChannels: 8, groups: 3 }))).toEqual([{ code: 'groupsIn', values: { groups: 3, in_channels: 8, choices: '1' } }]);
    expect(groupShuffleProblems(v({ inChannels: 6, outChannels: 4, groups: 3 }))[0]).toMatchObject({ code: 'groupsOut', values: { out_channels: 4, choices: '1, 2' } });
    expect(nearestValidGroups(v({ inChannels: 8, outChannels: 8, groups: 3 })).groups).toBe(2);
  });

  it('the code puts nn.ChannelShuffle between the convolutions only when the shuffle is on', () => {
    expect(groupShuffleCode(v())).toContain('nn.ChannelShuffle(3),');
    expect(groupShuffleCode(v({ shuffle: false }))).not.toContain('ChannelShuffle');
    expect(groupShuffleCode(v())).toContain('nn.Conv2d(9, 9, kernel_size=3, padding=1, groups=3, bias=False),');
  });
});
