import { conv1dGeometry } from './conv1d.ts';
import { conv2dGeometry, convTranspose2dGeometry, pool2dGeometry } from './geometry.ts';
import { assertInt, fail, formatShape, numel, pair } from './tensor.ts';
import type { LayerSpec } from './types.ts';
import { assertNoIssues, groupsIssues } from './validity.ts';

function checkChannels(op: string, inChannels: number, outChannels: number, groups: number): void {
  assertInt(op, 'in_channels', inChannels, 1);
  assertInt(op, 'out_channels', outChannels, 1);
  assertNoIssues(op, groupsIssues(inChannels, outChannels, groups));
}

/**
 * The number of learnable values of a layer, as PyTorch's `sum(p.numel() for p in m.parameters())`:
 * Conv2d `O·(I/g)·kH·kW (+ O)`, ConvTranspose2d `I·(O/g)·kH·kW (+ O)`, Conv1d `O·(I/g)·k (+ O)`,
 * Linear `in·out (+ out)`, BatchNorm2d `2·C` (weight and bias; running statistics are buffers).
 * Pooling (adaptive too), ReLU and dropout have none.
 */
export function paramCount(layer: LayerSpec): number {
  const op = 'paramCount';
  switch (layer.kind) {
    case 'conv2d':
    case 'convTranspose2d': {
      const { inChannels, outChannels, groups = 1, bias = true } = layer;
      checkChannels(op, inChannels, outChannels, groups);
      const [kH, kW] = pair(op, 'kernel_size', layer.kernelSize, 1);
      return (inChannels * outChannels * kH * kW) / groups + (bias ? outChannels : 0);
    }
    case 'conv1d': {
      const { inChannels, outChannels, groups = 1, bias = true } = layer;
      checkChannels(op, inChannels, outChannels, groups);
      assertInt(op, 'kernel_size', layer.kernelSize, 1);
      return (inChannels * outChannels * layer.kernelSize) / groups + (bias ? outChannels : 0);
    }
    case 'linear': {
      const { inFeatures, outFeatures, bias = true } = layer;
      assertInt(op, 'in_features', inFeatures, 1);
      assertInt(op, 'out_features', outFeatures, 1);
      return inFeatures * outFeatures + (bias ? outFeatures : 0);
    }
    case 'batchNorm2d':
      assertInt(op, 'num_features', layer.numFeatures, 1);
      return 2 * layer.numFeatures;
    case 'maxPool2d':
    case 'avgPool2d':
    case 'adaptiveAvgPool2d':
    case 'relu':
    case 'dropout':
      return 0;
    default:
      return fail(op, `unknown layer kind '${String((layer as { kind: unknown }).kind)}'`);
  }
}

/** The geometry of a Conv1d layer on an input [C, L], from its weight shape [O, I/g, k]. */
function conv1dLayerGeometry(layer: LayerSpec & { kind: 'conv1d' }, inputShape: readonly number[], op: string) {
  const groups = layer.groups ?? 1;
  checkChannels(op, layer.inChannels, layer.outChannels, groups);
  if (inputShape.length !== 2 || inputShape[0] !== layer.inChannels) {
    fail(op, `input shape ${formatShape(inputShape)} must be [in_channels=${layer.inChannels}, L]`);
  }
  return conv1dGeometry(inputShape, [layer.outChannels, layer.inChannels / groups, layer.kernelSize], layer, op);
}

/** The shapes a conv layer's geometry is computed from: a weight shape in PyTorch's layout. */
function convGeometry(layer: LayerSpec & { kind: 'conv2d' | 'convTranspose2d' }, inputShape: readonly number[], op: string) {
  const groups = layer.groups ?? 1;
  checkChannels(op, layer.inChannels, layer.outChannels, groups);
  const [kH, kW] = pair(op, 'kernel_size', layer.kernelSize, 1);
  if (inputShape.length !== 3 || inputShape[0] !== layer.inChannels) {
    fail(op, `input shape ${formatShape(inputShape)} must be [in_channels=${layer.inChannels}, H, W]`);
  }
  return layer.kind === 'conv2d'
    ? conv2dGeometry(inputShape, [layer.outChannels, layer.inChannels / groups, kH, kW], layer, op)
    : convTranspose2dGeometry(inputShape, [layer.inChannels, layer.outChannels / groups, kH, kW], layer, op);
}

