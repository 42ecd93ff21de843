import { boolParam, intParam, pairParam } from '../../url/params.ts';
import type { ValuesOf } from '../../url/schema.ts';

/** Most channels a link may ask for: real layers (MobileNet's 1,024, up to 2,048) are counted in full. */
export const MAX_CHANNELS = 2048;

/** The depthwise-separable scene's parameters; a few channels are drawn, every value drawn and every count is exact. */
export const depthwiseSchema = {
  inChannels: intParam('in_channels', 1, MAX_CHANNELS, 3),
  outChannels: intParam('out_channels', 1, MAX_CHANNELS, 4),
  kernelSize: intParam('kernel_size', 1, 7, 3),
  size: pairParam('size', 1, 12, 5),
  depthMultiplier: intParam('depth_multiplier', 1, 4, 1),
  bias: boolParam('bias', false),
  seed: intParam('seed', 0, 999_999, 1),
};

/** The scene's values as the store holds them. */
export type DepthwiseValues = ValuesOf<typeof depthwiseSchema>;

/** At most this many depthwise maps and this many output channels are drawn as grids; the panels count all of them. */
export const MAX_DRAWN = 8;
