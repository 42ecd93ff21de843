import type { LayerSpec } from '../../engine/index.ts';
import { alexnet } from './nets/alexnet.ts';
import type { Block } from './nets/define.ts';
import { googlenet } from './nets/googlenet.ts';
import { mobilenetV2 } from './nets/mobilenetV2.ts';
import { resnet18, resnet50 } from './nets/resnet.ts';
import { shufflenetV2 } from './nets/shufflenetV2.ts';
import { squeezenet } from './nets/squeezenet.ts';
import { vgg16 } from './nets/vgg16.ts';
import { walkNetwork } from './nets/walk.ts';

/**
 * The layer tables of eight torchvision 0.14 classification networks, for one input [3, H, W]: one row
 * per module call, named as torchvision names the module, with its output shape, own parameters and
 * MACs. The definitions (`nets/*.ts`) are data; `walkNetwork` computes every number from the engine.
 * Counts are per single image; 1 MAC = one multiply-add = 2 FLOPs. MACs count conv and linear layers
 * only (output elements × in/groups × kH × kW; in × out); batch norm, activations, pooling and the
 * functional steps (flatten, mean, cat, add, channel shuffle) count 0; biases add no MAC.
 * tests/fixtures/networks.json (PyTorch's forward hooks) holds the truth the tests compare with.
 */

export type NetworkId = 'alexnet' | 'vgg16' | 'googlenet' | 'resnet18' | 'resnet50' | 'mobilenet_v2' | 'shufflenet_v2_x1_0' | 'squeezenet1_0';

/** The eight networks, oldest first as the trend chart reads them (torchvision's builder names). */
export const NETWORK_IDS: readonly NetworkId[] = ['alexnet', 'vgg16', 'googlenet', 'resnet18', 'resnet50', 'squeezenet1_0', 'mobilenet_v2', 'shufflenet_v2_x1_0'];

/** What kind of layer a row is, for the shares panel (blocks are 'other'; a depthwise conv has groups = in = out). */
export type LayerKind = 'conv' | 'depthwise' | 'pointwise' | 'grouped' | 'fc' | 'bn' | 'pool' | 'activation' | 'other';

/** One module call of a network on one input. */
export interface NetRow {
  /** torchvision's module name, e.g. 'features.0', 'layer1.0.conv1', 'inception3a.branch2.1.conv'. */
  name: string;
  /** The module's class name: 'Conv2d', 'BatchNorm2d', 'ReLU', 'ReLU6', 'MaxPool2d', 'Linear', 'Dropout', 'AdaptiveAvgPool2d', or a block's: 'Sequential', 'BasicBlock', 'Bottleneck', 'Inception', 'InceptionAux', 'BasicConv2d', 'InvertedResidual' (MobileNetV2's and ShuffleNet's unit), 'Conv2dNormActivation', 'Fire'. */
  type: string;
  /** A leaf's settings as `print(module)` shows them inside the parentheses; '' for a block. */
  settings: string;
  /** Output shape for one image: [C, H, W] or [F]. */
  outShape: number[];
  /** Own parameters (a block: the sum of its rows; a repeated call: 0) and MACs (1 MAC = one multiply-add, one image). */
  params: number;
  macs: number;
  /** Nesting depth (0 = a child of the network), and the index in `rows` of the enclosing block row (-1: none). */
  depth: number;
  parent: number;
  /** A block row (has children) or a leaf module. */
  block: boolean;
  kind: LayerKind;
  /**
   * Which call of this module the row is: 0, or 1 and 2 for ResNet's `relu`, which each BasicBlock calls
   * twice and each Bottleneck three times (so a name can appear on several rows: key rows by index).
   */
  call: number;
  /** A leaf's layer spec (for scene links); ReLU6 is the engine's relu (same shape, no parameters). */
  layer?: LayerSpec;
  /** A block's configuration in torchvision's argument names (BasicBlock's { inplanes, planes, stride, downsample }, Inception's { in_channels, ch1x1, ch3x3red, ch3x3, ch5x5red, ch5x5, pool_proj }, InvertedResidual's { inp, oup, stride, expand_ratio }, Fire's { inplanes, squeeze_planes, expand1x1_planes, expand3x3_planes }). */
  config?: Record<string, number | string>;
  /** Its input shape (the scene links use it). */
  inShape: number[];
}

/** A network's table on one input. */
export interface NetTable {
  id: NetworkId;
  rows: NetRow[];
  /** The network's output shape (after the last functional step, e.g. SqueezeNet's flatten: [1000]). */
  outShape: number[];
  /** Sums over leaf rows: `params` is `sum(p.numel() for p in model.parameters())`. */
  totals: { params: number; macs: number };
  /** Parameters and MACs by kind (leaf rows only). */
  shares: Record<LayerKind, { params: number; macs: number }>;
}

