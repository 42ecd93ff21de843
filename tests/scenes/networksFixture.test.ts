import { describe, expect, it } from 'vitest';
import fixture from '../fixtures/networks.json';
import { networkTable } from '../../src/scenes/networks/table.ts';
import type { NetworkId } from '../../src/scenes/networks/table.ts';

/**
 * Every network against PyTorch's forward hooks (tests/fixtures/networks.py): the same module calls in the
 * same order, blocks before their children, with torchvision's class, settings, input and output shapes,
 * parameters and MACs, at each recorded input size; a size PyTorch rejects fails at the same module.
 */
interface Call {
  name: string;
  in: number[];
  out: number[];
  macs?: number;
}
interface Run {
  calls?: Call[];
  macs?: number;
  layer?: string;
  error?: string;
}
interface Net {
  params: number;
  modules: { name: string; type: string; settings: string; params: number; leaf: boolean }[];
  runs: Record<string, Run>;
}
const NETS = fixture.networks as unknown as Record<string, Net>;

const target = (key: string): [NetworkId, { aux?: boolean }] => (key === 'googlenet_aux' ? ['googlenet', { aux: true }] : [key as NetworkId, {}]);

describe.each(Object.keys(NETS))('%s as torchvision 0.14 builds it', (key) => {
  const net = NETS[key];
  const [id, options] = target(key);
  const modules = new Map(net.modules.map((m) => [m.name, m]));

  it.each(Object.keys(net.runs))(`${key} on 3×%s: rows equal the hooked calls`, (sizeKey) => {
    const run = net.runs[sizeKey];
    const size = sizeKey.split('x').map(Number) as [number, number];
    const result = networkTable(id, size, options);
    if (!run.calls) {
      expect(result).toMatchObject({ problem: { layer: run.layer } });
      return;
    }
    if ('problem' in result) throw new Error(`${key} ${sizeKey}: ${JSON.stringify(result.problem)}`);
    const { rows, totals } = result.table;
    expect(rows.map((r) => r.name)).toEqual(run.calls.map((c) => c.name));
    const seen = new Set<string>();
    rows.forEach((row, i) => {
      const call = run.calls![i];
      const m = modules.get(row.name)!;
      const first = !seen.has(row.name);
      seen.add(row.name);
      expect({ name: row.name, type: row.type, settings: row.settings, block: row.block, in: row.inShape, out: row.outShape }).toEqual({
        name: call.name,
        type: m.type,
        settings: m.settings,
        block: !m.leaf,
        in: call.in,
        out: call.out,
      });
      expect([row.name, row.params, row.call === 0]).toEqual([row.name, first ? m.params : 0, first]);
      if (m.leaf) expect([row.name, row.macs]).toEqual([row.name, call.macs]);
      expect(row.depth).toBe(row.name.split('.').length - 1);
      const parentName = row.name.split('.').slice(0, -1).join('.');
      expect(row.parent === -1 ? '' : rows[row.parent].name).toBe(parentName);
    });
    expect(totals).toEqual({ params: net.params, macs: run.macs });
  });
});
