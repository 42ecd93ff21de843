import { describe, expect, it } from 'vitest';
import { bothLayout, transposedChars } from '../../src/scenes/convTranspose2d/layout.ts';
import { convTranspose2dModel } from '../../src/scenes/convTranspose2d/model.ts';
import { convTranspose2dSchema } from '../../src/scenes/convTranspose2d/schema.ts';
import type { ConvTranspose2dValues } from '../../src/scenes/convTranspose2d/schema.ts';
import { defaults } from '../../src/url/schema.ts';

const model = (p: Partial<ConvTranspose2dValues> = {}) => convTranspose2dModel({ ...(defaults(convTranspose2dSchema) as ConvTranspose2dValues), ...p });

describe('bothLayout', () => {
  it('x=[1,2,2] k=3 s=2 on a 1500×700 stage: one cell size for all grids, larger than the minimum, no scrolling', () => {
    const m = model();
    const { gather, scatter } = bothLayout(m.geometry, m.eq, 1500, 700);
    expect(gather.cellSize).toBe(scatter.cellSize);
    expect(gather.cellSize).toBeGreaterThan(24);
    expect(gather.scrolls).toBe(false);
  });

  it('x=[8,16,16] k=7 s=4 on a 1000×500 stage: cells stay 24 px and the stage scrolls', () => {
    const m = model({ inChannels: 8, outChannels: 8, size: [16, 16], kernelSize: [7, 7], stride: [4, 4] });
    const { gather, scatter } = bothLayout(m.geometry, m.eq, 1000, 500);
    expect(gather.cellSize).toBe(24);
    expect(scatter.cellSize).toBe(24);
    expect(gather.scrolls).toBe(true);
  });

  it('a wider stage never gives smaller cells', () => {
    const m = model({ inChannels: 2, size: [3, 4] });
    let previous = 0;
    for (let width = 600; width <= 2400; width += 200) {
      const cell = bothLayout(m.geometry, m.eq, width, 800).gather.cellSize;
      expect(cell).toBeGreaterThanOrEqual(previous);
      previous = cell;
    }
  });
});

describe('transposedChars', () => {
  it('counts the widest number, one more for the output (running sums)', () => {
    const t = (values: number[]) => ({ shape: [1, 1, values.length], data: Float32Array.from(values) });
    expect(transposedChars(t([1, -3]), t([2]), t([-12, 4]))).toEqual({ input: 2, output: 4 });
  });
});
