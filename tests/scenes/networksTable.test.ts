import { describe, expect, it } from 'vitest';
import { NETWORK_IDS, NETWORKS, networkTable } from '../../src/scenes/networks/table.ts';
import type { NetTable } from '../../src/scenes/networks/table.ts';

const table = (...args: Parameters<typeof networkTable>): NetTable => {
  const r = networkTable(...args);
  if ('problem' in r) throw new Error(`${args[0]}: ${JSON.stringify(r.problem)}`);
  return r.table;
};

describe('networkTable: the walker on AlexNet', () => {
  it('alexnet 3×224×224: 61,100,840 parameters, 714,188,480 MACs, FC layers hold 96 % of the parameters', () => {
    const t = table('alexnet', [224, 224]);
    expect(t.totals).toEqual({ params: 61100840, macs: 714188480 });
    expect(t.shares.fc.params).toBe(58631144);
    expect(Math.round((100 * t.shares.fc.params) / t.totals.params)).toBe(96);
    expect(t.outShape).toEqual([1000]);
  });

  it('a block row precedes its children and holds their sums; depth and parent index the nesting', () => {
    const t = table('alexnet', [224, 224]);
    const features = t.rows[0];
    expect([features.name, features.type, features.block, features.depth, features.parent]).toEqual(['features', 'Sequential', true, 0, -1]);
    const children = t.rows.filter((r) => r.parent === 0);
    expect(children.map((r) => r.name)).toEqual(Array.from({ length: 13 }, (_, i) => `features.${i}`));
    expect(features.params).toBe(children.reduce((s, r) => s + r.params, 0));
    expect(features.outShape).toEqual([256, 6, 6]);
    expect(t.rows.find((r) => r.name === 'classifier.0')!.inShape).toEqual([9216]);
  });

  it('alexnet 3×16×16: features.5 (the second max pool) gets a 1×1 map, the engine says its 3×3 window does not fit', () => {
    const r = networkTable('alexnet', [16, 16]);
    expect(r).toMatchObject({ problem: { layer: 'features.5', code: 'kernelTooLarge', param: 'kernel_size', values: { axis: 'height', size: 1, kernel: 3 } } });
  });

  it('an input size that is not positive integers is the input’s problem', () => {
    expect(networkTable('alexnet', [0, 224])).toEqual({ problem: { layer: '', code: 'inputSize', values: { height: 0, width: 224 } } });
  });

  it('every network has its title, year and paper', () => {
    for (const id of NETWORK_IDS) expect(NETWORKS[id].year).toBeGreaterThan(2011);
  });
});
