import { boolParam, enumParam, intParam, pairParam } from '../../url/params.ts';
import type { ValuesOf } from '../../url/schema.ts';

/**
 * The scene's four parts: a pooling window sliding over the input, global average pooling against an FC
 * head, FC layers as convolutions (with the 1-D text CNN), and Network in Network's head.
 */
export const POOLING_VIEWS = ['window', 'gap', 'fc-conv', 'nin'] as const;

/** One of the scene's parts. */
export type PoolingView = (typeof POOLING_VIEWS)[number];

/** `nn.MaxPool2d` or `nn.AvgPool2d`. */
export const POOL_MODES = ['max', 'avg'] as const;

/** At most this many input channels (GAP) and class maps (NIN) are drawn; every count covers them all. */
export const MAX_DRAWN = 4;
export const MAX_CLASS_MAPS = 10;

/**
 * The pooling scene's parameters, PyTorch's names as keys where PyTorch has one. The window part:
 * `mode`, input `size` and `in_channels`, `kernel_size`, `stride`, `padding`, `dilation` (max only),
 * `ceil_mode`, `count_include_pad` (average only). The GAP part: the head's map (`channels` × `map` ×
 * `map`), the size actually fed (`feed`), `hidden` and `num_classes` (shared with the FC part, whose map
 * is `fc_channels` × `fc_map` × `fc_map`, fed `fc_feed`). The text CNN: Conv1d `text_in` → `text_out`
 * with `text_kernel`, through `text_mid` first, over `text_length` words. NIN: `nin_channels` into the
 * last 1×1 convolution, `nin_classes` maps of `nin_size` × `nin_size`.
 */
export const poolingSchema = {
  view: enumParam('view', POOLING_VIEWS, 'window'),
  mode: enumParam('mode', POOL_MODES, 'max'),
  size: pairParam('size', 1, 12, 6),
  inChannels: intParam('in_channels', 1, 3, 1),
  kernelSize: pairParam('kernel_size', 1, 7, 2),
  stride: pairParam('stride', 1, 6, 2),
  padding: pairParam('padding', 0, 4, 0),
  dilation: pairParam('dilation', 1, 4, 1),
  ceilMode: boolParam('ceil_mode', false),
  countIncludePad: boolParam('count_include_pad', true),
  seed: intParam('seed', 0, 999_999, 1),
  channels: intParam('channels', 1, 4096, 512),
  map: intParam('map', 1, 32, 7),
  feed: intParam('feed', 1, 32, 7),
  hidden: intParam('hidden', 1, 8192, 4096),
  numClasses: intParam('num_classes', 1, 10_000, 1000),
  fcChannels: intParam('fc_channels', 1, 4096, 256),
  fcMap: intParam('fc_map', 1, 16, 6),
  fcFeed: intParam('fc_feed', 1, 32, 8),
  textIn: intParam('text_in', 1, 4096, 24),
  textMid: intParam('text_mid', 1, 4096, 12),
  textOut: intParam('text_out', 1, 4096, 48),
  textKernel: intParam('text_kernel', 1, 9, 3),
  textLength: intParam('text_length', 1, 512, 50),
  ninChannels: intParam('nin_channels', 1, 512, 192),
  ninClasses: intParam('nin_classes', 1, 1000, 10),
  ninSize: intParam('nin_size', 1, 12, 8),
};

/** The scene's values as the store holds them. */
export type PoolingValues = ValuesOf<typeof poolingSchema>;
