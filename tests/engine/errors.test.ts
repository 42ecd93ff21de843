import { describe, expect, it } from 'vitest';
import golden from '../fixtures/golden.json';
import {
  avgPool2d,
  channelShuffle,
  conv2d,
  convTranspose2d,
  explainConv2d,
  explainConvTranspose2d,
  globalAvgPool2d,
  layerOutputShape,
  macCount,
  maxPool2d,
  paramCount,
  squeezeExcite,
  tensor,
} from '../../src/engine/index.ts';
import type { AvgPool2dOptions, Conv2dOptions, ConvTranspose2dOptions, LayerSpec, MaxPool2dOptions, Tensor } from '../../src/engine/index.ts';

/**
 * Bad input throws an `Error` whose message starts with `op: ` and names the values at fault as
 * PyTorch-style `name=value` tokens. The patterns check only the op and the tokens (in any order),
 * not the wording. A pair value may be written `[1,-2]`, `[1, -2]` or `(1, -2)`.
 */
const zeros = (...shape: number[]): Tensor => tensor(shape);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

type Token = string | [name: string, value: number | string | readonly number[]];

function tokenSource(token: Token): string {
  if (typeof token === 'string') return escape(token);
  const [name, value] = token;
  if (typeof value === 'number') return `\\b${escape(name)}=${escape(String(value))}(?![\\d.])`;
  if (typeof value === 'string') return `\\b${escape(name)}='?${escape(value)}'?`;
  const inner = value.map((v) => escape(String(v))).join(', ?');
  return `\\b${escape(name)}=(?:\\[${inner}\\]|\\(${inner}\\))`;
}

/** `/^op: (?=.*token1)(?=.*token2)…/`: the op first, then every token somewhere in the message. */
function msg(op: string, ...tokens: Token[]): RegExp {
  return new RegExp(`^${escape(op)}: ${tokens.map((t) => `(?=.*${tokenSource(t)})`).join('')}`);
}

/** A shape as the messages write it: `[2,3,3,3]` (spaces after the commas allowed). */
const shape = (...dims: number[]) => new RegExp(`\\[${dims.join(', ?')}\\]`).source;
const conv = (x: Tensor, w: Tensor, o: Conv2dOptions, b: Tensor | null = null) => () => conv2d(x, w, b, o);
const convT = (x: Tensor, w: Tensor, o: ConvTranspose2dOptions, b: Tensor | null = null) => () => convTranspose2d(x, w, b, o);
const x155 = zeros(1, 5, 5);
const w1133 = zeros(1, 1, 3, 3);
const x122 = zeros(1, 2, 2);

/** `msg` plus raw regex sources (shapes, bare numbers) that must also appear. */
function re(op: string, tokens: Token[], rawSources: string[] = []): RegExp {
  const base = msg(op, ...tokens).source;
  return new RegExp(base + rawSources.map((s) => `(?=.*${s})`).join(''));
}

