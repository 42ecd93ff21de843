import { assertTensor, fail, formatShape } from './tensor.ts';
import type { Tensor } from './types.ts';

/** Checks that `t` is a tensor of any rank whose data length matches its shape (`assertTensor` without the rank). */
export function assertAnyTensor(op: string, name: string, t: Tensor | null | undefined): void {
  assertTensor(op, name, t, Array.isArray(t?.shape) ? t.shape.length : 0);
}

/**
 * `torch.relu`: max(x, 0) element by element, any shape. NaN stays NaN and −0 stays −0, as in PyTorch
 * (both compare false with `< 0`).
 * @param x any shape
 * @returns the same shape
 */
export function relu(x: Tensor): Tensor {
  assertAnyTensor('relu', 'input', x);
  const out = new Float32Array(x.data.length);
  for (let i = 0; i < out.length; i++) {
    const v = x.data[i];
    out[i] = v < 0 ? 0 : v;
  }
  return { shape: [...x.shape], data: out };
}

/**
 * PyTorch's message when `a + b` cannot broadcast, or null when it can: shapes are aligned at their last
 * dimension and compared from the end, as `infer_size` does.
 */
function broadcastError(a: readonly number[], b: readonly number[]): string | null {
  const rank = Math.max(a.length, b.length);
  for (let i = rank - 1; i >= 0; i--) {
    const sa = a[i - rank + a.length] ?? 1;
    const sb = b[i - rank + b.length] ?? 1;
    if (sa !== sb && sa !== 1 && sb !== 1) {
      return `The size of tensor a (${sa}) must match the size of tensor b (${sb}) at non-singleton dimension ${i}`;
    }
  }
  return null;
}

/**
 * Element-wise sum `a + b` (the residual block's `F(x) + x`). Both shapes must be equal: no broadcasting,
 * so that a shortcut that needs a projection is always reported. The message names both shapes and, when
 * PyTorch would reject them too, quotes PyTorch's message.
 * @param a any shape
 * @param b the same shape as `a`
 * @returns the same shape, each value rounded to float32 as PyTorch's float32 add does
 */
export function add(a: Tensor, b: Tensor): Tensor {
  const op = 'add';
  assertAnyTensor(op, 'a', a);
  assertAnyTensor(op, 'b', b);
  const same = a.shape.length === b.shape.length && a.shape.every((d, i) => d === b.shape[i]);
  if (!same) {
    const torch = broadcastError(a.shape, b.shape);
    fail(
      op,
      `cannot add shapes ${formatShape(a.shape)} and ${formatShape(b.shape)}: element-wise addition needs equal shapes ` +
        (torch === null ? '(PyTorch would broadcast these; ConvScope adds equal shapes only)' : `(PyTorch: ${torch})`),
    );
  }
  const out = new Float32Array(a.data.length);
  for (let i = 0; i < out.length; i++) out[i] = a.data[i] + b.data[i];
  return { shape: [...a.shape], data: out };
}
