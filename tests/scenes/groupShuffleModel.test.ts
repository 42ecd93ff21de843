import { describe, expect, it } from 'vitest';
import { groupReach } from '../../src/animations/shuffleFrames.ts';
import { connected, groupShuffleCode, groupShuffleModel, groupShuffleProblems, nearestValidGroups, reachOfGroups, validGroups } from '../../src/scenes/groupShuffle/model.ts';
import { channelShuffleOrder } from '../../src/engine/index.ts';
import { groupShuffleSchema } from '../../src/scenes/groupShuffle/schema.ts';
import type { GroupShuffleValues } from '../../src/scenes/groupShuffle/schema.ts';
import { defaults } from '../../src/url/schema.ts';

const v = (p: Partial<GroupShuffleValues> = {}): GroupShuffleValues => ({ ...defaults(groupShuffleSchema), ...p });

describe('group-shuffle model', () => {
  it('C=9, g=3: the matrix has 3 diagonal blocks of 3×3; each conv (9/3)·9·3·3 = 243, both 486 against 1,458; order 0,3,6,1,4,7,2,5,8', () => {
    const m = groupShuffleModel(v());
    const cells = Array.from({ length: 9 }, (_, i) => Array.from({ length: 9 }, (_, o) => connected(m, i, o)));
    expect(cells.flat().filter(Boolean)).toHaveLength(27);
    expect(cells[4].map((on) => (on ? 1 : 0))).toEqual([0, 0, 0, 1, 1, 1, 0, 0, 0]);
    expect([m.weights, m.weights2, m.total, m.standard, m.params]).toEqual([243, 243, 486, 1458, 486]);
    expect(groupShuffleModel(v({ bias: true })).params).toBe(486 + 2 * 9);
    expect(m.order).toEqual([0, 3, 6, 1, 4, 7, 2, 5, 8]);
    expect(m.reachOfGroup).toEqual([[0, 1, 2], [0, 1, 2], [0, 1, 2]]);
    expect(groupShuffleModel(v({ shuffle: false })).reachOfGroup[1]).toEqual([1]);
    expect(m.detail).toBe(true);
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

  it('in_channels=64 out_channels=64 groups=4 kernel_size=3: 9,216 weights per conv, 18,432 for both, + 2 × 64 biases = 18,560, standard 73,728; group view', () => {
    const m = groupShuffleModel(v({ inChannels: 64, outChannels: 64, groups: 4, kernelSize: [3, 3] }));
    expect([m.weights, m.weights2, m.total, m.biases, m.standard, m.params]).toEqual([9216, 9216, 18432, 64, 73728, 18432]);
    expect(groupShuffleModel(v({ inChannels: 64, outChannels: 64, groups: 4, kernelSize: [3, 3], bias: true })).params).toBe(18560);
    expect(m.detail).toBe(false);
    expect([m.inPer, m.outPer, m.order.length]).toEqual([16, 16, 64]);
    expect(m.order.slice(0, 6)).toEqual([0, 16, 32, 48, 1, 17]);
    expect(m.reachOfGroup.every((r) => r.join() === '0,1,2,3')).toBe(true);
  });

  it('in=out=2,048: every count is exact (groups=8 → 4,718,592 weights; depthwise groups=2,048 → 18,432) and the model stays cheap', () => {
    const t0 = performance.now();
    const m = groupShuffleModel(v({ inChannels: 2048, outChannels: 2048, groups: 8, kernelSize: [3, 3] }));
    expect(m.weights).toBe((2048 / 8) * 2048 * 9);
    expect(m.standard).toBe(2 * 2048 * 2048 * 9);
    expect(m.reachOfGroup.every((r) => r.length === 8)).toBe(true);
    const dw = groupShuffleModel(v({ inChannels: 2048, outChannels: 2048, groups: 2048, kernelSize: [3, 3] }));
    expect(dw.weights).toBe(18432);
    expect(dw.reachOfGroup[5]).toEqual([5]);
    expect(performance.now() - t0).toBeLessThan(200);
  });

  it('reachOfGroups equals the per-channel groupReach for every output of every small setting', () => {
    for (const [C, g] of [[9, 3], [12, 4], [12, 6], [8, 8], [16, 2], [6, 1]]) {
      for (const shuffle of [true, false]) {
        const order = shuffle ? channelShuffleOrder(C, g) : Array.from({ length: C }, (_, c) => c);
        const byGroup = reachOfGroups(C, g, order);
        groupReach(C, g, shuffle).forEach((r, o) => expect(byGroup[Math.floor(o / (C / g))]).toEqual(r));
      }
    }
  });

  it('in_channels=12 out_channels=6 groups=3 kernel_size=1x3: conv 1 (12/3)·6·1·3 = 72, conv 2 (6/3)·6·1·3 = 36, the two differ', () => {
    const m = groupShuffleModel(v({ inChannels: 12, outChannels: 6, groups: 3, kernelSize: [1, 3] }));
    expect([m.weights, m.weights2, m.total, m.standard]).toEqual([72, 36, 108, 12 * 6 * 3 + 6 * 6 * 3]);
  });

  it('the code writes the scene’s bias as PyTorch takes it', () => {
    expect(groupShuffleCode(v({ inChannels: 64, outChannels: 64, groups: 4, bias: true }))).toContain('nn.Conv2d(64, 64, kernel_size=3, padding=1, groups=4),');
  });
});