/**
 * The output shape of a layer for an input shape: [C, H, W] → [C', H', W'] for conv and pooling
 * layers, [C, L] → [C', L'] for conv1d, [F] → [F'] for linear (any input of in_features values, as if
 * flattened), unchanged for batch norm, ReLU and dropout. Throws what the op itself would throw.
 */
export function layerOutputShape(layer: LayerSpec, inputShape: readonly number[]): number[] {
  const op = 'layerOutputShape';
  switch (layer.kind) {
    case 'conv2d':
    case 'convTranspose2d': {
      const g = convGeometry(layer, inputShape, op);
      return [g.outChannels, g.outH, g.outW];
    }
    case 'conv1d': {
      const g = conv1dLayerGeometry(layer, inputShape, op);
      return [g.outChannels, g.outLength];
    }
    case 'maxPool2d':
    case 'avgPool2d': {
      const dilation = layer.kind === 'maxPool2d' ? (layer.dilation ?? 1) : 1;
      const g = pool2dGeometry(op, inputShape, layer.kernelSize, layer.stride, layer.padding ?? 0, dilation, layer.ceilMode ?? false);
      return [g.channels, g.outH, g.outW];
    }
    case 'adaptiveAvgPool2d': {
      if (inputShape.length !== 3 || inputShape[1] * inputShape[2] === 0) {
        fail(op, `input shape ${formatShape(inputShape)} must be [C, H, W] with a non-zero height and width`);
      }
      const [outH, outW] = pair(op, 'output_size', layer.outputSize, 1);
      return [inputShape[0], outH, outW];
    }
    case 'relu':
      return [...inputShape];
    case 'dropout': {
      const p = layer.p ?? 0.5;
      if (!(p >= 0 && p <= 1)) fail(op, `dropout probability p=${p} must be between 0 and 1`);
      return [...inputShape];
    }
    case 'linear':
      if (numel(inputShape) !== layer.inFeatures) {
        fail(op, `input shape ${formatShape(inputShape)} has ${numel(inputShape)} values but in_features=${layer.inFeatures}`);
      }
      return [layer.outFeatures];
    case 'batchNorm2d':
      if (inputShape[0] !== layer.numFeatures) {
        fail(op, `input shape ${formatShape(inputShape)} must have num_features=${layer.numFeatures} channels`);
      }
      return [...inputShape];
    default:
      return fail(op, `unknown layer kind '${String((layer as { kind: unknown }).kind)}'`);
  }
}

/**
 * Multiply-accumulates of one forward pass on one sample:
 * Conv2d `outputs × (I/g) × kH × kW`; ConvTranspose2d `inputs × (O/g) × kH × kW` (each input cell stamps
 * its kernel); Conv1d `outputs × (I/g) × k`; Linear `in × out`; BatchNorm2d one per element (scale and
 * shift). Pooling (max, average, adaptive), ReLU and dropout count none: they compare or add without a
 * weight, and dropout is the identity at inference. Biases are not counted (an add, not a multiply-add).
 */
export function macCount(layer: LayerSpec, inputShape: readonly number[]): number {
  const op = 'macCount';
  switch (layer.kind) {
    case 'conv2d': {
      const g = convGeometry(layer, inputShape, op);
      return g.outChannels * g.outH * g.outW * g.inPerGroup * g.kH * g.kW;
    }
    case 'convTranspose2d': {
      const g = convGeometry(layer, inputShape, op);
      return g.inChannels * g.inH * g.inW * g.outPerGroup * g.kH * g.kW;
    }
    case 'conv1d': {
      const g = conv1dLayerGeometry(layer, inputShape, op);
      return g.outChannels * g.outLength * g.inPerGroup * g.kernelSize;
    }
    case 'linear':
      layerOutputShape(layer, inputShape);
      return layer.inFeatures * layer.outFeatures;
    case 'batchNorm2d':
      layerOutputShape(layer, inputShape);
      return numel(inputShape);
    default:
      layerOutputShape(layer, inputShape);
      return 0;
  }
}
