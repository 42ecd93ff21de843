import { describe, expect, it } from 'vitest';
import { layerOutputShape } from '../../src/engine/index.ts';
import { conv2dProblems } from '../../src/scenes/conv2d/model.ts';
import { groupShuffleProblems } from '../../src/scenes/groupShuffle/model.ts';
import { fcProblems } from '../../src/scenes/pooling/heads.ts';
import { windowProblems } from '../../src/scenes/pooling/model.ts';
import type { PoolingValues } from '../../src/scenes/pooling/schema.ts';
import { residualProblems } from '../../src/scenes/residual/model.ts';
import type { ResidualValues } from '../../src/scenes/residual/schema.ts';
import { findScene } from '../../src/scenes/registry.ts';
import { rowLink } from '../../src/scenes/networks/links.ts';
import type { RowLink } from '../../src/scenes/networks/links.ts';
import { NETWORK_IDS, networkTable } from '../../src/scenes/networks/table.ts';
import type { NetRow, NetworkId } from '../../src/scenes/networks/table.ts';
import { parseHash } from '../../src/url/route.ts';
import { defaults, parseParams } from '../../src/url/schema.ts';
import type { Conv2dValues } from '../../src/scenes/conv2d/schema.ts';
import type { GroupShuffleValues } from '../../src/scenes/groupShuffle/schema.ts';

const rowsOf = (id: NetworkId, size: [number, number] = [224, 224], aux = false): NetRow[] => {
  const r = networkTable(id, size, { aux });
  if (!('table' in r)) throw new Error(`${id} cannot take ${size.join('×')}`);
  return r.table.rows;
};

/** The link of the row called `name` (its first call), and the values the target scene reads from it. */
function linkOf(rows: NetRow[], name: string): { link: RowLink; scene: string; values: Record<string, unknown>; query: URLSearchParams } {
  const i = rows.findIndex((r) => r.name === name);
  expect(i, name).toBeGreaterThanOrEqual(0);
  const link = rowLink(rows, i);
  expect(link, name).not.toBeNull();
  const { scene, query } = parseHash(link!.hash);
  const def = findScene(scene)!;
  const parsed = parseParams(def.schema, query);
  return { link: link!, scene, values: { ...defaults(def.schema), ...parsed.values }, query };
}

const codes = (link: RowLink) => link.notes.map((n) => n.code);

