import { boolParam, enumParam, intParam, pairParam } from '../../url/params.ts';
import type { ValuesOf } from '../../url/schema.ts';

/** Which views of the transposed convolution are drawn. */
export const TRANSPOSED_VIEWS = ['both', 'gather', 'scatter'] as const;

/** The conv-transpose2d scene's parameters, with PyTorch's names in the link. */
export const convTranspose2dSchema = {
  size: pairParam('size', 1, 16, 2),
  inChannels: intParam('in_channels', 1, 8, 1),
  outChannels: intParam('out_channels', 1, 8, 1),
  kernelSize: pairParam('kernel_size', 1, 7, 3),
  stride: pairParam('stride', 1, 4, 2),
  padding: pairParam('padding', 0, 6, 0),
  outputPadding: pairParam('output_padding', 0, 3, 0),
  dilation: pairParam('dilation', 1, 4, 1),
  groups: intParam('groups', 1, 8, 1),
  bias: boolParam('bias', true),
  seed: intParam('seed', 0, 999_999, 1),
  view: enumParam('view', TRANSPOSED_VIEWS, 'both'),
};

/** The scene's values as the store holds them. */
export type ConvTranspose2dValues = ValuesOf<typeof convTranspose2dSchema>;
