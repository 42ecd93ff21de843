import { describe, expect, it } from 'vitest';
import {
  avgPool2d,
  channelShuffle,
  conv2d,
  convTranspose2d,
  explainConv2d,
  globalAvgPool2d,
  layerOutputShape,
  maxPool2d,
  paramCount,
  squeezeExcite,
  tensor,
} from '../../src/engine/index.ts';
import type { LayerSpec, Tensor } from '../../src/engine/index.ts';

const t = (...shape: number[]): Tensor => tensor(shape);

/** Each case: what is called, and a pattern naming the op and the values at fault. */
const CASES: [string, () => unknown, RegExp][] = [
  ['groups not dividing in_channels', () => conv2d(t(4, 5, 5), t(3, 1, 3, 3), null, { groups: 3 }), /^conv2d: groups=3 must divide in_channels=4/],
  ['groups not dividing out_channels', () => conv2d(t(4, 5, 5), t(3, 2, 3, 3), null, { groups: 2 }), /^conv2d: groups=2 must divide out_channels=3/],
  ['weight in-channels not matching', () => conv2d(t(4, 5, 5), t(2, 3, 3, 3), null, {}), /^conv2d: weight shape \[2,3,3,3\] needs in_channels\/groups=4 .*in_channels=4.*groups=1, got 3/],
  ['weight of the wrong rank', () => conv2d(t(1, 5, 5), t(1, 3, 3), null, {}), /^conv2d: weight must have 4 dimensions, got shape \[1,3,3\]/],
  ['input of the wrong rank', () => conv2d(t(1, 1, 5, 5), t(1, 1, 3, 3), null, {}), /^conv2d: input must have 3 dimensions, got shape \[1,1,5,5\]/],
  ['data length not matching the shape', () => conv2d({ shape: [1, 3, 3], data: new Float32Array(8) }, t(1, 1, 3, 3), null, {}), /^conv2d: input data has 8 values but shape \[1,3,3\] needs 9/],
  ['bias of the wrong length', () => conv2d(t(1, 5, 5), t(2, 1, 3, 3), t(3), {}), /^conv2d: bias shape \[3\] must be \[2\] \(out_channels=2\)/],
  ['zero stride', () => conv2d(t(1, 5, 5), t(1, 1, 3, 3), null, { stride: 0 }), /^conv2d: stride=0 must be positive/],
  ['negative stride in width', () => conv2d(t(1, 5, 5), t(1, 1, 3, 3), null, { stride: [1, -2] }), /^conv2d: stride=\[1,-2\] must be positive/],
  ['zero dilation', () => conv2d(t(1, 5, 5), t(1, 1, 3, 3), null, { dilation: 0 }), /^conv2d: dilation=0 must be positive/],
  ['zero groups', () => conv2d(t(1, 5, 5), t(1, 1, 3, 3), null, { groups: 0 }), /^conv2d: groups=0 must be positive/],
  ['fractional groups', () => conv2d(t(1, 5, 5), t(1, 1, 3, 3), null, { groups: 1.5 }), /^conv2d: groups=1.5 must be an integer/],
  ['zero kernel', () => conv2d(t(1, 5, 5), t(1, 1, 0, 3), null, {}), /^conv2d: kernel_size=\[0,3\] must be positive/],
  ['negative padding', () => conv2d(t(1, 5, 5), t(1, 1, 3, 3), null, { padding: -1 }), /^conv2d: padding=-1 must be non-negative/],
  ['fractional padding', () => conv2d(t(1, 5, 5), t(1, 1, 3, 3), null, { padding: 0.5 }), /^conv2d: padding=0.5 must be an integer/],
  ['unknown padding word', () => conv2d(t(1, 5, 5), t(1, 1, 3, 3), null, { padding: 'full' as 'same' }), /^conv2d: padding='full' must be a number, \[h, w\], 'same' or 'valid'/],
  ['dilated kernel larger than the padded input', () => conv2d(t(1, 2, 9), t(1, 1, 3, 3), null, { dilation: 2, padding: 1 }), /^conv2d: kernel_size=3 with dilation=2 spans 5 cells in height but the padded input is only 4/],
  ['kernel wider than the input', () => conv2d(t(1, 9, 2), t(1, 1, 1, 4), null, {}), /^conv2d: kernel_size=4 spans 4 cells in width but the padded input is only 2/],
  ["padding='same' with stride 2", () => conv2d(t(1, 5, 5), t(1, 1, 3, 3), null, { padding: 'same', stride: 2 }), /^conv2d: padding='same' needs stride=1.*stride=2/],
  ['output_padding not smaller than stride or dilation', () => convTranspose2d(t(1, 2, 2), t(1, 1, 3, 3), null, { stride: 2, outputPadding: 2 }), /^convTranspose2d: output_padding=2 must be smaller than stride=2 or dilation=1/],
  ['output_padding at stride 1', () => convTranspose2d(t(1, 2, 2), t(1, 1, 3, 3), null, { outputPadding: [0, 1] }), /^convTranspose2d: output_padding=\(0, 1\) must be smaller than stride=1 or dilation=1/],
  ['transposed weight in-channels not matching', () => convTranspose2d(t(2, 2, 2), t(3, 1, 3, 3), null, {}), /^convTranspose2d: weight shape \[3,1,3,3\] needs in_channels=2/],
  ['transposed groups not dividing', () => convTranspose2d(t(3, 2, 2), t(3, 1, 3, 3), null, { groups: 2 }), /^convTranspose2d: groups=2 must divide in_channels=3/],
  ['transposed padding cropping everything', () => convTranspose2d(t(1, 1, 1), t(1, 1, 1, 1), null, { padding: 1 }), /^convTranspose2d: the output would be -1×-1: padding=1/],
  ['shuffle groups not dividing C', () => channelShuffle(t(9, 2, 2), 4), /^channelShuffle: groups=4 must divide channels=9/],
  ['shuffle with zero groups', () => channelShuffle(t(9, 2, 2), 0), /^channelShuffle: groups=0 must be positive/],
  ['SE w1 not reading C channels', () => squeezeExcite(t(8, 2, 2), { w1: t(2, 6), b1: null, w2: t(8, 2), b2: null }), /^squeezeExcite: w1 shape \[2,6\] must be \[hidden, channels=8\]/],
  ['SE w2 not matching', () => squeezeExcite(t(8, 2, 2), { w1: t(2, 8), b1: null, w2: t(8, 3), b2: null }), /^squeezeExcite: w2 shape \[8,3\] must be \[channels=8, hidden=2\]/],
  ['SE bias of the wrong length', () => squeezeExcite(t(8, 2, 2), { w1: t(2, 8), b1: t(3), w2: t(8, 2), b2: null }), /^squeezeExcite: b1 shape \[3\] must be \[hidden=2\]/],
  ['max pool padding over half the kernel', () => maxPool2d(t(1, 6, 6), { kernelSize: 3, padding: 2 }), /^maxPool2d: padding=2 must be at most half of kernel_size=3/],
  ['avg pool zero kernel', () => avgPool2d(t(1, 6, 6), { kernelSize: 0 }), /^avgPool2d: kernel_size=0 must be positive/],
  ['pool window larger than the input', () => maxPool2d(t(1, 2, 2), { kernelSize: 3 }), /^maxPool2d: kernel_size=3 spans 3 cells in height but the padded input is only 2/],
  ['GAP of an empty plane', () => globalAvgPool2d(t(2, 0, 3)), /^globalAvgPool2d: input shape \[2,0,3\] has no cells to average/],
  ['explain of a cell outside the output', () => explainConv2d(t(1, 5, 5), t(1, 1, 3, 3), null, {}, [0, 3, 0]), /^explainConv2d: output cell \[0,3,0\] is outside the output of shape \[1,3,3\]/],
  ['paramCount with groups not dividing', () => paramCount({ kind: 'conv2d', inChannels: 4, outChannels: 6, kernelSize: 3, groups: 4 }), /^paramCount: groups=4 must divide out_channels=6/],
  ['paramCount with zero features', () => paramCount({ kind: 'linear', inFeatures: 0, outFeatures: 3 }), /^paramCount: in_features=0 must be positive/],
  ['paramCount of an unknown kind', () => paramCount({ kind: 'conv3d' } as unknown as LayerSpec), /^paramCount: unknown layer kind 'conv3d'/],
  ['layerOutputShape with the wrong input channels', () => layerOutputShape({ kind: 'conv2d', inChannels: 3, outChannels: 4, kernelSize: 3 }, [2, 8, 8]), /^layerOutputShape: input shape \[2,8,8\] must be \[in_channels=3, H, W\]/],
  ['a tensor of too few values', () => tensor([2, 2], [1, 2, 3]), /^tensor: got 3 values for shape \[2,2\] of 4 elements/],
];

describe('bad input throws an Error naming the op and the values', () => {
  for (const [name, call, pattern] of CASES) {
    it(name, () => {
      expect(call).toThrow(Error);
      expect(call).toThrow(pattern);
    });
  }
});
