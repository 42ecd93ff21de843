import { describe, expect, it } from 'vitest';
import { networkCode } from '../../src/scenes/networks/code.ts';
import { defaultOpen, explainProblem, leaders, nearestValidNetwork, networkModel, networkProblems, shareLines, trendPoints, visibleRows } from '../../src/scenes/networks/model.ts';
import { NETWORK_CHOICES, networksSchema } from '../../src/scenes/networks/schema.ts';
import type { NetworksValues } from '../../src/scenes/networks/schema.ts';
import { NETWORK_IDS, NETWORKS } from '../../src/scenes/networks/table.ts';
import { defaults } from '../../src/url/schema.ts';

const v = (changes: Partial<NetworksValues>): NetworksValues => ({ ...defaults(networksSchema), ...changes });

describe('networks scene model', () => {
  it('the schema lists the eight networks in NETWORK_IDS’ order; sizes 32–1024, 224 by default', () => {
    expect([...NETWORK_CHOICES]).toEqual([...NETWORK_IDS]);
    expect(networksSchema.size.field).toEqual({ kind: 'pair', min: 32, max: 1024 });
    expect(defaults(networksSchema)).toEqual({ model: 'alexnet', size: [224, 224], aux: false });
  });

  it('the trend: the eight totals at 224×224, GoogLeNet without its auxiliary heads, each with its year', () => {
    const points = trendPoints();
    expect(points.map((p) => [p.id, p.params, p.year])).toEqual([
      ['alexnet', 61_100_840, 2012],
      ['vgg16', 138_357_544, 2014],
      ['googlenet', 6_624_904, 2014],
      ['resnet18', 11_689_512, 2015],
      ['resnet50', 25_557_032, 2015],
      ['squeezenet1_0', 1_248_424, 2016],
      ['mobilenet_v2', 3_504_872, 2018],
      ['shufflenet_v2_x1_0', 2_278_604, 2018],
    ]);
    for (const p of points) expect(p.year).toBe(NETWORKS[p.id].year);
    expect(points.find((p) => p.id === 'vgg16')!.macs).toBe(15_470_264_320);
  });

  it('AlexNet: FC layers hold 96.0 % of the parameters, k×k convs do most MACs', () => {
    const { table } = networkModel(v({}));
    const top = leaders(shareLines(table));
    expect(top.params.kind).toBe('fc');
    expect(top.params.paramShare).toBeCloseTo(58_631_144 / 61_100_840, 12);
    expect(top.params.paramShare.toFixed(3)).toBe('0.960');
    expect(top.macs.kind).toBe('conv');
  });

  it('MobileNetV2: 1×1 convs hold most parameters (60.6 %) and MACs; only kinds with a count are listed', () => {
    const lines = shareLines(networkModel(v({ model: 'mobilenet_v2' })).table);
    expect(lines.map((l) => l.kind)).toEqual(['conv', 'pointwise', 'depthwise', 'fc', 'bn']);
    const top = leaders(lines);
    expect(top.params.kind).toBe('pointwise');
    expect(top.params.paramShare.toFixed(3)).toBe('0.606');
    expect(top.macs.kind).toBe('pointwise');
    expect(lines.reduce((s, l) => s + l.paramShare, 0)).toBeCloseTo(1, 12);
  });

  it('folding: containers open, named blocks folded (ResNet-50 shows 26 of 182 rows); unfolding a Bottleneck shows its rows', () => {
    const { rows } = networkModel(v({ model: 'resnet50' })).table;
    const open = defaultOpen(rows);
    const shown = visibleRows(rows, open);
    expect(shown.length).toBe(26);
    expect(shown.map((i) => rows[i].name).slice(0, 6)).toEqual(['conv1', 'bn1', 'relu', 'maxpool', 'layer1', 'layer1.0']);
    const more = visibleRows(rows, new Set([...open, 'layer1.0']));
    const names = more.map((i) => rows[i].name);
    expect(names.slice(5, 17)).toEqual(['layer1.0', 'layer1.0.conv1', 'layer1.0.bn1', 'layer1.0.relu', 'layer1.0.conv2', 'layer1.0.bn2', 'layer1.0.relu', 'layer1.0.conv3', 'layer1.0.bn3', 'layer1.0.downsample', 'layer1.0.downsample.0', 'layer1.0.downsample.1']);
    expect(names[17]).toBe('layer1.0.relu');
    expect(visibleRows(rows, new Set()).length).toBe(10);
  });

  it('AlexNet and VGG-16 show every layer at first (only Sequential containers)', () => {
    for (const model of ['alexnet', 'vgg16'] as const) {
      const { rows } = networkModel(v({ model })).table;
      expect(visibleRows(rows, defaultOpen(rows)).length).toBe(rows.length);
    }
  });

  it('AlexNet at 32×32: features.12 cannot pool a 1×1 map; the smallest square input is 63×63, and a link that opens there shows it', () => {
    const problems = networkProblems(v({ size: [32, 32] }));
    expect(problems).toEqual([
      { code: 'net.kernelTooLarge.square', values: expect.objectContaining({ layer: 'features.12', H: 32, W: 32, axis: 'height', kernel: 3, span: 3, size: 1, padded: 1, least: 63 }) },
    ]);
    expect(networkProblems(v({ size: [62, 62] }))[0].values.least).toBe(63);
    expect(networkProblems(v({ size: [63, 63] }))).toEqual([]);
    expect(nearestValidNetwork(v({ size: [32, 32] })).size).toEqual([63, 63]);
    expect(nearestValidNetwork(v({ size: [40, 224] })).size).toEqual([63, 224]);
  });

  it('AlexNet at 40×224: the height is at fault; the smallest height is 63 (the width is fine)', () => {
    const [p] = networkProblems(v({ size: [40, 224] }));
    expect(p.code).toBe('net.kernelTooLarge.least');
    expect(p.values).toMatchObject({ axis: 'height', least: 63, H: 40, W: 224 });
  });

  it('the walk’s join problems and the engine’s messages keep their values', () => {
    expect(explainProblem(v({}), { layer: 'layer1.0', code: 'addShape', values: { first: '[64, 7, 7]', other: '[64, 8, 8]' } })).toEqual({
      code: 'net.addShape',
      values: { layer: 'layer1.0', H: 224, W: 224, first: '[64, 7, 7]', other: '[64, 8, 8]' },
    });
    expect(explainProblem(v({}), { layer: 'x', code: 'engine', values: { message: 'conv2d: bad' } })).toEqual({ code: 'net.other', values: { layer: 'x', H: 224, W: 224, message: 'conv2d: bad' } });
  });

  it('every network takes 224×224, 32×32 (but AlexNet) and 1024×1024', () => {
    for (const model of NETWORK_IDS) {
      expect(networkProblems(v({ model, size: [224, 224] })), model).toEqual([]);
      expect(networkProblems(v({ model, size: [1024, 1024], aux: true })), model).toEqual([]);
      expect(networkProblems(v({ model, size: [32, 32] })).length, model).toBe(model === 'alexnet' ? 1 : 0);
    }
  });

  it('the code panel builds the network without weights, GoogLeNet with aux_logits as the switch says (training mode, two images)', () => {
    const code = networkCode(v({ model: 'resnet50' }), '25,557,032');
    expect(code).toContain('model = torchvision.models.resnet50(weights=None)');
    expect(code).toContain('print(sum(p.numel() for p in model.parameters()))  # 25,557,032 parameters');
    expect(code).toContain('module.register_forward_hook(show(name))');
    expect(code).toContain('model(torch.randn(1, 3, 224, 224))  # one image of 3×224×224');
    expect(networkCode(v({ model: 'googlenet' }), '6,624,904')).toContain('torchvision.models.googlenet(weights=None, aux_logits=False, init_weights=True)');
    const aux = networkCode(v({ model: 'googlenet', aux: true, size: [299, 320] }), '13,004,888');
    expect(aux).toContain('aux_logits=True');
    expect(aux).toContain('model.train()');
    expect(aux).toContain('model(torch.randn(2, 3, 299, 320))');
  });
});
