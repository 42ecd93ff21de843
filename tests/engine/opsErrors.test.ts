import { describe, expect, it } from 'vitest';
import golden from '../fixtures/golden.json';
import {
  adaptiveAvgPool2d,
  add,
  avgPool2d,
  batchNorm2d,
  concat,
  conv1d,
  flatten,
  layerOutputShape,
  linear,
  macCount,
  maxPool2d,
  paramCount,
  relu,
  tensor,
} from '../../src/engine/index.ts';
import type { BatchNorm2dParams, Conv1dOptions, LayerSpec, MaxPool2dOptions, Pair, Tensor } from '../../src/engine/index.ts';

/**
 * Bad input to the ops of the Inception, residual and pooling scenes throws an `Error` whose message
 * starts with `op: ` and names the values at fault (`name=value` tokens and shapes, in any order).
 */
const zeros = (...shape: number[]): Tensor => tensor(shape);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `/^op: (?=.*part)…/`: the op first, then every part (plain text, not a pattern) somewhere in the message. */
function msg(op: string, ...parts: string[]): RegExp {
  return new RegExp(`^${escape(op)}: ${parts.map((p) => `(?=.*${escape(p)})`).join('')}`);
}

const x3 = zeros(3, 4, 4);
const v3 = zeros(3);
const bnParams = (over: Partial<BatchNorm2dParams> = {}): BatchNorm2dParams => ({ weight: v3, bias: v3, runningMean: v3, runningVar: tensor([3], [1, 1, 1]), ...over });
const bad = { shape: [2, 3], data: new Float32Array(5) } as Tensor;
const conv1 = (x: Tensor, w: Tensor, o: Conv1dOptions, b: Tensor | null = null) => () => conv1d(x, w, b, o);
const x19 = zeros(1, 9);
const w113 = zeros(1, 1, 3);

