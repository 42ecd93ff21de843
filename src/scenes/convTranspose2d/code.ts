import { ENGLISH_COMMENTS, pyPair } from '../conv2d/code.ts';
import type { CodeComments } from '../conv2d/code.ts';
import type { ConvTranspose2dValues } from './schema.ts';

const isOne = (v: readonly [number, number], d: number) => v[0] === d && v[1] === d;

/** The `nn.ConvTranspose2d(...)` call: in/out/kernel always, the rest only when not PyTorch's default. */
export function convTranspose2dCall(p: ConvTranspose2dValues): string {
  const args = [`in_channels=${p.inChannels}`, `out_channels=${p.outChannels}`, `kernel_size=${pyPair(p.kernelSize)}`];
  if (!isOne(p.stride, 1)) args.push(`stride=${pyPair(p.stride)}`);
  if (!isOne(p.padding, 0)) args.push(`padding=${pyPair(p.padding)}`);
  if (!isOne(p.outputPadding, 0)) args.push(`output_padding=${pyPair(p.outputPadding)}`);
  if (p.groups !== 1) args.push(`groups=${p.groups}`);
  if (!p.bias) args.push('bias=False');
  if (!isOne(p.dilation, 1)) args.push(`dilation=${pyPair(p.dilation)}`);
  return `nn.ConvTranspose2d(${args.join(', ')})`;
}

/**
 * A runnable snippet: the layer, an input of the scene's shape, the output shape and parameter count,
 * with comments in the learner's language.
 */
export function convTranspose2dCode(
  p: ConvTranspose2dValues,
  outShape: readonly number[],
  params: number,
  comments: CodeComments = ENGLISH_COMMENTS,
): string {
  return [
    'import torch',
    'from torch import nn',
    '',
    `up = ${convTranspose2dCall(p)}`,
    `x = torch.randn(1, ${p.inChannels}, ${p.size[0]}, ${p.size[1]})  # ${comments.inputShape}`,
    `y = up(x)  # ${comments.outputShape(['1', ...outShape].join(', '))}`,
    `sum(p.numel() for p in up.parameters())  # ${comments.params(params)}`,
  ].join('\n');
}
