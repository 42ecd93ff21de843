import { expect } from 'vitest';
import type { Tensor } from '../../src/engine/index.ts';

/** A fixture tensor as the generator writes it. */
export interface FixtureTensor {
  shape: number[];
  data: number[];
}

/** A fixture tensor as an engine tensor. */
export function fromFixture(t: FixtureTensor): Tensor {
  return { shape: t.shape, data: Float32Array.from(t.data) };
}

/** Formats a pair-or-number fixture option: `3` or `2x1`. */
export function fmt(v: number | readonly number[] | string | undefined): string {
  if (v === undefined) return '-';
  return typeof v === 'object' ? (v[0] === v[1] ? String(v[0]) : `${v[0]}x${v[1]}`) : String(v);
}

/**
 * Checks shape equality and |actual − expected| ≤ tol + tol·|expected| everywhere, reporting the first
 * index that differs.
 */
export function expectTensorClose(actual: Tensor, expected: FixtureTensor, tol = 1e-4): void {
  expect([...actual.shape]).toEqual(expected.shape);
  expect(actual.data.length).toBe(expected.data.length);
  for (let i = 0; i < expected.data.length; i++) {
    const a = actual.data[i];
    const e = Math.fround(expected.data[i]);
    if (!(Math.abs(a - e) <= tol + tol * Math.abs(e))) {
      expect.fail(`index ${i} of shape [${expected.shape.join(',')}]: expected ${e}, got ${a}`);
    }
  }
}
