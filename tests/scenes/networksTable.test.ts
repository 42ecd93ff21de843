import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bn, conv, relu, seq } from '../../src/scenes/networks/nets/define.ts';
import type { Block } from '../../src/scenes/networks/nets/define.ts';
import { walkNetwork } from '../../src/scenes/networks/nets/walk.ts';
import { NETWORK_IDS, NETWORKS, networkTable } from '../../src/scenes/networks/table.ts';
import type { NetTable, NetworkId } from '../../src/scenes/networks/table.ts';

const table = (...args: Parameters<typeof networkTable>): NetTable => {
  const r = networkTable(...args);
  if ('problem' in r) throw new Error(`${args[0]}: ${JSON.stringify(r.problem)}`);
  return r.table;
};
const percent = (part: number, whole: number) => Math.round((100 * part) / whole);

describe('totals at 3×224×224: sum(p.numel() for p in model.parameters()) and MACs for one image', () => {
  // MACs as tests/fixtures/networks.py derives them from the hooked shapes; torchvision's documented
  // "GFLOPS" (0.71, 15.47, 1.50, 1.81, 4.09, 0.82, 0.30, 0.14) are these multiply-adds, not 2× them.
  const TOTALS: Record<NetworkId, [number, number]> = {
    alexnet: [61100840, 714188480],
    vgg16: [138357544, 15470264320],
    googlenet: [6624904, 1498376192],
    resnet18: [11689512, 1814073344],
    resnet50: [25557032, 4089184256],
    squeezenet1_0: [1248424, 818924576],
    mobilenet_v2: [3504872, 300774272],
    shufflenet_v2_x1_0: [2278604, 144907992],
  };
  it.each(NETWORK_IDS)('%s', (id) => {
    const t = table(id, [224, 224]);
    expect([t.totals.params, t.totals.macs]).toEqual(TOTALS[id]);
    expect(t.outShape).toEqual([1000]);
  });

  it('googlenet with its two aux heads: 13,004,888 parameters, 1,506,748,416 MACs; the heads come after inception4a and inception4d', () => {
    const t = table('googlenet', [224, 224], { aux: true });
    expect(t.totals).toEqual({ params: 13004888, macs: 1506748416 });
    const tops = t.rows.filter((r) => r.depth === 0).map((r) => r.name);
    expect(tops.slice(8, 14)).toEqual(['inception4a', 'aux1', 'inception4b', 'inception4c', 'inception4d', 'aux2']);
    const aux1 = t.rows.find((r) => r.name === 'aux1')!;
    expect([aux1.inShape, aux1.outShape, aux1.config]).toEqual([[512, 14, 14], [1000], { in_channels: 512, num_classes: 1000, dropout: 0.7 }]);
    expect(t.rows.find((r) => r.name === 'inception4b')!.inShape).toEqual([512, 14, 14]);
    expect(table('resnet18', [224, 224], { aux: true }).totals.params).toBe(11689512);
  });

  it('resnet50 ≈ 4.09 G MACs = 8.18 GFLOPs (1 MAC = 2 FLOPs)', () => {
    expect((table('resnet50', [224, 224]).totals.macs / 1e9).toFixed(2)).toBe('4.09');
  });
});

describe('shares by kind (leaf rows)', () => {
  it('FC layers hold 96 % of AlexNet’s parameters and 8 % of its MACs; VGG-16’s 89 %', () => {
    const a = table('alexnet', [224, 224]);
    expect([percent(a.shares.fc.params, a.totals.params), percent(a.shares.fc.macs, a.totals.macs)]).toEqual([96, 8]);
    const v = table('vgg16', [224, 224]);
    expect(percent(v.shares.fc.params, v.totals.params)).toBe(89);
  });

  it('1×1 convs hold most of MobileNetV2’s parameters (61 %) and MACs (89 %); its depthwise convs 2 % and 7 %', () => {
    const m = table('mobilenet_v2', [224, 224]);
    const largest = Object.entries(m.shares).sort((x, y) => y[1].params - x[1].params)[0][0];
    expect(largest).toBe('pointwise');
    expect([percent(m.shares.pointwise.params, m.totals.params), percent(m.shares.pointwise.macs, m.totals.macs)]).toEqual([61, 89]);
    expect([percent(m.shares.depthwise.params, m.totals.params), percent(m.shares.depthwise.macs, m.totals.macs)]).toEqual([2, 7]);
  });

  it('a depthwise conv has groups = in = out; every leaf’s kind adds up to the totals; no block is counted twice', () => {
    const m = table('mobilenet_v2', [224, 224]);
    const dw = m.rows.find((r) => r.name === 'features.1.conv.0.0')!;
    expect([dw.kind, dw.settings]).toEqual(['depthwise', '32, 32, kernel_size=(3, 3), stride=(1, 1), padding=(1, 1), groups=32, bias=False']);
    expect(m.rows.find((r) => r.name === 'features.1.conv.1')!.kind).toBe('pointwise');
    expect(m.rows.find((r) => r.name === 'features.1.conv.0.2')!).toMatchObject({ type: 'ReLU6', kind: 'activation' });
    for (const id of NETWORK_IDS) {
      const t = table(id, [224, 224]);
      const sum = Object.values(t.shares).reduce((s, v) => s + v.params, 0);
      expect([id, sum]).toEqual([id, t.totals.params]);
      expect([id, t.shares.bn.macs, t.shares.pool.macs, t.shares.activation.macs]).toEqual([id, 0, 0, 0]);
    }
  });
});