/**
 * Why a network cannot take an input size: the first layer that fails (its row name; a block's name when
 * its own join fails, '' for the input itself), and the engine's issue: `code` and `values` of
 * `src/engine/validity.ts` (e.g. 'kernelTooLarge'), or 'engine' with the engine's `message`, or
 * 'inputSize' ({ height, width } not positive integers), 'catShape' / 'addShape' ({ first, other }),
 * 'channelShuffle' ({ channels, groups }).
 */
export interface NetProblem {
  layer: string;
  code: string;
  /** The parameter at fault, in PyTorch's name, when the engine names one. */
  param?: string;
  values: Record<string, number | string>;
}

/** Who built each network and when (`year` places it on the trend chart). */
export const NETWORKS: Record<NetworkId, { title: string; year: number; paper: string; url: string }> = {
  alexnet: { title: 'AlexNet', year: 2012, paper: 'ImageNet Classification with Deep Convolutional Neural Networks (Krizhevsky, Sutskever, Hinton)', url: 'https://papers.nips.cc/paper/4824-imagenet-classification-with-deep-convolutional-neural-networks' },
  vgg16: { title: 'VGG-16', year: 2014, paper: 'Very Deep Convolutional Networks for Large-Scale Image Recognition (Simonyan, Zisserman)', url: 'https://arxiv.org/abs/1409.1556' },
  googlenet: { title: 'GoogLeNet', year: 2014, paper: 'Going Deeper with Convolutions (Szegedy et al.)', url: 'https://arxiv.org/abs/1409.4842' },
  resnet18: { title: 'ResNet-18', year: 2015, paper: 'Deep Residual Learning for Image Recognition (He, Zhang, Ren, Sun)', url: 'https://arxiv.org/abs/1512.03385' },
  resnet50: { title: 'ResNet-50', year: 2015, paper: 'Deep Residual Learning for Image Recognition (He, Zhang, Ren, Sun)', url: 'https://arxiv.org/abs/1512.03385' },
  squeezenet1_0: { title: 'SqueezeNet 1.0', year: 2016, paper: 'SqueezeNet: AlexNet-level accuracy with 50x fewer parameters and <0.5MB model size (Iandola et al.)', url: 'https://arxiv.org/abs/1602.07360' },
  mobilenet_v2: { title: 'MobileNetV2', year: 2018, paper: 'MobileNetV2: Inverted Residuals and Linear Bottlenecks (Sandler et al.)', url: 'https://arxiv.org/abs/1801.04381' },
  shufflenet_v2_x1_0: { title: 'ShuffleNetV2 ×1.0', year: 2018, paper: 'ShuffleNet V2: Practical Guidelines for Efficient CNN Architecture Design (Ma et al.)', url: 'https://arxiv.org/abs/1807.11164' },
};

const DEFINITIONS: Record<NetworkId, (aux: boolean) => Block> = {
  alexnet: () => alexnet,
  vgg16: () => vgg16,
  googlenet,
  resnet18: () => resnet18,
  resnet50: () => resnet50,
  squeezenet1_0: () => squeezenet,
  mobilenet_v2: () => mobilenetV2,
  shufflenet_v2_x1_0: () => shufflenetV2,
};

const KINDS: readonly LayerKind[] = ['conv', 'depthwise', 'pointwise', 'grouped', 'fc', 'bn', 'pool', 'activation', 'other'];

/**
 * Walks the network's definition (data) for an input [3, H, W]; `aux` adds GoogLeNet's auxiliary heads
 * (torchvision runs them in training mode only; their rows come where its forward calls them, after
 * inception4a and inception4d). Other networks ignore `aux`.
 */
export function networkTable(id: NetworkId, size: readonly [number, number], options: { aux?: boolean } = {}): { table: NetTable } | { problem: NetProblem } {
  const [height, width] = size;
  if (!Number.isInteger(height) || !Number.isInteger(width) || height < 1 || width < 1) {
    return { problem: { layer: '', code: 'inputSize', values: { height, width } } };
  }
  const walked = walkNetwork(DEFINITIONS[id](options.aux ?? false), [3, height, width]);
  if ('problem' in walked) return walked;
  const shares = Object.fromEntries(KINDS.map((k) => [k, { params: 0, macs: 0 }])) as NetTable['shares'];
  const totals = { params: 0, macs: 0 };
  for (const row of walked.rows) {
    if (row.block) continue;
    shares[row.kind].params += row.params;
    shares[row.kind].macs += row.macs;
    totals.params += row.params;
    totals.macs += row.macs;
  }
  return { table: { id, rows: walked.rows, outShape: walked.out, totals, shares } };
}
