import type { NetworksValues } from './schema.ts';

/** The words in the code's comments, in the learner's language (the code itself stays PyTorch). */
export interface NetworksCodeComments {
  /** After the parameter sum: its value, e.g. `61,100,840 parameters`. */
  total: (count: string) => string;
  /** After the leaf test: one row per leaf module. */
  leaf: string;
  /** After the forward call: one image of 3×H×W. */
  image: (h: number, w: number) => string;
  /** After `model.train()` (GoogLeNet with its auxiliary heads). */
  train: string;
  /** After a batch of two (BatchNorm in training mode). */
  two: string;
}

const ENGLISH: NetworksCodeComments = {
  total: (count) => `${count} parameters`,
  leaf: 'leaf modules: one row each',
  image: (h, w) => `one image of 3×${h}×${w}`,
  train: 'the auxiliary heads run only in training mode',
  two: 'two images: BatchNorm in training mode needs more than one value per channel',
};

/**
 * The network built by torchvision without weights, its parameter count, and the summary loop that
 * prints the table's rows: a forward hook on every leaf module printing its name, class, output shape
 * for one image and own parameters. GoogLeNet is built with `aux_logits` as the switch says (its builder
 * adds the heads unless told not to), and with them it runs in training mode, where they are called.
 */
export function networkCode(v: NetworksValues, totalParams: string, c: NetworksCodeComments = ENGLISH): string {
  const aux = v.model === 'googlenet' && v.aux;
  const args = v.model === 'googlenet' ? `weights=None, aux_logits=${aux ? 'True' : 'False'}, init_weights=True` : 'weights=None';
  const [h, w] = v.size;
  return [
    'import torch',
    'import torchvision',
    '',
    `model = torchvision.models.${v.model}(${args})`,
    aux ? `model.train()  # ${c.train}` : 'model.eval()',
    `print(sum(p.numel() for p in model.parameters()))  # ${c.total(totalParams)}`,
    '',
    'def show(name):',
    '    def hook(module, inputs, output):',
    '        own = sum(p.numel() for p in module.parameters(recurse=False))',
    '        print(name, type(module).__name__, tuple(output.shape[1:]), own)',
    '    return hook',
    '',
    'for name, module in model.named_modules():',
    `    if name and not any(module.children()):  # ${c.leaf}`,
    '        module.register_forward_hook(show(name))',
    '',
    'with torch.no_grad():',
    aux ? `    model(torch.randn(2, 3, ${h}, ${w}))  # ${c.two}` : `    model(torch.randn(1, 3, ${h}, ${w}))  # ${c.image(h, w)}`,
  ].join('\n');
}