describe('block rows: torchvision’s configuration and the sums of their children', () => {
  it('resnet50 layer2.0: a Bottleneck of 256 → 512 channels, stride 2 on its 3×3 (V1.5), a projection; relu called three times', () => {
    const t = table('resnet50', [224, 224]);
    const i = t.rows.findIndex((r) => r.name === 'layer2.0');
    const b = t.rows[i];
    expect([b.type, b.config, b.inShape, b.outShape]).toEqual(['Bottleneck', { inplanes: 256, planes: 128, stride: 2, downsample: 1, expansion: 4 }, [256, 56, 56], [512, 28, 28]]);
    const children = t.rows.filter((r) => r.parent === i);
    expect(children.map((r) => `${r.name.slice(9)}:${r.call}`)).toEqual(['conv1:0', 'bn1:0', 'relu:0', 'conv2:0', 'bn2:0', 'relu:1', 'conv3:0', 'bn3:0', 'downsample:0', 'relu:2']);
    expect(children.map((r) => r.outShape[0])).toEqual([128, 128, 128, 128, 128, 128, 512, 512, 512, 512]);
    expect(b.params).toBe(children.reduce((s, r) => s + r.params, 0));
    expect(t.rows.find((r) => r.name === 'layer2.0.conv2')!.settings).toBe('128, 128, kernel_size=(3, 3), stride=(2, 2), padding=(1, 1), bias=False');
  });

  it('googlenet inception3a: torchvision’s branch sizes, its “5×5” branch a 3×3 conv, 256 channels out', () => {
    const t = table('googlenet', [224, 224]);
    const b = t.rows.find((r) => r.name === 'inception3a')!;
    expect([b.type, b.config, b.inShape, b.outShape]).toEqual(['Inception', { in_channels: 192, ch1x1: 64, ch3x3red: 96, ch3x3: 128, ch5x5red: 16, ch5x5: 32, pool_proj: 32 }, [192, 28, 28], [256, 28, 28]]);
    expect(t.rows.find((r) => r.name === 'inception3a.branch3.1.conv')!.layer).toMatchObject({ kind: 'conv2d', kernelSize: 3, padding: 1 });
    expect(t.rows.find((r) => r.name === 'inception3a.branch3.1.bn')!.settings).toBe('32, eps=0.001, momentum=0.1, affine=True, track_running_stats=True');
  });

  it('squeezenet features.3 is Fire(96, 16, 64, 64); shufflenet stage2.1 splits 116 channels and keeps 58 of them', () => {
    const s = table('squeezenet1_0', [224, 224]).rows.find((r) => r.name === 'features.3')!;
    expect([s.type, s.config, s.outShape]).toEqual(['Fire', { inplanes: 96, squeeze_planes: 16, expand1x1_planes: 64, expand3x3_planes: 64 }, [128, 54, 54]]);
    const rows = table('shufflenet_v2_x1_0', [224, 224]).rows;
    expect(rows.find((r) => r.name === 'stage2.1')!.config).toEqual({ inp: 116, oup: 116, stride: 1 });
    expect(rows.find((r) => r.name === 'stage2.1.branch2.0')!.inShape).toEqual([58, 28, 28]);
    expect(rows.some((r) => r.name === 'stage2.1.branch1')).toBe(false);
  });
});

describe('sizes a network cannot take: the first failing layer and the engine’s issue', () => {
  it('alexnet 3×16×16: features.5 (the second max pool) gets a 1×1 map; its 3×3 window does not fit', () => {
    expect(networkTable('alexnet', [16, 16])).toMatchObject({ problem: { layer: 'features.5', code: 'kernelTooLarge', param: 'kernel_size', values: { axis: 'height', size: 1, kernel: 3 } } });
  });

  it('vgg16 3×30×30: the fifth 2×2 pool (features.30) gets 1×1', () => {
    expect(networkTable('vgg16', [30, 30])).toMatchObject({ problem: { layer: 'features.30', code: 'kernelTooLarge', values: { size: 1, kernel: 2 } } });
  });

  it('googlenet 3×1×1: maxpool1 finds no window even with ceil_mode=True; a 3×300×1 input fails on width only', () => {
    expect(networkTable('googlenet', [1, 1])).toMatchObject({ problem: { layer: 'maxpool1', code: 'kernelTooLarge', values: { ceil_mode: 'True', stride: 2 } } });
    expect(networkTable('googlenet', [300, 1])).toMatchObject({ problem: { layer: 'maxpool1', values: { axis: 'width' } } });
  });

  it('an input size that is not positive integers is the input’s problem', () => {
    expect(networkTable('alexnet', [0, 224])).toEqual({ problem: { layer: '', code: 'inputSize', values: { height: 0, width: 224 } } });
    expect(networkTable('resnet18', [2.5, 224])).toMatchObject({ problem: { code: 'inputSize' } });
  });
});

