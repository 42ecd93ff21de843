import { adaptiveAvgPool, bn, conv, linear, maxPool, relu, seq } from './define.ts';
import type { Block, Module, Step } from './define.ts';

/** `conv3x3` and `conv1x1` of models/resnet.py: no bias (a BatchNorm follows each). */
const conv3x3 = (i: number, o: number, stride = 1) => conv(i, o, 3, { stride, padding: 1, bias: false });
const conv1x1 = (i: number, o: number, stride = 1) => conv(i, o, 1, { stride, bias: false });

/**
 * The skip and the final ReLU of both block kinds: `identity = downsample(x)` when the block changes
 * stride or width (a strided 1×1 conv and BN), `out += identity`, then `self.relu` once more.
 */
function residual(main: Step[], downsample: boolean): Step[] {
  return [{ fn: 'add', branches: [main, downsample ? ['downsample'] : []] }, 'relu'];
}

function downsampleOf(inplanes: number, out: number, stride: number): Record<string, Module> {
  return inplanes !== out || stride !== 1 ? { downsample: seq([conv1x1(inplanes, out, stride), bn(out)]) } : {};
}

/** `BasicBlock(inplanes, planes, stride)`: 3×3 (strided) → BN → ReLU → 3×3 → BN, plus the skip. */
function basicBlock(inplanes: number, planes: number, stride: number): Block {
  const skip = downsampleOf(inplanes, planes, stride);
  const config = { inplanes, planes, stride, downsample: skip.downsample ? 1 : 0, expansion: 1 };
  const children = { conv1: conv3x3(inplanes, planes, stride), bn1: bn(planes), relu: relu(), conv2: conv3x3(planes, planes), bn2: bn(planes), ...skip };
  return { type: 'BasicBlock', children, forward: residual(['conv1', 'bn1', 'relu', 'conv2', 'bn2'], skip.downsample !== undefined), config };
}

/**
 * `Bottleneck(inplanes, planes, stride)`, torchvision's "ResNet V1.5": the stride sits on the 3×3 conv,
 * not on the first 1×1 as in the paper. 1×1 (planes) → 3×3 → 1×1 (4·planes), each with BN.
 */
function bottleneck(inplanes: number, planes: number, stride: number): Block {
  const out = planes * 4;
  const skip = downsampleOf(inplanes, out, stride);
  const config = { inplanes, planes, stride, downsample: skip.downsample ? 1 : 0, expansion: 4 };
  const children = {
    conv1: conv1x1(inplanes, planes),
    bn1: bn(planes),
    conv2: conv3x3(planes, planes, stride),
    bn2: bn(planes),
    conv3: conv1x1(planes, out),
    bn3: bn(out),
    relu: relu(),
    ...skip,
  };
  const main = ['conv1', 'bn1', 'relu', 'conv2', 'bn2', 'relu', 'conv3', 'bn3'];
  return { type: 'Bottleneck', children, forward: residual(main, skip.downsample !== undefined), config };
}

/**
 * torchvision's `ResNet(block, layers)`: a 7×7/2 stem and a 3×3/2 max pool, four stages of blocks
 * (64, 128, 256, 512 planes; the first block of stages 2–4 has stride 2), global average pooling,
 * torch.flatten and one FC layer.
 */
function resnet(kind: 'basic' | 'bottleneck', layers: readonly number[]): Block {
  const expansion = kind === 'basic' ? 1 : 4;
  const make = kind === 'basic' ? basicBlock : bottleneck;
  let inplanes = 64;
  const stage = (planes: number, blocks: number, stride: number): Block => {
    const list: Block[] = [];
    for (let i = 0; i < blocks; i++) {
      list.push(make(inplanes, planes, i === 0 ? stride : 1));
      inplanes = planes * expansion;
    }
    return seq(list);
  };
  return {
    type: 'ResNet',
    children: {
      conv1: conv(3, 64, 7, { stride: 2, padding: 3, bias: false }),
      bn1: bn(64),
      relu: relu(),
      maxpool: maxPool(3, 2, { padding: 1 }),
      layer1: stage(64, layers[0], 1),
      layer2: stage(128, layers[1], 2),
      layer3: stage(256, layers[2], 2),
      layer4: stage(512, layers[3], 2),
      avgpool: adaptiveAvgPool([1, 1]),
      fc: linear(512 * expansion, 1000),
    },
    forward: ['conv1', 'bn1', 'relu', 'maxpool', 'layer1', 'layer2', 'layer3', 'layer4', 'avgpool', { fn: 'flatten' }, 'fc'],
  };
}

/** `resnet18()`: BasicBlocks [2, 2, 2, 2]. */
export const resnet18: Block = resnet('basic', [2, 2, 2, 2]);

/** `resnet50()`: Bottlenecks [3, 4, 6, 3]. */
export const resnet50: Block = resnet('bottleneck', [3, 4, 6, 3]);