const CASES: [string, () => unknown, RegExp][] = [
  // relu, add
  ['relu of a non-tensor', () => relu(null as unknown as Tensor), msg('relu', 'input must be a tensor')],
  ['relu of data length 5 for shape [2,3]', () => relu(bad), msg('relu', 'input', '[2,3]', '5')],
  ['add [64,28,28] + [128,14,14] names both shapes', () => add(zeros(64, 28, 28), zeros(128, 14, 14)), /^add: cannot add shapes \[64,28,28\] and \[128,14,14\]/],
  ['add [1,28,28] + [64,28,28]: PyTorch would broadcast, add does not', () => add(zeros(1, 28, 28), zeros(64, 28, 28)), msg('add', '[1,28,28]', '[64,28,28]', 'broadcast')],
  ['add [3] + [3,1]', () => add(zeros(3), zeros(3, 1)), msg('add', '[3]', '[3,1]')],
  ['add b with data length 5 for shape [2,3]', () => add(zeros(2, 3), bad), msg('add', 'b', '[2,3]', '5')],
  // concat
  ['concat dim=1.5', () => concat([x3], 1.5), msg('concat', 'dim=1.5', '[3,4,4]')],
  ['concat dim=-4 of rank 3', () => concat([x3], -4), msg('concat', 'dim=-4', '[-3, 2]')],
  ['concat of scalars', () => concat([zeros(), zeros()]), msg('concat', 'tensors[0]', '[]')],
  ['concat [3,4,4] and [3,4,5] along dim=-3', () => concat([x3, zeros(3, 4, 5)], -3), msg('concat', '[3,4,4]', '[3,4,5]', 'dim=-3', 'dimension 2', 'tensors[1]')],
  ['concat tensors[1] with data length 5 for shape [2,3]', () => concat([zeros(2, 3), bad]), msg('concat', 'tensors[1]', '[2,3]', '5')],
  // batchNorm2d
  ['batchNorm2d input of rank 2', () => batchNorm2d(zeros(3, 4), bnParams()), msg('batchNorm2d', 'input', '[3,4]')],
  ['batchNorm2d running_var [2] for 3 channels', () => batchNorm2d(x3, bnParams({ runningVar: zeros(2) })), msg('batchNorm2d', 'running_var', '[2]', '[3]')],
  ['batchNorm2d bias [4] for 3 channels', () => batchNorm2d(x3, bnParams({ bias: zeros(4) })), msg('batchNorm2d', 'bias', '[4]', '[3,4,4]')],
  ['batchNorm2d without running_mean', () => batchNorm2d(x3, bnParams({ runningMean: null as unknown as Tensor })), msg('batchNorm2d', 'running_mean')],
  ['batchNorm2d eps=-1', () => batchNorm2d(x3, bnParams({ eps: -1 })), msg('batchNorm2d', 'eps=-1')],
  ['batchNorm2d eps=NaN', () => batchNorm2d(x3, bnParams({ eps: NaN })), msg('batchNorm2d', 'eps=NaN')],
  ['batchNorm2d without parameters', () => batchNorm2d(x3, null as unknown as BatchNorm2dParams), msg('batchNorm2d', 'runningMean')],
  // linear
  ['linear on a [256,8,8] map: flatten first', () => linear(zeros(256, 8, 8), zeros(4096, 16384), null), msg('linear', '[256,8,8]', 'flatten', '16384')],
  ['linear 12 features into in_features=10', () => linear(zeros(12), zeros(4, 10), null), msg('linear', 'in_features=10', '[12]', '[4,10]', 'mat1 and mat2 shapes cannot be multiplied (1x12 and 10x4)')],
  ['linear weight of rank 1', () => linear(zeros(4), zeros(4), null), msg('linear', 'weight', '[4]')],
  ['linear bias [3] for out_features=4', () => linear(zeros(6), zeros(4, 6), zeros(3)), msg('linear', 'bias', '[3]', 'out_features=4')],
  ['flatten of data length 5 for shape [2,3]', () => flatten(bad), msg('flatten', 'input', '[2,3]')],
  // adaptiveAvgPool2d
  ['adaptiveAvgPool2d output_size=0', () => adaptiveAvgPool2d(x3, 0), msg('adaptiveAvgPool2d', 'output_size=0')],
  ['adaptiveAvgPool2d output_size=[2,1.5]', () => adaptiveAvgPool2d(x3, [2, 1.5]), msg('adaptiveAvgPool2d', 'output_size=(2, 1.5)')],
  ['adaptiveAvgPool2d input of rank 2', () => adaptiveAvgPool2d(zeros(4, 4), 2), msg('adaptiveAvgPool2d', 'input', '[4,4]')],
  ['adaptiveAvgPool2d of an empty plane [2,3,0]', () => adaptiveAvgPool2d(zeros(2, 3, 0), 1), msg('adaptiveAvgPool2d', '[2,3,0]')],
  // conv1d
  ['conv1d input of rank 3', conv1(zeros(1, 1, 9), w113, {}), msg('conv1d', 'input', '[1,1,9]')],
  ['conv1d weight of rank 4', conv1(x19, zeros(1, 1, 1, 3), {}), msg('conv1d', 'weight', '[1,1,1,3]')],
  ['conv1d groups=0', conv1(x19, w113, { groups: 0 }), msg('conv1d', 'groups=0')],
  ['conv1d groups=2 not dividing out_channels=3', conv1(zeros(4, 9), zeros(3, 2, 3), { groups: 2 }), msg('conv1d', 'groups=2', 'out_channels=3')],
  ['conv1d weight [2,3,3] over 4 channels', conv1(zeros(4, 9), zeros(2, 3, 3), {}), msg('conv1d', '[2,3,3]', 'in_channels=4')],
  ['conv1d padding=-1', conv1(x19, w113, { padding: -1 }), msg('conv1d', 'padding=-1')],
  ["conv1d padding='full'", conv1(x19, w113, { padding: 'full' as 'same' }), msg('conv1d', 'padding=full')],
  ['conv1d stride=1.5', conv1(x19, w113, { stride: 1.5 }), msg('conv1d', 'stride=1.5')],
  ['conv1d dilation=0', conv1(x19, w113, { dilation: 0 }), msg('conv1d', 'dilation=0')],
  ['conv1d kernel_size=0 (weight [1,1,0])', conv1(x19, zeros(1, 1, 0), {}), msg('conv1d', 'kernel_size=0')],
  ['conv1d kernel_size=5 dilation=3 (spans 13) over length 9 + padding 1+1', conv1(x19, zeros(1, 1, 5), { dilation: 3, padding: 1 }), msg('conv1d', 'kernel_size=5', 'dilation=3', '13', '11')],
  ["conv1d padding='same' with stride=2", conv1(x19, w113, { padding: 'same', stride: 2 }), msg('conv1d', "padding='same'", 'stride=2')],
  ['conv1d bias [2] for out_channels=1', conv1(x19, w113, {}, zeros(2)), msg('conv1d', 'bias', '[2]', 'out_channels=1')],
  // pooling with ceil_mode: the padding limit still holds
  ['maxPool2d ceilMode padding=2 over kernel_size=3', () => maxPool2d(zeros(1, 6, 6), { kernelSize: 3, padding: 2, ceilMode: true }), msg('maxPool2d', 'padding=2', 'kernel_size=3')],
  ['avgPool2d ceilMode stride=0', () => avgPool2d(zeros(1, 6, 6), { kernelSize: 2, stride: 0, ceilMode: true }), msg('avgPool2d', 'stride=0')],
  // layer counts
  ['paramCount conv1d kernel_size=0', () => paramCount({ kind: 'conv1d', inChannels: 2, outChannels: 2, kernelSize: 0 }), msg('paramCount', 'kernel_size=0')],
  ['paramCount conv1d groups=3 over in_channels=4', () => paramCount({ kind: 'conv1d', inChannels: 4, outChannels: 3, kernelSize: 3, groups: 3 }), msg('paramCount', 'groups=3', 'in_channels=4')],
  ['layerOutputShape conv1d in_channels=4 on [3,10]', () => layerOutputShape({ kind: 'conv1d', inChannels: 4, outChannels: 2, kernelSize: 3 }, [3, 10]), msg('layerOutputShape', 'in_channels=4', '[3,10]')],
  ['macCount conv1d kernel 5 over length 3', () => macCount({ kind: 'conv1d', inChannels: 1, outChannels: 1, kernelSize: 5 }, [1, 3]), msg('macCount', 'kernel_size=5')],
  ['layerOutputShape dropout p=1.5', () => layerOutputShape({ kind: 'dropout', p: 1.5 }, [10]), msg('layerOutputShape', 'p=1.5')],
  ['layerOutputShape adaptiveAvgPool2d on [2,0,3]', () => layerOutputShape({ kind: 'adaptiveAvgPool2d', outputSize: 2 }, [2, 0, 3]), msg('layerOutputShape', '[2,0,3]')],
  ['layerOutputShape adaptiveAvgPool2d output_size=[0,2]', () => layerOutputShape({ kind: 'adaptiveAvgPool2d', outputSize: [0, 2] }, [2, 4, 4]), msg('layerOutputShape', 'output_size=(0, 2)')],
  ['layerOutputShape avgPool2d ceilMode padding=2 over kernel_size=3', () => layerOutputShape({ kind: 'avgPool2d', kernelSize: 3, padding: 2, ceilMode: true }, [1, 6, 6]), msg('layerOutputShape', 'padding=2', 'kernel_size=3')],
  ['paramCount of an unknown kind', () => paramCount({ kind: 'lstm' } as unknown as LayerSpec), msg('paramCount', "'lstm'")],
];