describe('any input size', () => {
  it('parameters do not depend on it (adaptive pooling feeds the head); MACs never shrink as H grows; blocks sum their children', () => {
    fc.assert(
      fc.property(fc.constantFrom(...NETWORK_IDS), fc.integer({ min: 1, max: 400 }), fc.integer({ min: 1, max: 400 }), (id, h, w) => {
        const r = networkTable(id, [h, w]);
        if ('problem' in r) {
          expect(r.problem.code).toBe('kernelTooLarge');
          return;
        }
        const t = r.table;
        expect(t.totals.params).toBe(table(id, [224, 224]).totals.params);
        const taller = networkTable(id, [h + 1, w]);
        if ('table' in taller) expect(taller.table.totals.macs).toBeGreaterThanOrEqual(t.totals.macs);
        t.rows.forEach((row, i) => {
          if (!row.block) return;
          const kids = t.rows.filter((c) => c.parent === i);
          expect(row.params).toBe(kids.reduce((s, c) => s + c.params, 0));
          expect(row.macs).toBe(kids.reduce((s, c) => s + c.macs, 0));
        });
      }),
      { numRuns: 40, seed: 20261201 },
    );
  });

  it('resnets take even 3×1×1; alexnet needs 63×63; every network takes 224×224 and 256×320', () => {
    expect('table' in networkTable('resnet50', [1, 1])).toBe(true);
    expect(['problem' in networkTable('alexnet', [62, 62]), 'table' in networkTable('alexnet', [63, 63])]).toEqual([true, true]);
    for (const id of NETWORK_IDS) expect([id, 'table' in networkTable(id, [256, 320])]).toEqual([id, true]);
  });
});

describe('the walker’s own rules, on small definitions', () => {
  const a = conv(4, 8, 3, { padding: 1 });
  const b = conv(4, 8, 3);
  it('a module called twice owns its parameters once; the second call is its own row with call 1', () => {
    const net: Block = { type: 'Net', children: { conv: conv(4, 4, 1), relu: relu() }, forward: ['conv', 'relu', 'conv', 'relu'] };
    const r = walkNetwork(net, [4, 5, 5]);
    if (!('rows' in r)) throw new Error('problem');
    expect(r.rows.map((x) => [x.name, x.call, x.params, x.macs])).toEqual([['conv', 0, 20, 400], ['relu', 0, 0, 0], ['conv', 1, 0, 400], ['relu', 1, 0, 0]]);
  });

  it('branches that disagree on H×W cannot be joined: catShape / addShape name the block', () => {
    const cat: Block = { type: 'Net', children: { m: { type: 'M', children: { a, b }, forward: [{ fn: 'cat', branches: [['a'], ['b']] }] } }, forward: ['m'] };
    expect(walkNetwork(cat, [4, 5, 5])).toEqual({ problem: { layer: 'm', code: 'catShape', values: { first: '[8, 5, 5]', other: '[8, 3, 3]' } } });
    const add: Block = { type: 'Net', children: { a }, forward: [{ fn: 'add', branches: [['a'], []] }] };
    expect(walkNetwork(add, [4, 5, 5])).toMatchObject({ problem: { layer: '', code: 'addShape', values: { first: '[8, 5, 5]', other: '[4, 5, 5]' } } });
  });

  it('channel_shuffle needs channels divisible by groups; a chunk of an odd width gives the first part the extra channel', () => {
    const shuffle: Block = { type: 'Net', children: {}, forward: [{ fn: 'channelShuffle', groups: 2 }] };
    expect(walkNetwork(shuffle, [5, 2, 2])).toMatchObject({ problem: { code: 'channelShuffle', values: { channels: 5, groups: 2 } } });
    const chunk: Block = { type: 'Net', children: { n: seq([bn(2)]) }, forward: [{ fn: 'cat', chunks: 2, branches: [[], ['n']] }] };
    const r = walkNetwork(chunk, [5, 2, 2]);
    expect('rows' in r && r.rows.map((x) => x.inShape)).toEqual([[2, 2, 2], [2, 2, 2]]);
    expect('out' in r && r.out).toEqual([5, 2, 2]);
  });

  it('a layer the engine rejects without a geometry issue reports the engine’s message', () => {
    const net: Block = { type: 'Net', children: { bn: bn(3) }, forward: ['bn'] };
    expect(walkNetwork(net, [4, 2, 2])).toMatchObject({ problem: { layer: 'bn', code: 'engine', values: { message: expect.stringContaining('num_features=3') } } });
  });
});

it('every network has its title, year and paper; the list runs oldest first', () => {
  const years = NETWORK_IDS.map((id) => NETWORKS[id].year);
  expect(years).toEqual([...years].sort((x, y) => x - y));
  for (const id of NETWORK_IDS) expect(NETWORKS[id].url).toMatch(/^https:\/\//);
});
