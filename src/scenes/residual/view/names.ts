import type { BlockNode } from '../../../animations/residualFrames.ts';
import { formatSigned } from '../../../i18n/format.ts';

/** The tensors as torchvision's code names them (the same in every language: they are the code's names). */
export const NODE_NAMES: Record<BlockNode, string> = {
  x: 'x',
  conv1: 'conv1',
  bn1: 'bn1',
  relu1: 'relu(bn1)',
  conv2: 'conv2',
  bn2: 'bn2',
  relu2: 'relu(bn2)',
  conv3: 'conv3',
  bn3: 'bn3',
  identity: 'identity',
  proj: 'downsample.0',
  projBn: 'downsample.1',
  add: 'F(x) + x',
  out: 'y',
};

/** A tensor's name as captions write it: the sum is F(x) + proj(x) when the skip path projects x. */
export const nodeName = (node: BlockNode, projection: boolean) => (node === 'add' && projection ? 'F(x) + proj(x)' : NODE_NAMES[node]);

/** A grid cell's number: one decimal at most, with a real minus (the panel writes two). */
export const formatCell = (v: number) => formatSigned(Math.round(v * 10) / 10);

/** A number in the explanation panel: two decimals at most, with a real minus. */
export const formatPanel = (v: number) => formatSigned(Math.round(v * 100) / 100);
