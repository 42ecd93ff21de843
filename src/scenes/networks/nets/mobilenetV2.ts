import { bn, conv, dropout, linear, relu, seq } from './define.ts';
import type { Block } from './define.ts';

/**
 * `Conv2dNormActivation(in, out, kernel_size, stride, groups)` (torchvision.ops.misc): a conv without
 * bias (padding (k − 1) // 2), BatchNorm2d and ReLU6.
 */
function convBnRelu6(inChannels: number, outChannels: number, kernelSize: number, stride = 1, groups = 1): Block {
  const padding = (kernelSize - 1) >> 1;
  return seq([conv(inChannels, outChannels, kernelSize, { stride, padding, groups, bias: false }), bn(outChannels), relu(true, 'ReLU6')], 'Conv2dNormActivation');
}

/**
 * `InvertedResidual(inp, oup, stride, expand_ratio)`: a 1×1 expansion to `round(inp·t)` channels (left out
 * when t = 1), a 3×3 depthwise conv (groups = channels), a linear 1×1 projection and its BN, all in
 * `self.conv`; the input is added back when stride = 1 and inp = oup.
 */
function invertedResidual(inp: number, oup: number, stride: number, expandRatio: number): Block {
  const hidden = Math.round(inp * expandRatio);
  const layers = [
    ...(expandRatio !== 1 ? [convBnRelu6(inp, hidden, 1)] : []),
    convBnRelu6(hidden, hidden, 3, stride, hidden),
    conv(hidden, oup, 1, { bias: false }),
    bn(oup),
  ];
  const residual = stride === 1 && inp === oup;
  return {
    type: 'InvertedResidual',
    children: { conv: seq(layers) },
    forward: residual ? [{ fn: 'add', branches: [[], ['conv']] }] : ['conv'],
    config: { inp, oup, stride, expand_ratio: expandRatio },
  };
}

/** The paper's Table 2 as torchvision writes it: expansion t, channels c, repeats n, first stride s. */
const SETTING: readonly (readonly [t: number, c: number, n: number, s: number])[] = [
  [1, 16, 1, 1],
  [6, 24, 2, 2],
  [6, 32, 3, 2],
  [6, 64, 4, 2],
  [6, 96, 3, 1],
  [6, 160, 3, 2],
  [6, 320, 1, 1],
];

function features(): Block {
  const blocks: Block[] = [convBnRelu6(3, 32, 3, 2)];
  let input = 32;
  for (const [t, c, n, s] of SETTING) {
    for (let i = 0; i < n; i++) {
      blocks.push(invertedResidual(input, c, i === 0 ? s : 1, t));
      input = c;
    }
  }
  blocks.push(convBnRelu6(input, 1280, 1));
  return seq(blocks);
}

/**
 * torchvision's `mobilenet_v2()` (width_mult 1.0): features.0 a 3×3/2 stem, features.1–17 the inverted
 * residuals, features.18 a 1×1 conv to 1280; then `F.adaptive_avg_pool2d(x, (1, 1))`, torch.flatten and
 * the classifier (dropout 0.2, one FC layer).
 */
export const mobilenetV2: Block = {
  type: 'MobileNetV2',
  children: { features: features(), classifier: seq([dropout(0.2), linear(1280, 1000)]) },
  forward: ['features', { fn: 'adaptiveAvgPool2d', outputSize: [1, 1] }, { fn: 'flatten' }, 'classifier'],
};