describe('bad input to relu, add, concat, batch norm, linear, adaptive pooling, conv1d and layer counts', () => {
  for (const [name, call, pattern] of CASES) {
    it(name, () => {
      expect(call).toThrow(Error);
      expect(call).toThrow(pattern);
    });
  }
});

interface OpsReject {
  name: string;
  op: string;
  args: number[][];
  dim?: number;
  outputSize?: number;
  options?: Record<string, unknown>;
  quoted: boolean;
  torch: string;
}

/** The engine call a fixture's rejected input describes (zeros of the given shapes; running_var ones). */
function callOf(r: OpsReject): () => unknown {
  const t = r.args.map((s) => zeros(...s));
  switch (r.op) {
    case 'add':
      return () => add(t[0], t[1]);
    case 'concat':
      return () => concat(t, r.dim);
    case 'linear':
      return () => linear(t[0], t[1], t[2] ?? null);
    case 'batchNorm2d': {
      const runningVar = tensor(r.args[2], new Array<number>(r.args[2][0]).fill(1));
      return () => batchNorm2d(t[0], { runningMean: t[1], runningVar, weight: t[3], bias: t[4] });
    }
    case 'adaptiveAvgPool2d':
      return () => adaptiveAvgPool2d(t[0], r.outputSize as Pair);
    case 'conv1d':
      return () => conv1d(t[0], t[1], null, r.options as Conv1dOptions);
    case 'maxPool2d':
      return () => maxPool2d(t[0], r.options as unknown as MaxPool2dOptions);
    default:
      throw new Error(`no engine call for fixture op ${r.op}`);
  }
}

describe('inputs PyTorch rejects (golden.json "opsRejects") are rejected too; add, concat and linear quote PyTorch', () => {
  for (const r of golden.opsRejects as OpsReject[]) {
    it(`${r.name} (torch: ${r.torch.slice(0, 80)})`, () => {
      const call = callOf(r);
      expect(call).toThrow(new RegExp(`^${r.op}: `));
      // torch's message without its exception class, e.g. "mat1 and mat2 shapes cannot be multiplied (…)".
      if (r.quoted) expect(call).toThrow(r.torch.replace(/^\w+: /, ''));
    });
  }
});
