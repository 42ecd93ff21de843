import { numel } from './tensor.ts';
import type { Tensor } from './types.ts';

/** A seeded generator of numbers in [0, 1) (mulberry32): the same seed gives the same sequence. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Options of `randomTensor`: values in [min, max], whole numbers when `integers` (both ends included). */
export interface RandomTensorOptions {
  min?: number;
  max?: number;
  integers?: boolean;
}

/** A tensor of `shape` filled from `rng`; small integers make sums a learner can check by hand. */
export function randomTensor(shape: readonly number[], rng: () => number, options: RandomTensorOptions = {}): Tensor {
  const { min = -1, max = 1, integers = false } = options;
  const data = new Float32Array(numel(shape));
  for (let i = 0; i < data.length; i++) {
    data[i] = integers ? min + Math.floor(rng() * (max - min + 1)) : min + rng() * (max - min);
  }
  return { shape: [...shape], data };
}
