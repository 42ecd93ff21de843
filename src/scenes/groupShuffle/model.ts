import { channelShuffleOrder, groupsIssues, paramCount } from '../../engine/index.ts';
import type { GeometryIssue } from '../../engine/index.ts';
import type { GroupShuffleValues } from './schema.ts';
import { DETAIL_CHANNELS } from './schema.ts';

/** Why a grouping is impossible: the engine's code (`groupsIn` or `groupsOut` within the scene's ranges) and values. */
export type GroupProblem = Pick<GeometryIssue, 'code' | 'values'>;

/** The divisors of both channel counts: the groups a slider may offer. */
export function validGroups(v: Pick<GroupShuffleValues, 'inChannels' | 'outChannels'>): number[] {
  return Array.from({ length: Math.min(v.inChannels, v.outChannels) }, (_, i) => i + 1).filter((g) => v.inChannels % g === 0 && v.outChannels % g === 0);
}

/** Groups must divide both channel counts, as PyTorch requires (the engine's `groupsIssues`), with the groups that work. */
export function groupShuffleProblems(v: GroupShuffleValues): GroupProblem[] {
  const choices = validGroups(v).join(', ');
  return groupsIssues(v.inChannels, v.outChannels, v.groups).map(({ code, values }) => ({ code, values: { ...values, choices } }));
}

/** Connections, parameter counts of the grouping against standard, and the shuffle, for all channels. */
export interface GroupShuffleModel {
  /** Channels per group: input I/g, output O/g. */
  inPer: number;
  outPer: number;
  /**
   * Weights (bias=False) of the two convolutions the diagram draws, as PyTorch counts each `nn.Conv2d`:
   * conv 1 (I → O) has (I/g)·O·kH·kW, conv 2 (O → O) has (O/g)·O·kH·kW; `total` is their sum and
   * `standard` the sum of the same two convolutions with groups=1.
   */
  weights: number;
  weights2: number;
  total: number;
  standard: number;
  /** Biases of each conv (O each, 2·O for both); `params`: both convs with the scene's `bias`. */
  biases: number;
  params: number;
  /** order[k]: the channel that lands at position k after the shuffle (all O of them). */
  order: number[];
  /** reachOfGroup[G]: the first-layer input groups that reach every output of conv 2's group G. */
  reachOfGroup: number[][];
  /** Channel-level view (I, O ≤ DETAIL_CHANNELS) or group-level view. */
  detail: boolean;
}

/**
 * Which first-layer groups reach each group of the second conv: its positions G·per … G·per + per − 1
 * of the (shuffled) row came from channels order[k], each of which heard only its own group. O(C) work.
 */
export function reachOfGroups(channels: number, groups: number, order: readonly number[]): number[][] {
  const per = channels / groups;
  return Array.from({ length: groups }, (_, G) => {
    const reached = new Set<number>();
    for (let k = G * per; k < (G + 1) * per; k++) reached.add(Math.floor(order[k] / per));
    return [...reached].sort((a, b) => a - b);
  });
}

/** The model of a valid setting: only counts and O-long vectors, so 2,048 channels stay cheap. */
export function groupShuffleModel(v: GroupShuffleValues): GroupShuffleModel {
  const layer = (inChannels: number, groups: number, bias: boolean) =>
    paramCount({ kind: 'conv2d', inChannels, outChannels: v.outChannels, kernelSize: v.kernelSize, groups, bias });
  const both = (groups: number, bias: boolean) => layer(v.inChannels, groups, bias) + layer(v.outChannels, groups, bias);
  const order = v.shuffle ? channelShuffleOrder(v.outChannels, v.groups) : Array.from({ length: v.outChannels }, (_, c) => c);
  return {
    inPer: v.inChannels / v.groups,
    outPer: v.outChannels / v.groups,
    weights: layer(v.inChannels, v.groups, false),
    weights2: layer(v.outChannels, v.groups, false),
    total: both(v.groups, false),
    standard: both(1, false),
    biases: v.outChannels,
    params: both(v.groups, v.bias),
    order: channelShuffleOrder(v.outChannels, v.groups),
    reachOfGroup: reachOfGroups(v.outChannels, v.groups, order),
    detail: v.inChannels <= DETAIL_CHANNELS && v.outChannels <= DETAIL_CHANNELS,
  };
}

/** Whether input channel i and output channel o of the first conv are in the same group (connected). */
export function connected(m: Pick<GroupShuffleModel, 'inPer' | 'outPer'>, i: number, o: number): boolean {
  return Math.floor(i / m.inPer) === Math.floor(o / m.outPer);
}

/** A setting that works: the largest valid group count not above the one asked for. */
export function nearestValidGroups(v: GroupShuffleValues): GroupShuffleValues {
  return { ...v, groups: Math.max(...validGroups(v).filter((g) => g <= v.groups), 1) };
}

/** The PyTorch code: two group convolutions with a ChannelShuffle between them (when on). */
export function groupShuffleCode(v: GroupShuffleValues): string {
  const bias = v.bias ? '' : ', bias=False';
  const k = v.kernelSize[0] === v.kernelSize[1] ? String(v.kernelSize[0]) : `(${v.kernelSize[0]}, ${v.kernelSize[1]})`;
  const pad = v.kernelSize[0] === v.kernelSize[1] ? String((v.kernelSize[0] - 1) >> 1) : `(${(v.kernelSize[0] - 1) >> 1}, ${(v.kernelSize[1] - 1) >> 1})`;
  return [
    'import torch',
    'from torch import nn',
    '',
    'block = nn.Sequential(',
    `    nn.Conv2d(${v.inChannels}, ${v.outChannels}, kernel_size=${k}, padding=${pad}, groups=${v.groups}${bias}),`,
    ...(v.shuffle ? [`    nn.ChannelShuffle(${v.groups}),`] : []),
    `    nn.Conv2d(${v.outChannels}, ${v.outChannels}, kernel_size=${k}, padding=${pad}, groups=${v.groups}${bias}),`,
    ')',
    `x = torch.randn(1, ${v.inChannels}, 8, 8)`,
    `y = block(x)  # (1, ${v.outChannels}, 8, 8)`,
  ].join('\n');
}
