/**
 * ConvScope's engine: pure TypeScript over Float32Array tensors in CHW layout, PyTorch semantics on one
 * unbatched sample. No React, D3 or DOM.
 */
export type * from './types.ts';
export { at, tensor, numel, planes, unravel3 } from './tensor.ts';
export {
  conv2dGeometry,
  convTranspose2dGeometry,
  pool2dGeometry,
  conv2dOutputSize,
  convTranspose2dOutputSize,
} from './geometry.ts';
export type { Conv2dGeometry, ConvTranspose2dGeometry, WindowGeometry } from './geometry.ts';
export { conv2dIssues, convTranspose2dIssues, pool2dIssues, groupsIssues, formatIssue } from './validity.ts';
export { samePadding, paddingPerSide, windowOutputSize, pool2dOutputSize } from './validity.ts';
export type { GeometryIssue, IssueCode, IssueParam, ConvInput, Conv2dLayer, ConvTranspose2dLayer, Pool2dLayer } from './validity.ts';
export { conv2d } from './conv2d.ts';
export { convTranspose2d } from './convTranspose2d.ts';
export { maxPool2d, avgPool2d, globalAvgPool2d, adaptiveAvgPool2d, adaptivePoolRanges } from './pool.ts';
export { conv1d, conv1dGeometry } from './conv1d.ts';
export type { Conv1dGeometry } from './conv1d.ts';
export { relu, add } from './elementwise.ts';
export { softmax } from './softmax.ts';
export { concat } from './concat.ts';
export { batchNorm2d } from './batchNorm2d.ts';
export { linear, flatten } from './linear.ts';
export { channelShuffle, channelShuffleOrder } from './channelShuffle.ts';
export { squeezeExcite } from './squeezeExcite.ts';
export type { SqueezeExciteWeights, SqueezeExciteResult } from './squeezeExcite.ts';
export { explainConv2d, explainConvTranspose2d } from './explain.ts';
export { paramCount, layerOutputShape, macCount } from './layers.ts';
export { receptiveField, receptiveFieldCounts, stackSizes } from './receptiveField.ts';
export { transposedAsConv, GATHER_CELL } from './transposedAsConv.ts';
export type { ReceptiveFieldLayer, ReceptiveFieldRow } from './receptiveField.ts';
export { seededRandom, randomTensor } from './random.ts';
export type { RandomTensorOptions } from './random.ts';
export { rank1Factors, separableConv2d } from './separable.ts';
export type { Rank1Factors, SeparableOptions } from './separable.ts';
