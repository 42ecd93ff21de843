import type { LayerSpec, Pair } from '../../../engine/index.ts';

/**
 * A network definition as data, the way torchvision builds it: modules nested in blocks, each block's
 * `forward` listing what its `forward()` does in order. No weights; `walk.ts` reads these.
 */

/** A leaf module: its class name, the engine's spec of it and what its `repr` adds beyond the spec. */
export interface Leaf {
  type: string;
  layer: LayerSpec;
  /** `inplace=True` of ReLU/ReLU6/Dropout; BatchNorm2d's `eps` (PyTorch's default 1e-5). */
  inplace?: boolean;
  eps?: number;
}

/** A module with children: its class name, its children by torchvision's attribute name, its forward. */
export interface Block {
  type: string;
  children: Record<string, Module>;
  forward: Step[];
  /** The block's configuration in torchvision's argument names (Inception's ch1x1, Fire's squeeze_planes …). */
  config?: Record<string, number | string>;
}

export type Module = Leaf | Block;

/**
 * One step of a block's forward on the current tensor: a child's name (the child is called; a name may
 * come back, as ResNet's blocks call `self.relu` two or three times), or a functional step that has no
 * module and so no row:
 * - `flatten` (`torch.flatten(x, 1)`), `mean` (`x.mean([2, 3])`, GAP straight to [C]),
 *   `adaptiveAvgPool2d` (`F.adaptive_avg_pool2d(x, size)`), `relu` (`F.relu`);
 * - `channelShuffle` (`channel_shuffle(x, groups)`, shape kept, channels must split into groups);
 * - `cat`: each branch runs on the input (or with `chunks`, branch i on `x.chunk(chunks, 1)[i]`) and the
 *   results are joined along channels (`torch.cat(…, 1)`); an empty branch passes its input through;
 * - `add`: each branch runs on the input and the results are summed (the residual `out += identity`;
 *   an empty branch is the identity);
 * - `side`: the steps run on the input and their result leaves the network (GoogLeNet's auxiliary
 *   heads); the input goes on unchanged.
 */
export type Step =
  | string
  | { fn: 'flatten' }
  | { fn: 'mean' }
  | { fn: 'relu' }
  | { fn: 'adaptiveAvgPool2d'; outputSize: readonly [number, number] }
  | { fn: 'channelShuffle'; groups: number }
  | { fn: 'cat'; branches: Step[][]; chunks?: number }
  | { fn: 'add'; branches: Step[][] }
  | { fn: 'side'; steps: Step[] };

/** Whether a module is a block (has children). */
export function isBlock(m: Module): m is Block {
  return 'children' in m;
}

/** `nn.Conv2d(in, out, kernel_size, stride, padding, groups, bias)` (PyTorch's defaults). */
export function conv(inChannels: number, outChannels: number, kernelSize: Pair, o: { stride?: Pair; padding?: Pair; groups?: number; bias?: boolean } = {}): Leaf {
  return { type: 'Conv2d', layer: { kind: 'conv2d', inChannels, outChannels, kernelSize, stride: o.stride ?? 1, padding: o.padding ?? 0, groups: o.groups ?? 1, bias: o.bias ?? true } };
}

/** `nn.BatchNorm2d(c, eps)`. */
export function bn(numFeatures: number, eps = 1e-5): Leaf {
  return { type: 'BatchNorm2d', layer: { kind: 'batchNorm2d', numFeatures }, eps };
}

/** `nn.ReLU(inplace)`; `ReLU6` has the same shape rule (the engine's relu spec). */
export function relu(inplace = true, type: 'ReLU' | 'ReLU6' = 'ReLU'): Leaf {
  return { type, layer: { kind: 'relu' }, inplace };
}

/** `nn.MaxPool2d(kernel_size, stride, padding, ceil_mode)`, sizes kept as given (its repr shows them so). */
export function maxPool(kernelSize: Pair, stride: Pair, o: { padding?: Pair; ceilMode?: boolean } = {}): Leaf {
  return { type: 'MaxPool2d', layer: { kind: 'maxPool2d', kernelSize, stride, padding: o.padding ?? 0, dilation: 1, ceilMode: o.ceilMode ?? false } };
}

