import { expect } from 'vitest';
import type { Tensor } from '../../src/engine/index.ts';

/** A fixture tensor as tests/fixtures/generate.py writes it: shape and row-major CHW values. */
export interface FixtureTensor {
  shape: number[];
  data: number[];
}

/** The fixtures' tolerance: |actual − expected| ≤ 1e-4 + 1e-4·|expected|. */
export const TOL = 1e-4;

/** A fixture tensor as an engine tensor (float32, as PyTorch computed on). */
export function fromFixture(t: FixtureTensor): Tensor {
  return { shape: t.shape, data: Float32Array.from(t.data) };
}

/** The same, keeping a missing (`null`) bias missing. */
export function fromFixtureOrNull(t: FixtureTensor | null): Tensor | null {
  return t === null ? null : fromFixture(t);
}

/** Formats a number-or-pair option for a test name: `3`, `2x1`, `same`; `-` when absent. */
export function fmt(v: number | readonly number[] | string | boolean | null | undefined): string {
  if (v === undefined || v === null) return '-';
  if (typeof v === 'object') return v[0] === v[1] ? String(v[0]) : `${v[0]}x${v[1]}`;
  return String(v);
}

/** The element at `[c, y, x]` of a [C, H, W] tensor. */
export function at(t: { shape: readonly number[]; data: ArrayLike<number> }, [c, y, x]: readonly number[]): number {
  return t.data[(c * t.shape[1] + y) * t.shape[2] + x];
}

/** Whether `a` is within `tol` (absolute) plus `tol`·|e| (relative) of `e`. */
export function isClose(a: number, e: number, tol = TOL): boolean {
  return Math.abs(a - e) <= tol + tol * Math.abs(e);
}

/**
 * Checks `actual` against `expected` element by element (abs `tol` + rel `tol`), failing on the first
 * index that differs with both values, so a wrong tap or offset shows where it starts.
 */
export function expectClose(actual: Float32Array, expected: readonly number[], tol = TOL): void {
  if (actual.length !== expected.length) {
    expect.fail(`length: expected ${expected.length} values, got ${actual.length}`);
  }
  for (let i = 0; i < expected.length; i++) {
    // The JSON holds float32 values to 7 digits; Math.fround makes tol = 0 mean bit-exact.
    if (!isClose(actual[i], Math.fround(expected[i]), tol)) {
      expect.fail(`first mismatch at index ${i} of ${expected.length}: expected ${expected[i]}, got ${actual[i]} (tolerance ${tol} abs + ${tol} rel)`);
    }
  }
}

/** Checks the shape exactly, then the values with `expectClose`. */
export function expectTensorClose(actual: Tensor, expected: FixtureTensor, tol = TOL): void {
  expect([...actual.shape]).toEqual(expected.shape);
  expectClose(actual.data, expected.data, tol);
}
