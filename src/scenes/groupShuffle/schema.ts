import { boolParam, intParam, pairParam } from '../../url/params.ts';
import type { ValuesOf } from '../../url/schema.ts';

/** The group-shuffle scene's parameters (PyTorch names); `shuffle` puts a ChannelShuffle between the two group convs. */
export const groupShuffleSchema = {
  inChannels: intParam('in_channels', 1, 12, 9),
  outChannels: intParam('out_channels', 1, 12, 9),
  groups: intParam('groups', 1, 12, 3),
  kernelSize: pairParam('kernel_size', 1, 7, 3),
  shuffle: boolParam('shuffle', true),
};

/** The scene's values as the store holds them. */
export type GroupShuffleValues = ValuesOf<typeof groupShuffleSchema>;
