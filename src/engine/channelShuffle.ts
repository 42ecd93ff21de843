import { assertInt, assertTensor, fail } from './tensor.ts';
import type { Tensor } from './types.ts';

/**
 * The order of channels after ShuffleNet's shuffle: position `k` of the output holds input channel
 * `order[k]`. Reshape to (groups, C/groups), transpose, flatten: g=3, C=9 → 0,3,6,1,4,7,2,5,8.
 */
export function channelShuffleOrder(channels: number, groups: number, op = 'channelShuffle'): number[] {
  assertInt(op, 'channels', channels, 1);
  assertInt(op, 'groups', groups, 1);
  if (channels % groups !== 0) fail(op, `groups=${groups} must divide channels=${channels}`);
  const perGroup = channels / groups;
  const order: number[] = [];
  for (let j = 0; j < perGroup; j++) for (let i = 0; i < groups; i++) order.push(i * perGroup + j);
  return order;
}

/**
 * Channel shuffle of one sample, as `nn.ChannelShuffle(groups)`.
 * @param x input [C, H, W]
 * @returns [C, H, W] with channels in `channelShuffleOrder(C, groups)`
 */
export function channelShuffle(x: Tensor, groups: number): Tensor {
  const op = 'channelShuffle';
  assertTensor(op, 'input', x, 3);
  const [channels, h, w] = x.shape;
  const order = channelShuffleOrder(channels, groups, op);
  const plane = h * w;
  const out = new Float32Array(x.data.length);
  order.forEach((from, to) => out.set(x.data.subarray(from * plane, (from + 1) * plane), to * plane));
  return { shape: [channels, h, w], data: out };
}