const CASES: [string, () => unknown, RegExp][] = [
  // conv2d: channels and groups
  ['conv2d groups=3 not dividing in_channels=4', conv(zeros(4, 5, 5), zeros(3, 1, 3, 3), { groups: 3 }), msg('conv2d', ['groups', 3], ['in_channels', 4])],
  ['conv2d groups=2 not dividing out_channels=3', conv(zeros(4, 5, 5), zeros(3, 2, 3, 3), { groups: 2 }), msg('conv2d', ['groups', 2], ['out_channels', 3])],
  ['conv2d weight [2,3,3,3] reading 3 channels of a 4-channel input', conv(zeros(4, 5, 5), zeros(2, 3, 3, 3), {}), re('conv2d', ['weight', ['in_channels', 4]], [shape(2, 3, 3, 3)])],
  ['conv2d weight [4,2,3,3] with groups=1 over 4 channels', conv(zeros(4, 5, 5), zeros(4, 2, 3, 3), {}), re('conv2d', ['weight', ['in_channels', 4]], [shape(4, 2, 3, 3)])],
  ['conv2d weight of rank 3', conv(x155, zeros(1, 3, 3), {}), re('conv2d', ['weight'], [shape(1, 3, 3)])],
  ['conv2d input of rank 4', conv(zeros(1, 1, 5, 5), w1133, {}), re('conv2d', ['input'], [shape(1, 1, 5, 5)])],
  ['conv2d input data length 8 for shape [1,3,3]', conv({ shape: [1, 3, 3], data: new Float32Array(8) }, w1133, {}), re('conv2d', ['input'], [shape(1, 3, 3), '\\b8\\b'])],
  ['conv2d weight data length 8 for shape [1,1,3,3]', conv(x155, { shape: [1, 1, 3, 3], data: new Float32Array(8) }, {}), re('conv2d', ['weight'], [shape(1, 1, 3, 3), '\\b8\\b'])],
  ['conv2d bias of 3 values for out_channels=2', conv(x155, zeros(2, 1, 3, 3), {}, zeros(3)), re('conv2d', ['bias', ['out_channels', 2]], [shape(3)])],
  // conv2d: non-positive, non-integer, negative
  ['conv2d stride=0', conv(x155, w1133, { stride: 0 }), msg('conv2d', ['stride', 0])],
  ['conv2d stride=[1,-2]', conv(x155, w1133, { stride: [1, -2] }), msg('conv2d', ['stride', [1, -2]])],
  ['conv2d dilation=0', conv(x155, w1133, { dilation: 0 }), msg('conv2d', ['dilation', 0])],
  ['conv2d dilation=[2,0]', conv(zeros(1, 9, 9), w1133, { dilation: [2, 0] }), msg('conv2d', ['dilation', [2, 0]])],
  ['conv2d groups=0', conv(x155, w1133, { groups: 0 }), msg('conv2d', ['groups', 0])],
  ['conv2d groups=-1', conv(x155, w1133, { groups: -1 }), msg('conv2d', ['groups', -1])],
  ['conv2d kernel_size=[0,3] (weight [1,1,0,3])', conv(x155, zeros(1, 1, 0, 3), {}), msg('conv2d', ['kernel_size', [0, 3]])],
  ['conv2d groups=1.5', conv(x155, w1133, { groups: 1.5 }), msg('conv2d', ['groups', 1.5])],
  ['conv2d stride=1.5', conv(x155, w1133, { stride: 1.5 }), msg('conv2d', ['stride', 1.5])],
  ['conv2d dilation=[1,1.5]', conv(x155, w1133, { dilation: [1, 1.5] }), msg('conv2d', ['dilation', [1, 1.5]])],
  ['conv2d padding=0.5', conv(x155, w1133, { padding: 0.5 }), msg('conv2d', ['padding', 0.5])],
  ['conv2d padding=-1', conv(x155, w1133, { padding: -1 }), msg('conv2d', ['padding', -1])],
  ['conv2d padding=[0,-1]', conv(x155, w1133, { padding: [0, -1] }), msg('conv2d', ['padding', [0, -1]])],
  ["conv2d padding='full'", conv(x155, w1133, { padding: 'full' as 'same' }), msg('conv2d', ['padding', 'full'])],
  // conv2d: the kernel does not fit
  ['conv2d 3x3 d=2 (spans 5) over a padded height of 2+2·1=4', conv(zeros(1, 2, 9), w1133, { dilation: 2, padding: 1 }), re('conv2d', [['kernel_size', 3], ['dilation', 2]], ['\\b5\\b', '\\b4\\b'])],
  ['conv2d 1x4 kernel over width 2', conv(zeros(1, 9, 2), zeros(1, 1, 1, 4), {}), re('conv2d', [], ['kernel_size=(?:4|\\[1, ?4\\]|\\(1, ?4\\))', '\\b2\\b'])],
  ["conv2d padding='same' with stride=2", conv(x155, w1133, { padding: 'same', stride: 2 }), msg('conv2d', ['padding', 'same'], ['stride', 2])],
  ["conv2d padding='same' with stride=[1,2]", conv(x155, w1133, { padding: 'same', stride: [1, 2] }), msg('conv2d', ['padding', 'same'], ['stride', [1, 2]])],
  // convTranspose2d
  ['convTranspose2d output_padding=2 with stride=2 dilation=1', convT(x122, w1133, { stride: 2, outputPadding: 2 }), msg('convTranspose2d', ['output_padding', 2], ['stride', 2], ['dilation', 1])],
  ['convTranspose2d output_padding=[0,1] with stride=1 dilation=1 (names the width and its 1)', convT(x122, w1133, { outputPadding: [0, 1] }), msg('convTranspose2d', ['output_padding', 1], 'width', ['stride', 1], ['dilation', 1])],
  ['convTranspose2d output_padding=2 with stride=2 dilation=2', convT(x122, w1133, { stride: 2, dilation: 2, outputPadding: 2 }), msg('convTranspose2d', ['output_padding', 2], ['stride', 2], ['dilation', 2])],
  ['convTranspose2d groups=2 not dividing in_channels=3', convT(zeros(3, 2, 2), zeros(3, 1, 3, 3), { groups: 2 }), msg('convTranspose2d', ['groups', 2], ['in_channels', 3])],
  ['convTranspose2d weight [3,1,3,3] for in_channels=2', convT(zeros(2, 2, 2), zeros(3, 1, 3, 3), {}), re('convTranspose2d', ['weight', ['in_channels', 2]], [shape(3, 1, 3, 3)])],
  ['convTranspose2d weight of rank 2', convT(x122, zeros(1, 1), {}), re('convTranspose2d', ['weight'], [shape(1, 1)])],
  ['convTranspose2d input data length 3 for shape [1,2,2]', convT({ shape: [1, 2, 2], data: new Float32Array(3) }, w1133, {}), re('convTranspose2d', ['input'], [shape(1, 2, 2), '\\b3\\b'])],
  ['convTranspose2d stride=0', convT(x122, w1133, { stride: 0 }), msg('convTranspose2d', ['stride', 0])],
  ['convTranspose2d dilation=0', convT(x122, w1133, { dilation: 0 }), msg('convTranspose2d', ['dilation', 0])],
  ['convTranspose2d groups=0', convT(x122, w1133, { groups: 0 }), msg('convTranspose2d', ['groups', 0])],
  ['convTranspose2d padding=-1', convT(x122, w1133, { padding: -1 }), msg('convTranspose2d', ['padding', -1])],
  ['convTranspose2d output_padding=-1', convT(x122, w1133, { outputPadding: -1 }), msg('convTranspose2d', ['output_padding', -1])],
  ['convTranspose2d stride=2.5', convT(x122, w1133, { stride: 2.5 }), msg('convTranspose2d', ['stride', 2.5])],
  ['convTranspose2d kernel_size=[3,0] (weight [1,1,3,0])', convT(x122, zeros(1, 1, 3, 0), {}), msg('convTranspose2d', ['kernel_size', [3, 0]])],
  ['convTranspose2d padding=2 cropping the whole 2x2 → 0x0 output', convT(x122, w1133, { padding: 2 }), msg('convTranspose2d', ['padding', 2])],
  // pooling
  ['maxPool2d padding=2 over kernel_size=3', () => maxPool2d(zeros(1, 6, 6), { kernelSize: 3, padding: 2 }), msg('maxPool2d', ['padding', 2], ['kernel_size', 3])],
  ['maxPool2d padding=[0,2] over kernel_size=3 (names the width and its 2)', () => maxPool2d(zeros(1, 6, 6), { kernelSize: 3, padding: [0, 2] }), msg('maxPool2d', ['padding', 2], 'width', ['kernel_size', 3])],
  ['maxPool2d padding=3 over kernel_size=3 dilation=2 (effective 5)', () => maxPool2d(zeros(1, 9, 9), { kernelSize: 3, dilation: 2, padding: 3 }), msg('maxPool2d', ['padding', 3], ['kernel_size', 3])],
  ['avgPool2d padding=2 over kernel_size=2', () => avgPool2d(zeros(1, 6, 6), { kernelSize: 2, padding: 2 }), msg('avgPool2d', ['padding', 2], ['kernel_size', 2])],
  ['avgPool2d padding=-1', () => avgPool2d(zeros(1, 6, 6), { kernelSize: 2, padding: -1 }), msg('avgPool2d', ['padding', -1])],
  ['avgPool2d kernel_size=0', () => avgPool2d(zeros(1, 6, 6), { kernelSize: 0 }), msg('avgPool2d', ['kernel_size', 0])],
  ['avgPool2d kernel_size=2.5', () => avgPool2d(zeros(1, 6, 6), { kernelSize: 2.5 }), msg('avgPool2d', ['kernel_size', 2.5])],
  ['maxPool2d stride=0', () => maxPool2d(zeros(1, 6, 6), { kernelSize: 2, stride: 0 }), msg('maxPool2d', ['stride', 0])],
  ['maxPool2d dilation=0', () => maxPool2d(zeros(1, 6, 6), { kernelSize: 2, dilation: 0 }), msg('maxPool2d', ['dilation', 0])],
  ['maxPool2d kernel_size=3 over a 2x2 input', () => maxPool2d(zeros(1, 2, 2), { kernelSize: 3 }), msg('maxPool2d', ['kernel_size', 3])],
  ['maxPool2d input of rank 2', () => maxPool2d(zeros(6, 6), { kernelSize: 2 }), re('maxPool2d', ['input'], [shape(6, 6)])],
  ['globalAvgPool2d input of rank 2', () => globalAvgPool2d(zeros(6, 6)), re('globalAvgPool2d', ['input'], [shape(6, 6)])],
  ['globalAvgPool2d of an empty plane [2,0,3]', () => globalAvgPool2d(zeros(2, 0, 3)), re('globalAvgPool2d', [], [shape(2, 0, 3)])],
  // channel shuffle and squeeze-and-excitation
  ['channelShuffle groups=4 not dividing channels=9', () => channelShuffle(zeros(9, 2, 2), 4), msg('channelShuffle', ['groups', 4], ['channels', 9])],
  ['channelShuffle groups=0', () => channelShuffle(zeros(9, 2, 2), 0), msg('channelShuffle', ['groups', 0])],
  ['channelShuffle groups=1.5', () => channelShuffle(zeros(9, 2, 2), 1.5), msg('channelShuffle', ['groups', 1.5])],
  ['channelShuffle input of rank 1', () => channelShuffle(zeros(9), 3), re('channelShuffle', ['input'], [shape(9)])],
  ['squeezeExcite w1 [2,6] over channels=8', () => squeezeExcite(zeros(8, 2, 2), { w1: zeros(2, 6), b1: null, w2: zeros(8, 2), b2: null }), re('squeezeExcite', ['w1', ['channels', 8]], [shape(2, 6)])],
  ['squeezeExcite w2 [8,3] for hidden=2', () => squeezeExcite(zeros(8, 2, 2), { w1: zeros(2, 8), b1: null, w2: zeros(8, 3), b2: null }), re('squeezeExcite', ['w2', ['hidden', 2]], [shape(8, 3)])],
  ['squeezeExcite w2 [6,2] for channels=8', () => squeezeExcite(zeros(8, 2, 2), { w1: zeros(2, 8), b1: null, w2: zeros(6, 2), b2: null }), re('squeezeExcite', ['w2', ['channels', 8]], [shape(6, 2)])],
  ['squeezeExcite b1 [3] for hidden=2', () => squeezeExcite(zeros(8, 2, 2), { w1: zeros(2, 8), b1: zeros(3), w2: zeros(8, 2), b2: null }), re('squeezeExcite', ['b1', ['hidden', 2]], [shape(3)])],
  ['squeezeExcite b2 [4] for channels=8', () => squeezeExcite(zeros(8, 2, 2), { w1: zeros(2, 8), b1: null, w2: zeros(8, 2), b2: zeros(4) }), re('squeezeExcite', ['b2', ['channels', 8]], [shape(4)])],
  ['squeezeExcite w1 of rank 3', () => squeezeExcite(zeros(8, 2, 2), { w1: zeros(2, 8, 1), b1: null, w2: zeros(8, 2), b2: null }), re('squeezeExcite', ['w1'], [shape(2, 8, 1)])],
  // explain
  ['explainConv2d cell [0,3,0] outside the [1,3,3] output', () => explainConv2d(x155, w1133, null, {}, [0, 3, 0]), re('explainConv2d', [], [shape(0, 3, 0), shape(1, 3, 3)])],
  ['explainConv2d cell [1,0,0] (channel 1 of 1)', () => explainConv2d(x155, w1133, null, {}, [1, 0, 0]), re('explainConv2d', [], [shape(1, 0, 0), shape(1, 3, 3)])],
  ['explainConv2d cell [0,-1,0]', () => explainConv2d(x155, w1133, null, {}, [0, -1, 0]), re('explainConv2d', [], [shape(0, -1, 0)])],
  ['explainConv2d cell [0,0.5,0]', () => explainConv2d(x155, w1133, null, {}, [0, 0.5, 0]), re('explainConv2d', [], [shape(0, 0.5, 0)])],
  ['explainConv2d with groups=3 over 4 channels (the op’s own check)', () => explainConv2d(zeros(4, 5, 5), zeros(3, 1, 3, 3), null, { groups: 3 }, [0, 0, 0]), msg('explainConv2d', ['groups', 3], ['in_channels', 4])],
  ['explainConvTranspose2d cell [0,5,0] outside the [1,5,5] output', () => explainConvTranspose2d(x122, w1133, null, { stride: 2 }, [0, 5, 0]), re('explainConvTranspose2d', [], [shape(0, 5, 0), shape(1, 5, 5)])],
  // layer arithmetic
  ['paramCount groups=4 not dividing out_channels=6', () => paramCount({ kind: 'conv2d', inChannels: 4, outChannels: 6, kernelSize: 3, groups: 4 }), msg('paramCount', ['groups', 4], ['out_channels', 6])],
  ['paramCount groups=4 not dividing in_channels=6', () => paramCount({ kind: 'conv2d', inChannels: 6, outChannels: 8, kernelSize: 3, groups: 4 }), msg('paramCount', ['groups', 4], ['in_channels', 6])],
  ['paramCount in_channels=0', () => paramCount({ kind: 'conv2d', inChannels: 0, outChannels: 8, kernelSize: 3 }), msg('paramCount', ['in_channels', 0])],
  ['paramCount kernel_size=0', () => paramCount({ kind: 'convTranspose2d', inChannels: 2, outChannels: 2, kernelSize: 0 }), msg('paramCount', ['kernel_size', 0])],
  ['paramCount in_features=0', () => paramCount({ kind: 'linear', inFeatures: 0, outFeatures: 3 }), msg('paramCount', ['in_features', 0])],
  ['paramCount num_features=2.5', () => paramCount({ kind: 'batchNorm2d', numFeatures: 2.5 }), msg('paramCount', ['num_features', 2.5])],
  ["paramCount of kind 'conv3d'", () => paramCount({ kind: 'conv3d' } as unknown as LayerSpec), re('paramCount', ['conv3d'])],
  ['layerOutputShape [2,8,8] into in_channels=3', () => layerOutputShape({ kind: 'conv2d', inChannels: 3, outChannels: 4, kernelSize: 3 }, [2, 8, 8]), re('layerOutputShape', [['in_channels', 3]], [shape(2, 8, 8)])],
  ['macCount stride=0', () => macCount({ kind: 'conv2d', inChannels: 1, outChannels: 1, kernelSize: 3, stride: 0 }, [1, 5, 5]), msg('macCount', ['stride', 0])],
  ['tensor of 3 values for shape [2,2]', () => tensor([2, 2], [1, 2, 3]), re('tensor', [], [shape(2, 2), '\\b3\\b'])],
];

