import { adaptiveAvgPool, conv, dropout, maxPool, relu, seq } from './define.ts';
import type { Block } from './define.ts';

/**
 * `Fire(inplanes, squeeze_planes, expand1x1_planes, expand3x3_planes)`: a 1×1 squeeze and its ReLU, then
 * a 1×1 and a 3×3 (padding 1) expand, each with its ReLU, joined along channels.
 */
function fire(inplanes: number, squeeze: number, e1: number, e3: number): Block {
  return {
    type: 'Fire',
    children: {
      squeeze: conv(inplanes, squeeze, 1),
      squeeze_activation: relu(),
      expand1x1: conv(squeeze, e1, 1),
      expand1x1_activation: relu(),
      expand3x3: conv(squeeze, e3, 3, { padding: 1 }),
      expand3x3_activation: relu(),
    },
    forward: ['squeeze', 'squeeze_activation', { fn: 'cat', branches: [['expand1x1', 'expand1x1_activation'], ['expand3x3', 'expand3x3_activation']] }],
    config: { inplanes, squeeze_planes: squeeze, expand1x1_planes: e1, expand3x3_planes: e3 },
  };
}

const pool = () => maxPool(3, 2, { ceilMode: true });

/**
 * torchvision's `squeezenet1_0()`: a 7×7/2 conv (96), eight Fire modules between ceil-mode max pools,
 * and a classifier without FC layer: dropout, a 1×1 conv to 1000 classes, ReLU, global average pooling
 * (the module), then torch.flatten.
 */
export const squeezenet: Block = {
  type: 'SqueezeNet',
  children: {
    features: seq([
      conv(3, 96, 7, { stride: 2 }),
      relu(),
      pool(),
      fire(96, 16, 64, 64),
      fire(128, 16, 64, 64),
      fire(128, 32, 128, 128),
      pool(),
      fire(256, 32, 128, 128),
      fire(256, 48, 192, 192),
      fire(384, 48, 192, 192),
      fire(384, 64, 256, 256),
      pool(),
      fire(512, 64, 256, 256),
    ]),
    classifier: seq([dropout(0.5), conv(512, 1000, 1), relu(), adaptiveAvgPool([1, 1])]),
  },
  forward: ['features', 'classifier', { fn: 'flatten' }],
};
