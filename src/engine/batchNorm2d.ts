import { assertTensor, fail, formatShape } from './tensor.ts';
import type { BatchNorm2dParams, Tensor } from './types.ts';

/** Checks a per-channel vector of a batch norm (PyTorch's name `name`): [channels], or null where allowed. */
function assertChannelVector(op: string, name: string, t: Tensor | null, channels: number, inputShape: readonly number[]): void {
  if (t === null) return;
  assertTensor(op, name, t, 1);
  if (t.shape[0] !== channels) {
    fail(op, `${name} shape ${formatShape(t.shape)} must be [${channels}], one value per channel of input ${formatShape(inputShape)}`);
  }
}

/**
 * The per-channel scale and shift of eval-mode batch norm, `y = x·scale[c] + shift[c]` with
 * `scale = weight · (1 / sqrt(running_var + eps))` and `shift = bias − running_mean·scale`, rounded to
 * float32 where PyTorch's CPU kernel rounds (`weight` 1 and `bias` 0 when null).
 */
function scaleShift(channels: number, p: BatchNorm2dParams, eps: number): { scale: Float32Array; shift: Float32Array } {
  const scale = new Float32Array(channels);
  const shift = new Float32Array(channels);
  const f = Math.fround;
  for (let c = 0; c < channels; c++) {
    // PyTorch adds eps cast to float: 1 / sqrt(running_var + float(eps)), all in float32.
    const invStd = f(1 / f(Math.sqrt(f(p.runningVar.data[c] + f(eps)))));
    scale[c] = f(invStd * (p.weight === null ? 1 : p.weight.data[c]));
    // bias − mean·scale with one rounding: the compiler fuses it (fused multiply-add) in PyTorch's kernel.
    shift[c] = (p.bias === null ? 0 : p.bias.data[c]) - p.runningMean.data[c] * scale[c];
  }
  return { scale, shift };
}

/**
 * Batch normalization of one sample in eval mode, as `torch.nn.functional.batch_norm(x, running_mean,
 * running_var, weight, bias, training=False, eps=eps)`: each channel c becomes
 * `(x − running_mean[c]) / sqrt(running_var[c] + eps) · weight[c] + bias[c]`, computed as PyTorch's CPU
 * kernel does: folded per channel into `x·scale[c] + shift[c]`, then one rounding per element. The running statistics are used, never the
 * sample's own; a negative running variance gives NaN, as in PyTorch.
 * @param x input [C, H, W]
 * @param p weight, bias (or null), running_mean, running_var: each [C]; eps ≥ 0 (default 1e-5)
 * @returns [C, H, W]
 */
export function batchNorm2d(x: Tensor, p: BatchNorm2dParams): Tensor {
  const op = 'batchNorm2d';
  assertTensor(op, 'input', x, 3);
  if (p === null || typeof p !== 'object') fail(op, 'needs { weight, bias, runningMean, runningVar, eps? }');
  const [channels, h, w] = x.shape;
  if (p.runningMean === null || p.runningVar === null) {
    fail(op, 'running_mean and running_var are required in eval mode (they replace the batch statistics)');
  }
  assertChannelVector(op, 'running_mean', p.runningMean, channels, x.shape);
  assertChannelVector(op, 'running_var', p.runningVar, channels, x.shape);
  assertChannelVector(op, 'weight', p.weight, channels, x.shape);
  assertChannelVector(op, 'bias', p.bias, channels, x.shape);
  const eps = p.eps ?? 1e-5;
  if (typeof eps !== 'number' || !Number.isFinite(eps) || eps < 0) fail(op, `eps=${String(eps)} must be a finite number ≥ 0`);
  const { scale, shift } = scaleShift(channels, p, eps);
  const plane = h * w;
  const out = new Float32Array(x.data.length);
  for (let c = 0; c < channels; c++) {
    const a = scale[c];
    const b = shift[c];
    // One rounding, as the fused multiply-add of PyTorch's vectorized kernel (x·a is exact in float64).
    for (let i = c * plane; i < (c + 1) * plane; i++) out[i] = x.data[i] * a + b;
  }
  return { shape: [channels, h, w], data: out };
}
