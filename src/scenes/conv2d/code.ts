import type { Pair, Padding2d } from '../../engine/index.ts';
import type { Conv2dParams } from './model.ts';

/** A Python literal for a PyTorch size argument: `3` or `(3, 5)`. */
export function pyPair(v: Pair): string {
  if (typeof v === 'number') return String(v);
  return v[0] === v[1] ? String(v[0]) : `(${v[0]}, ${v[1]})`;
}

function pyPadding(p: Padding2d): string {
  return typeof p === 'string' ? `'${p}'` : pyPair(p);
}

function isDefault(v: Pair | Padding2d, d: number): boolean {
  return typeof v === 'number' ? v === d : typeof v !== 'string' && v[0] === d && v[1] === d;
}

/** The `nn.Conv2d(...)` call of a setting: in/out/kernel always, the rest only when not PyTorch's default. */
export function conv2dCall(p: Conv2dParams): string {
  const args = [`in_channels=${p.inChannels}`, `out_channels=${p.outChannels}`, `kernel_size=${pyPair(p.kernelSize)}`];
  if (!isDefault(p.stride, 1)) args.push(`stride=${pyPair(p.stride)}`);
  if (p.padding === 'valid' || !isDefault(p.padding, 0)) args.push(`padding=${pyPadding(p.padding)}`);
  if (!isDefault(p.dilation, 1)) args.push(`dilation=${pyPair(p.dilation)}`);
  if (p.groups !== 1) args.push(`groups=${p.groups}`);
  if (!p.bias) args.push('bias=False');
  return `nn.Conv2d(${args.join(', ')})`;
}

/** The comments of the code panel, in the learner's language (the code itself stays PyTorch). */
export interface CodeComments {
  /** After the input: what its four axes are. */
  inputShape: string;
  /** After the call: the output shape, given the shape as `1, 4, 4`. */
  outputShape: (shape: string) => string;
  /** After the count: the parameter count. */
  params: (n: number) => string;
}

/** English comments: the snippet as it reads without a translation. */
export const ENGLISH_COMMENTS: CodeComments = {
  inputShape: '(N, C, H, W)',
  outputShape: (shape) => `shape (${shape})`,
  params: (n) => String(n),
};

/**
 * A runnable PyTorch snippet for the setting: the layer, an input of the scene's shape (batch of one),
 * and comments with the output shape and parameter count the scene shows.
 */
export function conv2dCode(p: Conv2dParams, outShape: readonly number[], params: number, comments: CodeComments = ENGLISH_COMMENTS): string {
  return [
    'import torch',
    'from torch import nn',
    '',
    `conv = ${conv2dCall(p)}`,
    `x = torch.randn(1, ${p.inChannels}, ${p.size[0]}, ${p.size[1]})  # ${comments.inputShape}`,
    `y = conv(x)  # ${comments.outputShape(['1', ...outShape].join(', '))}`,
    `sum(p.numel() for p in conv.parameters())  # ${comments.params(params)}`,
  ].join('\n');
}
