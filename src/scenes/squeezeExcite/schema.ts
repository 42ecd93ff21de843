import { boolParam, intParam, pairParam } from '../../url/params.ts';
import type { ValuesOf } from '../../url/schema.ts';

/** The squeeze-excite scene's parameters: `channels` C, `reduction` r (hidden width ⌊C/r⌋), map size, values. */
export const squeezeExciteSchema = {
  channels: intParam('channels', 1, 16, 8),
  reduction: intParam('reduction', 1, 16, 2),
  size: pairParam('size', 1, 8, 4),
  bias: boolParam('bias', true),
  seed: intParam('seed', 0, 999_999, 1),
};

/** The scene's values as the store holds them. */
export type SqueezeExciteValues = ValuesOf<typeof squeezeExciteSchema>;
