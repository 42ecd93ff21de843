import { boolParam, enumParam, intParam, pairParam } from '../../url/params.ts';
import type { ValuesOf } from '../../url/schema.ts';

/** Bottleneck shapes: 1×1 reduce → k×k (reduce), ResNet's reduce → k×k → 1×1 expand, NIN's k×k → 1×1 → 1×1. */
export const BOTTLENECK_MODES = ['bottleneck', 'reduce', 'mlpconv'] as const;

/** Most channels the drawn 1×1 layer may have: a real layer's widths, counted in full. */
export const MAX_CHANNELS = 2048;

/** At most this many input and output channels are drawn (grids, matrix, vectors); every value drawn is the real layer's. */
export const MAX_DRAWN = 8;

/** The pointwise scene's parameters: the drawn 1×1 layer (a few of its channels drawn), and the widths of the bottleneck comparison. */
export const pointwiseSchema = {
  size: pairParam('size', 1, 8, 4),
  inChannels: intParam('in_channels', 1, MAX_CHANNELS, 4),
  outChannels: intParam('out_channels', 1, MAX_CHANNELS, 3),
  seed: intParam('seed', 0, 999_999, 1),
  bnIn: intParam('bn_in', 1, 4096, 256),
  bnMid: intParam('bn_mid', 1, 4096, 64),
  bnOut: intParam('bn_out', 1, 4096, 256),
  bnKernel: intParam('bn_kernel', 1, 11, 3),
  mode: enumParam('mode', BOTTLENECK_MODES, 'bottleneck'),
  bias: boolParam('bias', false),
  map: intParam('map', 1, 224, 56),
};

/** The scene's values as the store holds them. */
export type PointwiseValues = ValuesOf<typeof pointwiseSchema>;
