import type { CodeComments } from '../conv2d/code.ts';
import type { ReceptiveFieldModel } from './model.ts';
import type { RfLayer } from './schema.ts';

/** One layer as PyTorch writes it, one channel in and out (the receptive field does not depend on channels). */
function layerCall(l: RfLayer): string {
  const args = [`kernel_size=${l.k}`];
  if (l.s !== (l.kind === 'pool' ? l.k : 1)) args.push(`stride=${l.s}`);
  if (l.p !== 0) args.push(`padding=${l.p}`);
  if (l.d !== 1) args.push(`dilation=${l.d}`);
  return l.kind === 'conv' ? `nn.Conv2d(1, 1, ${args.join(', ')})` : `nn.MaxPool2d(${args.join(', ')})`;
}

/**
 * The stack as an `nn.Sequential`, each layer commented with its receptive field (`field` words it in the
 * learner's language), then an input of the scene's size and the output shape.
 */
export function receptiveFieldCode(model: ReceptiveFieldModel, field: (r: string) => string, comments: CodeComments): string {
  const [h, w] = model.sizes[0];
  const [oh, ow] = model.sizes[model.sizes.length - 1];
  return [
    'import torch',
    'from torch import nn',
    '',
    'stack = nn.Sequential(',
    ...model.layers.map((l, i) => `    ${layerCall(l)},  # ${field(model.rows[i].r.join('×'))}`),
    ')',
    `x = torch.randn(1, 1, ${h}, ${w})  # ${comments.inputShape}`,
    `y = stack(x)  # ${comments.outputShape(`1, 1, ${oh}, ${ow}`)}`,
  ].join('\n');
}
