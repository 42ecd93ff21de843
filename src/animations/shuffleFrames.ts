import { channelShuffleOrder } from '../engine/index.ts';
import { smoothstep } from './easing.ts';

/** The four phases of ShuffleNet's channel shuffle: a row, a g × C/g table, its transpose, the new row. */
export const SHUFFLE_PHASES = 4;

/** Where channel tiles stand in a phase, in cell units: `[column, row]` per channel. */
function phasePositions(channels: number, groups: number, phase: number): [number, number][] {
  const per = channels / groups;
  const order = channelShuffleOrder(channels, groups);
  const rank = new Array<number>(channels);
  order.forEach((c, k) => (rank[c] = k));
  return Array.from({ length: channels }, (_, c): [number, number] => {
    if (phase <= 0) return [c, 0];
    if (phase === 1) return [c % per, Math.floor(c / per)];
    if (phase === 2) return [Math.floor(c / per), c % per];
    return [rank[c], 0];
  });
}

/**
 * Tile positions at a playback position (0 … 3, fractional while playing): each channel glides from
 * its place in one phase to the next. Pure: the same arguments give the same positions.
 */
export function shuffleFrame(channels: number, groups: number, position: number): [number, number][] {
  const p = Math.min(Math.max(position, 0), SHUFFLE_PHASES - 1);
  const phase = Math.floor(p);
  const t = smoothstep(p - phase);
  const from = phasePositions(channels, groups, phase);
  if (t === 0 || phase === SHUFFLE_PHASES - 1) return from;
  const to = phasePositions(channels, groups, phase + 1);
  return from.map(([x, y], c) => [x + t * (to[c][0] - x), y + t * (to[c][1] - y)]);
}

/**
 * For two stacked group convolutions (both with `groups` groups over `channels` channels), optionally
 * with a shuffle between them: which groups of the first layer's input reach each output channel of the
 * second. Without a shuffle every output hears only its own group.
 */
export function groupReach(channels: number, groups: number, shuffle: boolean): number[][] {
  const per = channels / groups;
  const order = shuffle ? channelShuffleOrder(channels, groups) : Array.from({ length: channels }, (_, c) => c);
  return Array.from({ length: channels }, (_, o) => {
    const group = Math.floor(o / per);
    // The second conv's group reads positions group·per … group·per + per − 1 of the (shuffled) channels;
    // each of those came from first-layer channel order[k], which heard its own group only.
    const reached = new Set<number>();
    for (let k = group * per; k < (group + 1) * per; k++) reached.add(Math.floor(order[k] / per));
    return [...reached].sort((a, b) => a - b);
  });
}
