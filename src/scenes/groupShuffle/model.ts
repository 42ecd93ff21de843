import { channelShuffleOrder, paramCount } from '../../engine/index.ts';
import { groupReach } from '../../animations/shuffleFrames.ts';
import type { GroupShuffleValues } from './schema.ts';

/** Why a grouping is impossible. */
export interface GroupProblem {
  code: 'groupsIn' | 'groupsOut';
  values: Record<string, number | string>;
}

/** The divisors of both channel counts: the groups a slider may offer. */
export function validGroups(v: Pick<GroupShuffleValues, 'inChannels' | 'outChannels'>): number[] {
  return Array.from({ length: Math.min(v.inChannels, v.outChannels) }, (_, i) => i + 1).filter((g) => v.inChannels % g === 0 && v.outChannels % g === 0);
}

/** Groups must divide both channel counts, as PyTorch requires. */
export function groupShuffleProblems(v: GroupShuffleValues): GroupProblem[] {
  const choices = validGroups(v).join(', ');
  if (v.inChannels % v.groups !== 0) return [{ code: 'groupsIn', values: { groups: v.groups, in_channels: v.inChannels, choices } }];
  if (v.outChannels % v.groups !== 0) return [{ code: 'groupsOut', values: { groups: v.groups, out_channels: v.outChannels, choices } }];
  return [];
}

/** Connections, parameter counts of the grouping against standard and depthwise, and the shuffle. */
export interface GroupShuffleModel {
  /** connects[i][o]: output channel o of the first conv reads input channel i (same group). */
  connects: boolean[][];
  weights: number;
  standard: number;
  order: number[];
  /** Which first-layer input groups reach each output of the second conv. */
  reach: number[][];
}

/** The model of a valid setting (weights without bias, as the formula (I/g)·O·kH·kW). */
export function groupShuffleModel(v: GroupShuffleValues): GroupShuffleModel {
  const inPer = v.inChannels / v.groups;
  const outPer = v.outChannels / v.groups;
  const layer = (groups: number) => paramCount({ kind: 'conv2d', inChannels: v.inChannels, outChannels: v.outChannels, kernelSize: v.kernelSize, groups, bias: false });
  return {
    connects: Array.from({ length: v.inChannels }, (_, i) => Array.from({ length: v.outChannels }, (_, o) => Math.floor(i / inPer) === Math.floor(o / outPer))),
    weights: layer(v.groups),
    standard: layer(1),
    order: channelShuffleOrder(v.outChannels, v.groups),
    reach: groupReach(v.outChannels, v.groups, v.shuffle),
  };
}

/** A setting that works: the largest valid group count not above the one asked for. */
export function nearestValidGroups(v: GroupShuffleValues): GroupShuffleValues {
  return { ...v, groups: Math.max(...validGroups(v).filter((g) => g <= v.groups), 1) };
}

/** The PyTorch code: two group convolutions with a ChannelShuffle between them (when on). */
export function groupShuffleCode(v: GroupShuffleValues): string {
  const k = v.kernelSize[0] === v.kernelSize[1] ? String(v.kernelSize[0]) : `(${v.kernelSize[0]}, ${v.kernelSize[1]})`;
  const pad = v.kernelSize[0] === v.kernelSize[1] ? String((v.kernelSize[0] - 1) >> 1) : `(${(v.kernelSize[0] - 1) >> 1}, ${(v.kernelSize[1] - 1) >> 1})`;
  return [
    'import torch',
    'from torch import nn',
    '',
    'block = nn.Sequential(',
    `    nn.Conv2d(${v.inChannels}, ${v.outChannels}, kernel_size=${k}, padding=${pad}, groups=${v.groups}, bias=False),`,
    ...(v.shuffle ? [`    nn.ChannelShuffle(${v.groups}),`] : []),
    `    nn.Conv2d(${v.outChannels}, ${v.outChannels}, kernel_size=${k}, padding=${pad}, groups=${v.groups}, bias=False),`,
    ')',
    `x = torch.randn(1, ${v.inChannels}, 8, 8)`,
    `y = block(x)  # (1, ${v.outChannels}, 8, 8)`,
  ].join('\n');
}
