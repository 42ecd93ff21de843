import { blockSteps, residualOutput } from '../../animations/residualFrames.ts';
import type { BlockNode, BlockStep } from '../../animations/residualFrames.ts';
import { layerOutputShape, macCount, paramCount } from '../../engine/index.ts';
import type { LayerSpec } from '../../engine/index.ts';
import type { ResidualValues } from './schema.ts';

/** torchvision's `expansion`: a Bottleneck's output has planes × 4 channels, a BasicBlock's planes. */
export const expansion = (v: Pick<ResidualValues, 'block'>) => (v.block === 'basic' ? 1 : 4);

/** One operation of the block: the tensor it writes, what it reads, its layer and shapes, its cost by the engine. */
export interface BlockLayer {
  node: BlockNode;
  /** The torchvision attribute that computes it (`conv1`, `bn1`, `relu`, `downsample.0`, …; the sum is `out += identity`). */
  name: string;
  input: BlockNode;
  /** The layer, or null for the skip's identity and the sum (no layer: x itself, and an add). */
  spec: LayerSpec | null;
  inShape: number[];
  outShape: number[];
  params: number;
  macs: number;
}

/** The whole block at a setting: its operations in forward order, the shapes of x and F(x), its totals. */
export interface BlockPlan {
  steps: BlockStep[];
  layers: BlockLayer[];
  xShape: number[];
  fShape: number[];
  outChannels: number;
  params: number;
  macs: number;
  /** Parameters of the skip path alone (0 for the identity), and their share of the block in percent. */
  skipParams: number;
  skipShare: number;
  /** Values of the batch norms' running_mean and running_var (2 per channel): buffers, not parameters. */
  buffers: number;
}

const conv = (inChannels: number, outChannels: number, kernelSize: 1 | 3, stride: number): LayerSpec => ({
  kind: 'conv2d',
  inChannels,
  outChannels,
  kernelSize,
  stride,
  padding: kernelSize === 3 ? 1 : 0,
  bias: false,
});
const bn = (numFeatures: number): LayerSpec => ({ kind: 'batchNorm2d', numFeatures });
const RELU: LayerSpec = { kind: 'relu' };

/**
 * The layers of torchvision's block as set, without their values: BasicBlock conv1 3×3 (stride) → bn1 →
 * ReLU → conv2 3×3 → bn2; Bottleneck conv1 1×1 → bn1 → ReLU → conv2 3×3 (stride, as torchvision's
 * "ResNet v1.5") → bn2 → ReLU → conv3 1×1 (planes·4) → bn3; convolutions without bias (BN's β plays
 * its part). The skip is x or `downsample` = 1×1 conv (stride) → BN. The shapes come from the engine; an
 * identity skip whose shape differs from F(x) is kept (the problem is reported by `residualProblems`).
 */
