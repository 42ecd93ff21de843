import type { PoolingValues } from './schema.ts';

const pair = ([h, w]: readonly [number, number]) => (h === w ? String(h) : `(${h}, ${w})`);
const shape = (s: readonly number[]) => s.join(', ');

/** The words in the code's comments, in the learner's language (the code itself stays PyTorch). */
export interface PoolingCodeComments {
  /** After the pooling call: its output shape, e.g. `(1, 1, 3, 3)`. */
  out: string;
  /** After a call PyTorch refuses. */
  rejected: string;
  /** After GAP: any H×W works. */
  anySize: string;
  /** After a pooling call PyTorch refuses (the alert says why). */
  impossible: string;
}

const ENGLISH: PoolingCodeComments = { out: 'output shape', rejected: 'RuntimeError: mat1 and mat2 shapes cannot be multiplied', anySize: 'any H×W', impossible: 'RuntimeError: see the message above' };

/** The window part: the pooling layer with every argument that differs from PyTorch's defaults, and its output shape. */
export function windowCode(v: PoolingValues, outShape: readonly number[] | null, c: PoolingCodeComments = ENGLISH): string {
  const args = [`kernel_size=${pair(v.kernelSize)}`, `stride=${pair(v.stride)}`];
  if (v.padding[0] > 0 || v.padding[1] > 0) args.push(`padding=${pair(v.padding)}`);
  if (v.mode === 'max' && (v.dilation[0] > 1 || v.dilation[1] > 1)) args.push(`dilation=${pair(v.dilation)}`);
  if (v.ceilMode) args.push('ceil_mode=True');
  if (v.mode === 'avg' && !v.countIncludePad) args.push('count_include_pad=False');
  const layer = v.mode === 'max' ? 'MaxPool2d' : 'AvgPool2d';
  return [
    'import torch',
    'from torch import nn',
    '',
    `pool = nn.${layer}(${args.join(', ')})`,
    `x = torch.randn(1, ${v.inChannels}, ${v.size[0]}, ${v.size[1]})`,
    `y = pool(x)  # ${outShape ? `${c.out} (1, ${shape(outShape)})` : c.impossible}`,
  ].join('\n');
}

/** The GAP part: VGG's FC head and the GAP head on the same features, and the fed map through both. */
export function gapCode(v: PoolingValues, fcTakesFeed: boolean, c: PoolingCodeComments = ENGLISH): string {
  const C = v.channels;
  const flat = `${C} * ${v.map} * ${v.map}`;
  return [
    'import torch',
    'from torch import nn',
    '',
    'fc_head = nn.Sequential(',
    '    nn.Flatten(),',
    `    nn.Linear(${flat}, ${v.hidden}), nn.ReLU(), nn.Dropout(),`,
    `    nn.Linear(${v.hidden}, ${v.hidden}), nn.ReLU(), nn.Dropout(),`,
    `    nn.Linear(${v.hidden}, ${v.numClasses}),`,
    ')',
    'gap_head = nn.Sequential(',
    `    nn.AdaptiveAvgPool2d(1),  # = F.adaptive_avg_pool2d(x, 1)`,
    '    nn.Flatten(),',
    `    nn.Linear(${C}, ${v.numClasses}),`,
    ')',
    `x = torch.randn(1, ${C}, ${v.feed}, ${v.feed})`,
    `gap_head(x)  # (1, ${v.numClasses}), ${c.anySize}`,
    `fc_head(x)  # ${fcTakesFeed ? `(1, ${v.numClasses})` : c.rejected}`,
  ].join('\n');
}

/** The FC part: AlexNet's FC head, the same weights as convolutions, and the larger map through both. */
export function fcConvCode(v: PoolingValues, convOut: readonly number[], fcTakesFeed: boolean, c: PoolingCodeComments = ENGLISH): string {
  const C = v.fcChannels;
  const m = v.fcMap;
  return [
    'import torch',
    'from torch import nn',
    '',
    `fc1 = nn.Linear(${C} * ${m} * ${m}, ${v.hidden})`,
    `conv1 = nn.Conv2d(${C}, ${v.hidden}, kernel_size=${m})`,
    `conv1.weight.data = fc1.weight.data.view(${v.hidden}, ${C}, ${m}, ${m})  # same numbers`,
    'conv1.bias.data = fc1.bias.data',
    'fully_conv = nn.Sequential(',
    '    conv1, nn.ReLU(),',
    `    nn.Conv2d(${v.hidden}, ${v.hidden}, kernel_size=1), nn.ReLU(),  # FC2`,
    `    nn.Conv2d(${v.hidden}, ${v.numClasses}, kernel_size=1),  # FC3`,
    ')',
    `x = torch.randn(1, ${C}, ${v.fcFeed}, ${v.fcFeed})`,
    `fully_conv(x)  # (1, ${shape(convOut)})`,
    `fc1(x.flatten(1))  # ${fcTakesFeed ? `(1, ${v.hidden})` : c.rejected}`,
    '',
    `text = nn.Conv1d(${v.textIn}, ${v.textOut}, kernel_size=${v.textKernel})`,
    'text_bottleneck = nn.Sequential(',
    `    nn.Conv1d(${v.textIn}, ${v.textMid}, kernel_size=1),`,
    `    nn.Conv1d(${v.textMid}, ${v.textOut}, kernel_size=${v.textKernel}),`,
    ')',
    `words = torch.randn(1, ${v.textIn}, ${v.textLength})  # (N, C, L)`,
  ].join('\n');
}

/** The NIN part: the last 1×1 convolution to one map per class, GAP, softmax. */
export function ninCode(v: PoolingValues): string {
  return [
    'import torch',
    'from torch import nn',
    '',
    'nin_head = nn.Sequential(',
    `    nn.Conv2d(${v.ninChannels}, ${v.ninClasses}, kernel_size=1),  # one map per class`,
    '    nn.AdaptiveAvgPool2d(1),',
    '    nn.Flatten(),',
    '    nn.Softmax(dim=1),',
    ')',
    `x = torch.randn(1, ${v.ninChannels}, ${v.ninSize}, ${v.ninSize})`,
    `p = nin_head(x)  # (1, ${v.ninClasses})`,
  ].join('\n');
}
