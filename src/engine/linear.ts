import { assertAnyTensor } from './elementwise.ts';
import { assertTensor, fail, formatShape, numel } from './tensor.ts';
import type { Tensor } from './types.ts';

/**
 * `torch.flatten(x)`: the same values, row-major, as one vector (a [C, H, W] map before an FC layer).
 * @param x any shape
 * @returns [numel(x)] (a copy)
 */
export function flatten(x: Tensor): Tensor {
  assertAnyTensor('flatten', 'input', x);
  return { shape: [x.data.length], data: Float32Array.from(x.data) };
}

/**
 * A fully connected layer on one sample, as `torch.nn.functional.linear(x, weight, bias)`:
 * `y[o] = Σ_f weight[o, f]·x[f] + bias[o]` (products summed in float64 in feature order, then the bias,
 * rounded once to float32). A [C, H, W] map must be flattened first; an input whose size is not
 * in_features is rejected with PyTorch's message (a batch of one: `1×F` times `weightᵀ`).
 * @param x input [in_features]
 * @param weight [out_features, in_features]
 * @param bias [out_features] or null
 * @returns [out_features]
 */
export function linear(x: Tensor, weight: Tensor, bias: Tensor | null): Tensor {
  const op = 'linear';
  if (x !== null && typeof x === 'object' && Array.isArray(x.shape) && x.shape.length !== 1) {
    fail(op, `input shape ${formatShape(x.shape)} must be a vector [in_features]; flatten it first (${numel(x.shape)} values)`);
  }
  assertTensor(op, 'input', x, 1);
  assertTensor(op, 'weight', weight, 2);
  const [outFeatures, inFeatures] = weight.shape;
  const features = x.shape[0];
  if (features !== inFeatures) {
    fail(
      op,
      `input shape ${formatShape(x.shape)} has ${features} features but weight ${formatShape(weight.shape)} takes ` +
        `in_features=${inFeatures} (PyTorch: mat1 and mat2 shapes cannot be multiplied (1x${features} and ${inFeatures}x${outFeatures}))`,
    );
  }
  if (bias !== null) {
    assertTensor(op, 'bias', bias, 1);
    if (bias.shape[0] !== outFeatures) fail(op, `bias shape ${formatShape(bias.shape)} must be [${outFeatures}] (out_features=${outFeatures})`);
  }
  const out = new Float32Array(outFeatures);
  for (let o = 0; o < outFeatures; o++) {
    let sum = 0;
    const row = o * inFeatures;
    for (let f = 0; f < inFeatures; f++) sum += weight.data[row + f] * x.data[f];
    out[o] = bias === null ? sum : sum + bias.data[o];
  }
  return { shape: [outFeatures], data: out };
}