describe('networks: row links open the scene that teaches the layer, with its settings', () => {
  it('AlexNet features.0 Conv2d(3, 64, 11, s=4, p=2) → #/conv2d with its kernel, stride and padding on a 15×15 input, out_channels 64 clamped to 8 and said so', () => {
    const { link, scene, values } = linkOf(rowsOf('alexnet'), 'features.0');
    expect(scene).toBe('conv2d');
    expect(values).toMatchObject({ kernelSize: [11, 11], stride: [4, 4], padding: 2, dilation: [1, 1], groups: 1, inChannels: 3, outChannels: 8, size: [15, 15], bias: true });
    expect(link.clamped).toEqual([{ key: 'out_channels', given: '64', used: '8' }]);
    expect(link.notes).toContainEqual({ code: 'drawn', values: { drawn: '15×15', real: '224×224' } });
    // The drawn input gives a 3×3 output: (15 + 4 − 11) / 4 + 1.
    const out = layerOutputShape({ kind: 'conv2d', inChannels: 3, outChannels: 8, kernelSize: 11, stride: 4, padding: 2 }, [3, 15, 15]);
    expect(out).toEqual([8, 3, 3]);
  });

  it('ResNet-18 conv1 Conv2d(3, 64, 7, s=2, p=3, bias=False) → #/conv2d?…&bias=0 on a 5×5 input', () => {
    const { values } = linkOf(rowsOf('resnet18'), 'conv1');
    expect(values).toMatchObject({ kernelSize: [7, 7], stride: [2, 2], padding: 3, bias: false, size: [5, 5] });
  });

  it('MobileNetV2 features.2.conv.1.0 (depthwise 96, stride 2) → #/depthwise-separable with its 96 channels and the 1×1 projection to 24 that follows', () => {
    const { link, scene, values } = linkOf(rowsOf('mobilenet_v2'), 'features.2.conv.1.0');
    expect(scene).toBe('depthwise-separable');
    expect(values).toMatchObject({ inChannels: 96, outChannels: 24, kernelSize: 3, depthMultiplier: 1, bias: false });
    expect(link.notes).toContainEqual({ code: 'pointwisePartner', values: { out: 24 } });
    expect(link.notes).toContainEqual({ code: 'strideNotDrawn', values: { stride: 2 } });
  });

  it('MobileNetV2 features.2 (InvertedResidual 16 → 24, t=6) → its depthwise conv, with the block named in the title', () => {
    const { link, values } = linkOf(rowsOf('mobilenet_v2'), 'features.2');
    expect(values).toMatchObject({ inChannels: 96, outChannels: 24 });
    expect(link.notes[0]).toEqual({ code: 'invertedResidual', values: { inp: 16, oup: 24, t: 6 } });
  });

  it('ShuffleNetV2 stage3.1 (unit 232 → 232) → its branch2 depthwise conv of 116 channels, the unit explained', () => {
    const { link, scene, values } = linkOf(rowsOf('shufflenet_v2_x1_0'), 'stage3.1');
    expect(scene).toBe('depthwise-separable');
    expect(values).toMatchObject({ inChannels: 116, outChannels: 116 });
    expect(codes(link)).toEqual(['shuffleUnit', 'pointwisePartner']);
  });

  it('ResNet-50 layer1.0.conv1 (1×1, 64 → 64) → #/pointwise with its channels and the 56×56 map it runs on', () => {
    const { scene, values } = linkOf(rowsOf('resnet50'), 'layer1.0.conv1');
    expect(scene).toBe('pointwise');
    expect(values).toMatchObject({ inChannels: 64, outChannels: 64, map: 56, bias: false });
  });

  it('ResNet-50 layer2.0.downsample.0 (1×1, stride 2) → #/pointwise, the stride it does not draw said so; its Sequential opens the same', () => {
    const rows = rowsOf('resnet50');
    const { link, values } = linkOf(rows, 'layer2.0.downsample.0');
    expect(values).toMatchObject({ inChannels: 256, outChannels: 512, map: 56 });
    expect(link.notes).toContainEqual({ code: 'strideNotDrawn', values: { stride: 2 } });
    expect(linkOf(rows, 'layer2.0.downsample').link.hash).toBe(link.hash);
  });

  it('a 1×1 map beyond #/pointwise’s 224: the map is clamped and the clamp reported (ResNet-50 at 1024×1024)', () => {
    const { link, values } = linkOf(rowsOf('resnet50', [1024, 1024]), 'layer1.0.conv1');
    expect(values).toMatchObject({ map: 224 });
    expect(link.clamped).toEqual([{ key: 'map', given: '256', used: '224' }]);
  });

  it('a grouped conv (groups 4, not depthwise) → #/group-shuffle with its channels, groups and kernel (none of the eight has one: a made-up row)', () => {
    const row: NetRow = {
      name: 'layer1.0.conv2',
      type: 'Conv2d',
      settings: '',
      outShape: [128, 56, 56],
      inShape: [128, 56, 56],
      params: 0,
      macs: 0,
      depth: 0,
      parent: -1,
      block: false,
      kind: 'grouped',
      call: 0,
      layer: { kind: 'conv2d', inChannels: 128, outChannels: 128, kernelSize: 3, padding: 1, groups: 4, bias: false },
    };
    const link = rowLink([row], 0)!;
    expect(link.hash).toBe('#/group-shuffle?in_channels=128&out_channels=128&groups=4');
    const values = { ...defaults(findScene('group-shuffle')!.schema), ...parseParams(findScene('group-shuffle')!.schema, parseHash(link.hash).query).values } as GroupShuffleValues;
    expect(groupShuffleProblems(values)).toEqual([]);
  });

  it('ResNet-50 layer2.0 (Bottleneck 256 → 128, stride 2, downsample) → #/residual?block=bottleneck&inplanes=256&planes=128&stride=2&downsample=conv1x1', () => {
    const { link } = linkOf(rowsOf('resnet50'), 'layer2.0');
    expect(link.hash).toBe('#/residual?block=bottleneck&inplanes=256&planes=128&stride=2&downsample=conv1x1');
  });

  it('ResNet-18 layer1.0 (BasicBlock 64 → 64) → #/residual at its defaults; layer3.0 with its stride and projection', () => {
    const rows = rowsOf('resnet18');
    expect(linkOf(rows, 'layer1.0').link.hash).toBe('#/residual');
    expect(linkOf(rows, 'layer3.0').values).toMatchObject({ block: 'basic', inplanes: 128, planes: 256, stride: 2, downsample: 'conv1x1' });
  });

  it('GoogLeNet inception4a → #/inception with torchvision’s branch widths, the 14×14 map, and the note that its “5×5” branch is a 3×3', () => {
    const { link, scene, values } = linkOf(rowsOf('googlenet'), 'inception4a');
    expect(scene).toBe('inception');
    expect(values).toMatchObject({ inChannels: 480, ch1x1: 192, ch3x3red: 96, ch3x3: 208, ch5x5red: 16, ch5x5: 48, poolProj: 64, map: [14, 14] });
    expect(link.notes).toEqual([{ code: 'fiveIsThree', values: { ch5x5red: 16, ch5x5: 48 } }]);
  });

  it('GoogLeNet aux2 (InceptionAux on 528 × 14×14) → #/inception’s auxiliary classifier with its input channels', () => {
    const { link, values } = linkOf(rowsOf('googlenet', [224, 224], true), 'aux2');
    expect(values).toMatchObject({ auxInChannels: 528, auxSize: [14, 14], numClasses: 1000 });
    expect(codes(link)).toEqual(['auxHead']);
  });

  it('GoogLeNet maxpool1 MaxPool2d(3, 2, ceil_mode=True) → #/pooling on an 8×8 input, where ceil_mode changes the size (4, not 3)', () => {
    const { scene, values } = linkOf(rowsOf('googlenet'), 'maxpool1');
    expect(scene).toBe('pooling');
    expect(values).toMatchObject({ view: 'window', mode: 'max', kernelSize: [3, 3], stride: [2, 2], padding: [0, 0], ceilMode: true, size: [8, 8] });
    expect(windowProblems(values as PoolingValues)).toEqual([]);
    expect(layerOutputShape({ kind: 'maxPool2d', kernelSize: 3, stride: 2, ceilMode: true }, [1, 8, 8])).toEqual([1, 4, 4]);
    expect(layerOutputShape({ kind: 'maxPool2d', kernelSize: 3, stride: 2, ceilMode: false }, [1, 8, 8])).toEqual([1, 3, 3]);
  });

  it('ResNet-18 maxpool MaxPool2d(3, 2, padding=1) → #/pooling?kernel_size=3&padding=1 (6×6 and stride 2 are the scene’s defaults)', () => {
    expect(linkOf(rowsOf('resnet18'), 'maxpool').link.hash).toBe('#/pooling?kernel_size=3&padding=1');
  });

  it('AlexNet classifier.1 Linear(9216, 4096) → #/pooling?view=fc-conv: its 256×6×6 map and widths are the part’s defaults', () => {
    const rows = rowsOf('alexnet');
    const { link, values } = linkOf(rows, 'classifier.1');
    expect(link.hash).toBe('#/pooling?view=fc-conv');
    expect(values).toMatchObject({ fcChannels: 256, fcMap: 6, hidden: 4096, numClasses: 1000 });
    expect(fcProblems(values as PoolingValues)).toEqual([]);
    const later = linkOf(rows, 'classifier.6').link;
    expect(later.hash).toBe(link.hash);
    expect(codes(later)).toEqual(['laterFc', 'fcHead']);
    expect(codes(linkOf(rows, 'avgpool').link)).toEqual(['adaptiveHead', 'fcHead']);
  });

  it('VGG-16 classifier.0 Linear(25088, 4096) → the FC part on 512×7×7; GoogLeNet aux1.fc1 Linear(2048, 1024) on its 128×4×4', () => {
    expect(linkOf(rowsOf('vgg16'), 'classifier.0').values).toMatchObject({ view: 'fc-conv', fcChannels: 512, fcMap: 7, fcFeed: 9, hidden: 4096, numClasses: 1000 });
    const aux = rowsOf('googlenet', [224, 224], true);
    expect(linkOf(aux, 'aux1.fc1').values).toMatchObject({ view: 'fc-conv', fcChannels: 128, fcMap: 4, hidden: 1024, numClasses: 1000 });
    expect(codes(linkOf(aux, 'aux1.fc2').link)).toEqual(['laterFc', 'fcHead']);
  });

  it('ResNet-50 avgpool and fc → #/pooling?view=gap with 2,048 channels on 7×7; MobileNetV2’s FC (pooled in forward()) too, said so', () => {
    const rows = rowsOf('resnet50');
    expect(linkOf(rows, 'avgpool').values).toMatchObject({ view: 'gap', channels: 2048, map: 7, feed: 7, numClasses: 1000 });
    expect(linkOf(rows, 'fc').link.hash).toBe(linkOf(rows, 'avgpool').link.hash);
    const mobile = linkOf(rowsOf('mobilenet_v2'), 'classifier.1');
    expect(mobile.values).toMatchObject({ view: 'gap', channels: 1280, map: 7 });
    expect(codes(mobile.link)).toEqual(['poolInForward']);
  });

  it('SqueezeNet classifier.3 (GAP after a 1×1 conv to 1,000 class maps) → NIN’s head, its 13×13 maps clamped to the scene’s 12', () => {
    const { link, values } = linkOf(rowsOf('squeezenet1_0'), 'classifier.3');
    expect(values).toMatchObject({ view: 'nin', ninChannels: 512, ninClasses: 1000, ninSize: 12 });
    expect(link.clamped).toEqual([{ key: 'nin_size', given: '13', used: '12' }]);
  });

  it('SqueezeNet features.3 Fire(96, 16, 64, 64) → #/pointwise: the squeeze drawn, the reduce → 3×3 stack counted on its 54×54 map', () => {
    const { link, values } = linkOf(rowsOf('squeezenet1_0'), 'features.3');
    expect(values).toMatchObject({ inChannels: 96, outChannels: 16, mode: 'reduce', bnIn: 96, bnMid: 16, bnOut: 64, bnKernel: 3, map: 54, bias: true });
    expect(codes(link)).toEqual(['fire']);
  });

  it('wrappers open as their conv (GoogLeNet conv1 BasicConv2d, MobileNetV2 features.0); BatchNorm, ReLU, Dropout and multi-conv containers open nothing', () => {
    const google = rowsOf('googlenet');
    expect(linkOf(google, 'conv1').link.hash).toBe(linkOf(google, 'conv1.conv').link.hash);
    const mobile = rowsOf('mobilenet_v2');
    expect(linkOf(mobile, 'features.0').link.hash).toBe(linkOf(mobile, 'features.0.0').link.hash);
    const alex = rowsOf('alexnet');
    for (const name of ['features', 'features.1', 'classifier', 'classifier.0']) expect(rowLink(alex, alex.findIndex((r) => r.name === name)), name).toBeNull();
    const bn = google.findIndex((r) => r.name === 'conv1.bn');
    expect(rowLink(google, bn)).toBeNull();
  });
});

