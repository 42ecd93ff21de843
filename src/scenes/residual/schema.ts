import { enumParam, intParam, numberParam, pairParam } from '../../url/params.ts';
import type { ValuesOf } from '../../url/schema.ts';

/** torchvision's blocks: `BasicBlock` (3×3 → 3×3) and `Bottleneck` (1×1 → 3×3 → 1×1, output planes × 4). */
export const BLOCKS = ['basic', 'bottleneck'] as const;

/** The skip path: `downsample=None` (x itself) or torchvision's `conv1x1(inplanes, planes·expansion, stride)` + BatchNorm2d. */
export const DOWNSAMPLES = ['none', 'conv1x1'] as const;

/** Most input channels a link may ask for (ResNet-50's last stage reads 2,048). */
export const MAX_INPLANES = 2048;

/** Most planes (the block's width; ResNet's widest stage has 512). */
export const MAX_PLANES = 512;

/**
 * The residual scene's parameters, named as torchvision's `BasicBlock(inplanes, planes, stride, downsample)`;
 * `size` is the drawn input's H×W; `layers` and `factor` set the gradient illustration (N layers, each
 * multiplying the gradient by `factor` on its own path).
 */
export const residualSchema = {
  block: enumParam('block', BLOCKS, 'basic'),
  inplanes: intParam('inplanes', 1, MAX_INPLANES, 64),
  planes: intParam('planes', 1, MAX_PLANES, 64),
  stride: intParam('stride', 1, 2, 1),
  downsample: enumParam('downsample', DOWNSAMPLES, 'none'),
  size: pairParam('size', 1, 6, 4),
  seed: intParam('seed', 0, 999_999, 1),
  layers: intParam('layers', 1, 100, 10),
  factor: numberParam('factor', 0, 1, 0.2),
};

/** The scene's values as the store holds them. */
export type ResidualValues = ValuesOf<typeof residualSchema>;