/** `nn.AdaptiveAvgPool2d(output_size)`. */
export function adaptiveAvgPool(outputSize: Pair): Leaf {
  return { type: 'AdaptiveAvgPool2d', layer: { kind: 'adaptiveAvgPool2d', outputSize } };
}

/** `nn.Linear(in_features, out_features)`. */
export function linear(inFeatures: number, outFeatures: number): Leaf {
  return { type: 'Linear', layer: { kind: 'linear', inFeatures, outFeatures, bias: true } };
}

/** `nn.Dropout(p)`. */
export function dropout(p = 0.5): Leaf {
  return { type: 'Dropout', layer: { kind: 'dropout', p }, inplace: false };
}

/** `nn.Sequential(*modules)`: children named 0, 1, 2 … and called in that order. */
export function seq(modules: readonly Module[], type = 'Sequential'): Block {
  const children: Record<string, Module> = {};
  modules.forEach((m, i) => (children[String(i)] = m));
  return { type, children, forward: modules.map((_, i) => String(i)) };
}

/** A block whose forward calls its children in the order they are listed (a Sequential with names). */
export function chain(type: string, children: Record<string, Module>, config?: Block['config']): Block {
  return { type, children, forward: Object.keys(children), ...(config ? { config } : {}) };
}

const tuple = (p: Pair): string => (typeof p === 'number' ? `(${p}, ${p})` : `(${p[0]}, ${p[1]})`);
const asGiven = (p: Pair): string => (typeof p === 'number' ? String(p) : tuple(p));
const isZero = (p: Pair): boolean => (typeof p === 'number' ? p === 0 : p[0] === 0 && p[1] === 0);
const isOne = (p: Pair): boolean => (typeof p === 'number' ? p === 1 : p[0] === 1 && p[1] === 1);
const pyBool = (b: boolean): string => (b ? 'True' : 'False');
// Python prints 1e-05 where JavaScript prints 0.00001; other eps values (0.001) print alike.
const pyFloat = (x: number): string => (x === 1e-5 ? '1e-05' : String(x));

/**
 * What `print(module)` shows inside the parentheses (the module's `extra_repr`), PyTorch 1.13's rules:
 * Conv2d prints kernel_size and stride always, padding/dilation/groups/bias only off their defaults;
 * pooling prints its sizes as given.
 */
export function leafSettings(m: Leaf): string {
  const l = m.layer;
  switch (l.kind) {
    case 'conv2d': {
      let s = `${l.inChannels}, ${l.outChannels}, kernel_size=${tuple(l.kernelSize)}, stride=${tuple(l.stride ?? 1)}`;
      const padding = l.padding ?? 0;
      if (typeof padding === 'string') s += `, padding=${padding}`;
      else if (!isZero(padding)) s += `, padding=${tuple(padding)}`;
      if (!isOne(l.dilation ?? 1)) s += `, dilation=${tuple(l.dilation ?? 1)}`;
      if ((l.groups ?? 1) !== 1) s += `, groups=${l.groups}`;
      if (l.bias === false) s += ', bias=False';
      return s;
    }
    case 'batchNorm2d':
      return `${l.numFeatures}, eps=${pyFloat(m.eps ?? 1e-5)}, momentum=0.1, affine=True, track_running_stats=True`;
    case 'maxPool2d':
      return `kernel_size=${asGiven(l.kernelSize)}, stride=${asGiven(l.stride ?? l.kernelSize)}, padding=${asGiven(l.padding ?? 0)}, dilation=${asGiven(l.dilation ?? 1)}, ceil_mode=${pyBool(l.ceilMode ?? false)}`;
    case 'avgPool2d':
      return `kernel_size=${asGiven(l.kernelSize)}, stride=${asGiven(l.stride ?? l.kernelSize)}, padding=${asGiven(l.padding ?? 0)}`;
    case 'adaptiveAvgPool2d':
      return `output_size=${asGiven(l.outputSize)}`;
    case 'linear':
      return `in_features=${l.inFeatures}, out_features=${l.outFeatures}, bias=${pyBool(l.bias ?? true)}`;
    case 'relu':
      return m.inplace ? 'inplace=True' : '';
    case 'dropout':
      return `p=${l.p ?? 0.5}, inplace=${pyBool(m.inplace ?? false)}`;
    default:
      return '';
  }
}
