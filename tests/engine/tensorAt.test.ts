import { describe, expect, it } from 'vitest';
import { at, unravel3 } from '../../src/engine/index.ts';

describe('at(t, ...index)', () => {
  it('reads the row-major element of every index of a [2, 3, 4] tensor, and names the index and shape when outside', () => {
    const t = { shape: [2, 3, 4], data: Float32Array.from({ length: 24 }, (_, i) => i) };
    for (let c = 0; c < 2; c++) for (let y = 0; y < 3; y++) for (let x = 0; x < 4; x++) expect(at(t, c, y, x)).toBe((c * 3 + y) * 4 + x);
    expect(() => at(t, 0, 3, 0)).toThrow('at: index [0, 3, 0] is outside [2,3,4] (axis 1)');
    expect(() => at(t, 0, 0)).toThrow('at: index [0, 0] has 2 axes but the tensor [2,3,4] has 3');
  });
});

describe('unravel3(shape, i)', () => {
  it('inverts the row-major offset of every position of a [2, 3, 4] layout', () => {
    const t = { shape: [2, 3, 4], data: Float32Array.from({ length: 24 }, (_, i) => i) };
    for (let i = 0; i < 24; i++) expect(at(t, ...unravel3([2, 3, 4], i))).toBe(i);
  });
});
