import { boolParam, enumParam, intParam, pairParam } from '../../url/params.ts';
import type { ValuesOf } from '../../url/schema.ts';

/** The module with 1×1 reductions before the 3×3 and 5×5 and after the pool (GoogLeNet), or without (naive). */
export const MODULES = ['reduced', 'naive'] as const;

/** Most input channels a link may ask for (GoogLeNet's widest module input is 832). */
export const MAX_IN = 1024;
/** Most channels of one branch layer (GoogLeNet's widest is 384). */
export const MAX_BRANCH = 512;

/**
 * The inception scene's parameters. The branch widths carry torchvision's `Inception(in_channels, ch1x1,
 * ch3x3red, ch3x3, ch5x5red, ch5x5, pool_proj)` names; `size` is the drawn example's H×W, `map` the H×W
 * the cost table counts (28×28 for inception (3a)); the `aux_*` values set the auxiliary classifier.
 */
export const inceptionSchema = {
  inChannels: intParam('in_channels', 1, MAX_IN, 192),
  ch1x1: intParam('ch1x1', 1, MAX_BRANCH, 64),
  ch3x3red: intParam('ch3x3red', 1, MAX_BRANCH, 96),
  ch3x3: intParam('ch3x3', 1, MAX_BRANCH, 128),
  ch5x5red: intParam('ch5x5red', 1, MAX_BRANCH, 16),
  ch5x5: intParam('ch5x5', 1, MAX_BRANCH, 32),
  poolProj: intParam('pool_proj', 1, MAX_BRANCH, 32),
  module: enumParam('module', MODULES, 'reduced'),
  padding: boolParam('padding', true),
  size: pairParam('size', 5, 8, 5),
  seed: intParam('seed', 0, 999_999, 1),
  map: pairParam('map', 1, 224, 28),
  bias: boolParam('bias', false),
  auxInChannels: intParam('aux_in_channels', 1, MAX_IN, 512),
  auxSize: pairParam('aux_size', 1, 64, 14),
  numClasses: intParam('num_classes', 1, 100_000, 1000),
  training: boolParam('training', true),
};

/** The scene's values as the store holds them. */
export type InceptionValues = ValuesOf<typeof inceptionSchema>;

/** Which module is drawn and counted first. */
export type ModuleKind = (typeof MODULES)[number];