describe('networks: every link of the eight networks (224×224, 63×63, 512×384, GoogLeNet with aux) opens a scene that takes it as given', () => {
  const settings: [NetworkId, [number, number], boolean][] = NETWORK_IDS.flatMap((id) => [
    [id, [224, 224], false] as [NetworkId, [number, number], boolean],
    [id, [63, 63], false] as [NetworkId, [number, number], boolean],
    [id, [512, 384], id === 'googlenet'] as [NetworkId, [number, number], boolean],
  ]);
  it.each(settings)('%s at %j (aux %s): every value in range, no impossible setting in the target', (id, size, aux) => {
    const rows = rowsOf(id, size, aux);
    let linked = 0;
    rows.forEach((row, i) => {
      const link = rowLink(rows, i);
      if (link === null) return;
      linked++;
      const { scene, query } = parseHash(link.hash);
      const def = findScene(scene);
      expect(def, `${row.name} → ${scene}`).toBeDefined();
      const parsed = parseParams(def!.schema, query);
      expect(parsed.corrections, `${row.name}: ${link.hash}`).toEqual([]);
      const v = { ...defaults(def!.schema), ...parsed.values };
      if (scene === 'conv2d') expect(conv2dProblems(v as Conv2dValues), row.name).toEqual([]);
      if (scene === 'residual') expect(residualProblems(v as ResidualValues), row.name).toEqual([]);
      if (scene === 'pooling') {
        expect(windowProblems(v as PoolingValues), row.name).toEqual([]);
        expect(fcProblems(v as PoolingValues), row.name).toEqual([]);
      }
    });
    expect(linked).toBeGreaterThan(5);
  });
});
