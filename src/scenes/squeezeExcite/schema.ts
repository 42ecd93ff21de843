import { boolParam, intParam, pairParam } from '../../url/params.ts';
import type { ValuesOf } from '../../url/schema.ts';

/** Most channels a link may ask for: real layers (SENet's C=256, r=16, up to 2,048) are counted in full. */
export const MAX_CHANNELS = 2048;

/** At most this many channel maps (and excitation bars) are drawn; every panel counts all C. */
export const MAX_DRAWN = 8;

/** The squeeze-excite scene's parameters: `channels` C, `reduction` r (hidden width ⌊C/r⌋), map size, values. */
export const squeezeExciteSchema = {
  channels: intParam('channels', 1, MAX_CHANNELS, 8),
  reduction: intParam('reduction', 1, MAX_CHANNELS, 2),
  size: pairParam('size', 1, 8, 4),
  bias: boolParam('bias', true),
  seed: intParam('seed', 0, 999_999, 1),
};

/** The scene's values as the store holds them. */
export type SqueezeExciteValues = ValuesOf<typeof squeezeExciteSchema>;
