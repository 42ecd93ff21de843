import { bn, conv, linear, maxPool, relu, seq } from './define.ts';
import type { Block } from './define.ts';

/** `depthwise_conv(i, o, kernel_size=3, stride, padding=1)`: groups = i, no bias. */
const depthwise = (channels: number, stride: number) => conv(channels, channels, 3, { stride, padding: 1, groups: channels, bias: false });
const pointwise = (i: number, o: number) => conv(i, o, 1, { bias: false });

/**
 * ShuffleNet V2's unit, torchvision's `InvertedResidual(inp, oup, stride)` (models/shufflenetv2.py).
 * Stride 1: `x.chunk(2, dim=1)`, the first half passes, the second goes through branch2 (1×1, 3×3
 * depthwise, 1×1); stride 2: both branches see the whole input (branch1: depthwise 3×3/2 then 1×1) and
 * each gives half the output. Then torch.cat and `channel_shuffle(out, 2)`. A stride-1 unit's branch1
 * is an empty Sequential torchvision never calls, so it has no row.
 */
function unit(inp: number, oup: number, stride: number): Block {
  const half = oup / 2;
  const branch2 = seq([pointwise(stride > 1 ? inp : half, half), bn(half), relu(), depthwise(half, stride), bn(half), pointwise(half, half), bn(half), relu()]);
  const config = { inp, oup, stride };
  if (stride === 1) {
    return { type: 'InvertedResidual', children: { branch2 }, forward: [{ fn: 'cat', chunks: 2, branches: [[], ['branch2']] }, { fn: 'channelShuffle', groups: 2 }], config };
  }
  const branch1 = seq([depthwise(inp, stride), bn(inp), pointwise(inp, half), bn(half), relu()]);
  return { type: 'InvertedResidual', children: { branch1, branch2 }, forward: [{ fn: 'cat', branches: [['branch1'], ['branch2']] }, { fn: 'channelShuffle', groups: 2 }], config };
}

/** `stages_repeats` [4, 8, 4] and `stages_out_channels` of ×1.0. */
const REPEATS = [4, 8, 4];
const OUT = [24, 116, 232, 464, 1024];

function stage(inp: number, oup: number, repeats: number): Block {
  return seq([unit(inp, oup, 2), ...Array.from({ length: repeats - 1 }, () => unit(oup, oup, 1))]);
}

/**
 * torchvision's `shufflenet_v2_x1_0()`: conv1 (3×3/2, BN, ReLU), a 3×3/2 max pool, three stages of
 * units, conv5 (1×1 to 1024), `x.mean([2, 3])` (global average pooling without a module) and fc.
 */
export const shufflenetV2: Block = {
  type: 'ShuffleNetV2',
  children: {
    conv1: seq([conv(3, OUT[0], 3, { stride: 2, padding: 1, bias: false }), bn(OUT[0]), relu()]),
    maxpool: maxPool(3, 2, { padding: 1 }),
    stage2: stage(OUT[0], OUT[1], REPEATS[0]),
    stage3: stage(OUT[1], OUT[2], REPEATS[1]),
    stage4: stage(OUT[2], OUT[3], REPEATS[2]),
    conv5: seq([pointwise(OUT[3], OUT[4]), bn(OUT[4]), relu()]),
    fc: linear(OUT[4], 1000),
  },
  forward: ['conv1', 'maxpool', 'stage2', 'stage3', 'stage4', 'conv5', { fn: 'mean' }, 'fc'],
};
