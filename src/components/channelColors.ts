import { schemeSet2, schemeTableau10 } from 'd3-scale-chromatic';

const PALETTE = [...schemeTableau10, ...schemeSet2];

/** The colour that identifies channel `c` in every channel scene, so a learner can follow it. */
export function channelColor(c: number): string {
  return PALETTE[((c % PALETTE.length) + PALETTE.length) % PALETTE.length];
}
