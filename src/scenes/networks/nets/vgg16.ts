import { adaptiveAvgPool, conv, dropout, linear, maxPool, relu, seq } from './define.ts';
import type { Block, Module } from './define.ts';

/** torchvision's configuration 'D': 3×3 convs (padding 1) of these widths, 'M' a 2×2 max pool of stride 2. */
const CFG_D: readonly (number | 'M')[] = [64, 64, 'M', 128, 128, 'M', 256, 256, 256, 'M', 512, 512, 512, 'M', 512, 512, 512, 'M'];

/** `make_layers(cfg, batch_norm=False)`: each width a Conv2d and a ReLU, so features.30 is the last pool. */
function features(cfg: readonly (number | 'M')[]): Module[] {
  const layers: Module[] = [];
  let inChannels = 3;
  for (const v of cfg) {
    if (v === 'M') layers.push(maxPool(2, 2));
    else {
      layers.push(conv(inChannels, v, 3, { padding: 1 }), relu());
      inChannels = v;
    }
  }
  return layers;
}

/**
 * torchvision's `vgg16()` (models/vgg.py, no batch norm): 13 convs in five stages, an adaptive 7×7
 * average pool (the identity at 224×224), torch.flatten and three FC layers.
 */
export const vgg16: Block = {
  type: 'VGG',
  children: {
    features: seq(features(CFG_D)),
    avgpool: adaptiveAvgPool([7, 7]),
    classifier: seq([linear(512 * 7 * 7, 4096), relu(), dropout(0.5), linear(4096, 4096), relu(), dropout(0.5), linear(4096, 1000)]),
  },
  forward: ['features', 'avgpool', { fn: 'flatten' }, 'classifier'],
};
