import { boolParam, intParam, pairParam } from '../../url/params.ts';
import type { ValuesOf } from '../../url/schema.ts';

/** Most channels a link may ask for; every count covers all of them, the views draw a subset. */
export const MAX_CHANNELS = 2048;

/** Up to this many channels (in and out) the views draw every channel; above it they draw groups. */
export const DETAIL_CHANNELS = 16;

/** In group view at most this many groups are drawn; the rest are one aggregated row. */
export const MAX_DRAWN_GROUPS = 8;

/**
 * The group-shuffle scene's parameters (PyTorch names); `shuffle` puts a ChannelShuffle between the
 * two group convs; `bias` is both convs' bias (PyTorch's default is True; off here, as in ShuffleNet).
 */
export const groupShuffleSchema = {
  inChannels: intParam('in_channels', 1, MAX_CHANNELS, 9),
  outChannels: intParam('out_channels', 1, MAX_CHANNELS, 9),
  groups: intParam('groups', 1, MAX_CHANNELS, 3),
  kernelSize: pairParam('kernel_size', 1, 7, 3),
  shuffle: boolParam('shuffle', true),
  bias: boolParam('bias', false),
};

/** The scene's values as the store holds them. */
export type GroupShuffleValues = ValuesOf<typeof groupShuffleSchema>;
