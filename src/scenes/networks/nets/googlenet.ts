import { adaptiveAvgPool, bn, conv, dropout, linear, maxPool, seq } from './define.ts';
import type { Block, Step } from './define.ts';

/**
 * `BasicConv2d(in, out, **kwargs)`: a conv without bias, BatchNorm2d(eps=0.001) and `F.relu` (a function,
 * so no ReLU row). The paper has neither batch norm nor this block; torchvision adds both.
 */
function basicConv(inChannels: number, outChannels: number, kernelSize: number, o: { stride?: number; padding?: number } = {}): Block {
  return { type: 'BasicConv2d', children: { conv: conv(inChannels, outChannels, kernelSize, { ...o, bias: false }), bn: bn(outChannels, 0.001) }, forward: ['conv', 'bn', { fn: 'relu' }] };
}

/** Inception's arguments in torchvision's order and names. */
const INCEPTION_ARGS = ['in_channels', 'ch1x1', 'ch3x3red', 'ch3x3', 'ch5x5red', 'ch5x5', 'pool_proj'] as const;

/**
 * `Inception(in_channels, ch1x1, ch3x3red, ch3x3, ch5x5red, ch5x5, pool_proj)`: four branches on the same
 * input joined along channels. torchvision's "5×5" branch (branch3) is a 3×3 conv with padding 1 (a
 * known departure kept for its weights, pytorch/vision#906), so its parameters are torchvision's, not
 * the paper's; the pool branch's max pool uses ceil_mode=True.
 */
function inception(...args: [number, number, number, number, number, number, number]): Block {
  const [inC, ch1x1, ch3x3red, ch3x3, ch5x5red, ch5x5, poolProj] = args;
  return {
    type: 'Inception',
    children: {
      branch1: basicConv(inC, ch1x1, 1),
      branch2: seq([basicConv(inC, ch3x3red, 1), basicConv(ch3x3red, ch3x3, 3, { padding: 1 })]),
      branch3: seq([basicConv(inC, ch5x5red, 1), basicConv(ch5x5red, ch5x5, 3, { padding: 1 })]),
      branch4: seq([maxPool(3, 1, { padding: 1, ceilMode: true }), basicConv(inC, poolProj, 1)]),
    },
    forward: [{ fn: 'cat', branches: [['branch1'], ['branch2'], ['branch3'], ['branch4']] }],
    config: Object.fromEntries(INCEPTION_ARGS.map((name, i) => [name, args[i]])),
  };
}

/**
 * `InceptionAux(in_channels, num_classes, dropout=0.7)`: `F.adaptive_avg_pool2d` to 4×4, a 1×1
 * BasicConv2d to 128 channels, torch.flatten, fc1 (2048 → 1024) with `F.relu`, dropout, fc2.
 */
function inceptionAux(inChannels: number): Block {
  return {
    type: 'InceptionAux',
    children: { conv: basicConv(inChannels, 128, 1), fc1: linear(2048, 1024), fc2: linear(1024, 1000), dropout: dropout(0.7) },
    forward: [{ fn: 'adaptiveAvgPool2d', outputSize: [4, 4] }, 'conv', { fn: 'flatten' }, 'fc1', { fn: 'relu' }, 'dropout', 'fc2'],
    config: { in_channels: inChannels, num_classes: 1000, dropout: 0.7 },
  };
}

/**
 * torchvision's `googlenet(aux_logits, init_weights=False, transform_input=False)` (models/googlenet.py).
 * Max pools use ceil_mode=True. With `aux`, the two auxiliary heads run where the training-mode
 * forward calls them, after inception4a and inception4d (eval mode skips them).
 */
export function googlenet(aux: boolean): Block {
  const children = {
    conv1: basicConv(3, 64, 7, { stride: 2, padding: 3 }),
    maxpool1: maxPool(3, 2, { ceilMode: true }),
    conv2: basicConv(64, 64, 1),
    conv3: basicConv(64, 192, 3, { padding: 1 }),
    maxpool2: maxPool(3, 2, { ceilMode: true }),
    inception3a: inception(192, 64, 96, 128, 16, 32, 32),
    inception3b: inception(256, 128, 128, 192, 32, 96, 64),
    maxpool3: maxPool(3, 2, { ceilMode: true }),
    inception4a: inception(480, 192, 96, 208, 16, 48, 64),
    inception4b: inception(512, 160, 112, 224, 24, 64, 64),
    inception4c: inception(512, 128, 128, 256, 24, 64, 64),
    inception4d: inception(512, 112, 144, 288, 32, 64, 64),
    inception4e: inception(528, 256, 160, 320, 32, 128, 128),
    maxpool4: maxPool(2, 2, { ceilMode: true }),
    inception5a: inception(832, 256, 160, 320, 32, 128, 128),
    inception5b: inception(832, 384, 192, 384, 48, 128, 128),
    ...(aux ? { aux1: inceptionAux(512), aux2: inceptionAux(528) } : {}),
    avgpool: adaptiveAvgPool([1, 1]),
    dropout: dropout(0.2),
    fc: linear(1024, 1000),
  };
  const side = (head: string): Step[] => (aux ? [{ fn: 'side', steps: [head] }] : []);
  const forward: Step[] = [
    ...['conv1', 'maxpool1', 'conv2', 'conv3', 'maxpool2', 'inception3a', 'inception3b', 'maxpool3', 'inception4a'],
    ...side('aux1'),
    ...['inception4b', 'inception4c', 'inception4d'],
    ...side('aux2'),
    ...['inception4e', 'maxpool4', 'inception5a', 'inception5b', 'avgpool', { fn: 'flatten' } as const, 'dropout', 'fc'],
  ];
  return { type: 'GoogLeNet', children, forward };
}
