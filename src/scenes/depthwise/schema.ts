import { boolParam, intParam, pairParam } from '../../url/params.ts';
import type { ValuesOf } from '../../url/schema.ts';

/** The depthwise-separable scene's parameters; only the first 8 output channels are drawn, every count is exact. */
export const depthwiseSchema = {
  inChannels: intParam('in_channels', 1, 64, 3),
  outChannels: intParam('out_channels', 1, 512, 4),
  kernelSize: intParam('kernel_size', 1, 7, 3),
  size: pairParam('size', 1, 12, 5),
  depthMultiplier: intParam('depth_multiplier', 1, 4, 1),
  bias: boolParam('bias', false),
  seed: intParam('seed', 0, 999_999, 1),
};

/** The scene's values as the store holds them. */
export type DepthwiseValues = ValuesOf<typeof depthwiseSchema>;

/** At most this many channels are drawn as grids; the panels count all of them. */
export const MAX_DRAWN = 8;
