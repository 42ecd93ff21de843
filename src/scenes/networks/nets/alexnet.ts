import { adaptiveAvgPool, conv, dropout, linear, maxPool, relu, seq } from './define.ts';
import type { Block } from './define.ts';

/**
 * torchvision's `alexnet()` (models/alexnet.py): the one-GPU variant of "One weird trick" (arXiv
 * 1404.5997), 64-192-384-256-256 filters and no local response normalisation, not the paper's two-GPU
 * 96-256-384-384-256. features → avgpool (6×6) → torch.flatten → classifier.
 */
export const alexnet: Block = {
  type: 'AlexNet',
  children: {
    features: seq([
      conv(3, 64, 11, { stride: 4, padding: 2 }),
      relu(),
      maxPool(3, 2),
      conv(64, 192, 5, { padding: 2 }),
      relu(),
      maxPool(3, 2),
      conv(192, 384, 3, { padding: 1 }),
      relu(),
      conv(384, 256, 3, { padding: 1 }),
      relu(),
      conv(256, 256, 3, { padding: 1 }),
      relu(),
      maxPool(3, 2),
    ]),
    avgpool: adaptiveAvgPool([6, 6]),
    classifier: seq([dropout(0.5), linear(256 * 6 * 6, 4096), relu(), dropout(0.5), linear(4096, 4096), relu(), linear(4096, 1000)]),
  },
  forward: ['features', 'avgpool', { fn: 'flatten' }, 'classifier'],
};