export function blockPlan(v: ResidualValues): BlockPlan {
  const { inplanes, planes, stride } = v;
  const out = planes * expansion(v);
  const specs: [BlockNode, string, BlockNode, LayerSpec][] =
    v.block === 'basic'
      ? [
          ['conv1', 'conv1', 'x', conv(inplanes, planes, 3, stride)],
          ['bn1', 'bn1', 'conv1', bn(planes)],
          ['relu1', 'relu', 'bn1', RELU],
          ['conv2', 'conv2', 'relu1', conv(planes, planes, 3, 1)],
          ['bn2', 'bn2', 'conv2', bn(planes)],
        ]
      : [
          ['conv1', 'conv1', 'x', conv(inplanes, planes, 1, 1)],
          ['bn1', 'bn1', 'conv1', bn(planes)],
          ['relu1', 'relu', 'bn1', RELU],
          ['conv2', 'conv2', 'relu1', conv(planes, planes, 3, stride)],
          ['bn2', 'bn2', 'conv2', bn(planes)],
          ['relu2', 'relu', 'bn2', RELU],
          ['conv3', 'conv3', 'relu2', conv(planes, out, 1, 1)],
          ['bn3', 'bn3', 'conv3', bn(out)],
        ];
  const projection = v.downsample === 'conv1x1';
  if (projection) specs.push(['proj', 'downsample.0', 'x', conv(inplanes, out, 1, stride)], ['projBn', 'downsample.1', 'proj', bn(out)]);
  const xShape = [inplanes, v.size[0], v.size[1]];
  const shapes = new Map<BlockNode, number[]>([['x', xShape]]);
  const layers: BlockLayer[] = specs.map(([node, name, input, spec]) => {
    const inShape = shapes.get(input)!;
    const outShape = layerOutputShape(spec, inShape);
    shapes.set(node, outShape);
    return { node, name, input, spec, inShape, outShape, params: paramCount(spec), macs: macCount(spec, inShape) };
  });
  const fNode = residualOutput(v.block);
  const fShape = shapes.get(fNode)!;
  if (!projection) layers.push({ node: 'identity', name: 'identity = x', input: 'x', spec: null, inShape: xShape, outShape: xShape, params: 0, macs: 0 });
  // The sum is an add per element, no multiply: 0 MACs. Its shape is F(x)'s (the problem says when x's differs).
  layers.push({ node: 'add', name: 'out += identity', input: fNode, spec: null, inShape: fShape, outShape: fShape, params: 0, macs: 0 });
  layers.push({ node: 'out', name: 'relu', input: 'add', spec: RELU, inShape: fShape, outShape: fShape, params: 0, macs: macCount(RELU, fShape) });
  const sum = (key: 'params' | 'macs', only?: (l: BlockLayer) => boolean) => layers.filter(only ?? (() => true)).reduce((s, l) => s + l[key], 0);
  const params = sum('params');
  const skipParams = sum('params', (l) => l.node === 'proj' || l.node === 'projBn');
  const buffers = layers.reduce((n, l) => n + (l.spec?.kind === 'batchNorm2d' ? 2 * l.spec.numFeatures : 0), 0);
  return {
    steps: blockSteps(v.block, projection),
    layers,
    xShape,
    fShape: [...fShape],
    outChannels: out,
    params,
    macs: sum('macs'),
    skipParams,
    skipShare: (100 * skipParams) / params,
    buffers,
  };
}

/** Why a setting is impossible: a code (message `problem.<code>`) and the values it names. */
export interface ResidualProblem {
  code: 'residualShapes';
  values: Record<string, string | number>;
}

/** A shape as the messages write it: `[64, 4, 4]` (channels, height, width). */
export const formatShape = (shape: readonly number[]) => `[${shape.join(', ')}]`;

/** Whether two shapes are equal, axis by axis. */
const sameShape = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((d, i) => d === b[i]);

/**
 * An identity skip needs F(x) and x of one shape: a block that changes the channel count (inplanes ≠
 * planes·expansion) or the size (stride 2) cannot add x as it is; the problem names both shapes.
 */
export function residualProblems(v: ResidualValues): ResidualProblem[] {
  if (v.downsample === 'conv1x1') return [];
  const plan = blockPlan(v);
  if (sameShape(plan.fShape, plan.xShape)) return [];
  return [{ code: 'residualShapes', values: { fx: formatShape(plan.fShape), x: formatShape(plan.xShape), inplanes: v.inplanes, stride: v.stride, out: plan.outChannels } }];
}

/** The nearest setting that works: the same block with the 1×1 projection on the skip path. */
export function nearestValidResidual(v: ResidualValues): ResidualValues {
  return residualProblems(v).length === 0 ? v : { ...v, downsample: 'conv1x1' };
}

/** Presets: ResNet-18/34's first and downsampling BasicBlocks, ResNet-50's Bottlenecks (counts as torchvision gives them). */
export const RESIDUAL_PRESETS: { id: string; values: Partial<ResidualValues> }[] = [
  { id: 'basic64', values: { block: 'basic', inplanes: 64, planes: 64, stride: 1, downsample: 'none' } },
  { id: 'basic128', values: { block: 'basic', inplanes: 64, planes: 128, stride: 2, downsample: 'conv1x1' } },
  { id: 'bottleneck256', values: { block: 'bottleneck', inplanes: 256, planes: 64, stride: 1, downsample: 'none' } },
  { id: 'bottleneck512', values: { block: 'bottleneck', inplanes: 256, planes: 128, stride: 2, downsample: 'conv1x1' } },
  { id: 'tiny', values: { block: 'basic', inplanes: 2, planes: 2, stride: 1, downsample: 'none' } },
];