describe('bad input throws an Error naming the op and the values', () => {
  for (const [name, call, pattern] of CASES) {
    it(name, () => {
      expect(call).toThrow(Error);
      expect(call).toThrow(pattern);
    });
  }
});

interface Reject {
  name: string;
  op: string;
  x: number[];
  weight?: number[];
  groups?: number;
  options?: Record<string, unknown>;
  torch: string;
}

/** The engine call a fixture's rejected input describes (zeros of the given shapes). */
function callOf(r: Reject): () => unknown {
  const x = zeros(...r.x);
  switch (r.op) {
    case 'conv2d':
      return () => conv2d(x, zeros(...(r.weight ?? [])), null, r.options as Conv2dOptions);
    case 'convTranspose2d':
      return () => convTranspose2d(x, zeros(...(r.weight ?? [])), null, r.options as ConvTranspose2dOptions);
    case 'maxPool2d':
      return () => maxPool2d(x, r.options as unknown as MaxPool2dOptions);
    case 'avgPool2d':
      return () => avgPool2d(x, r.options as unknown as AvgPool2dOptions);
    case 'channelShuffle':
      return () => channelShuffle(x, r.groups ?? 1);
    default:
      throw new Error(`no engine call for fixture op ${r.op}`);
  }
}

describe('inputs PyTorch rejects (tests/fixtures/golden.json "rejects") are rejected too', () => {
  for (const r of golden.rejects as Reject[]) {
    it(`${r.name} (torch: ${r.torch.slice(0, 70)})`, () => {
      expect(callOf(r)).toThrow(new RegExp(`^${r.op}: `));
    });
  }
});
