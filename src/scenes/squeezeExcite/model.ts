import { paramCount, randomTensor, seededRandom, squeezeExcite } from '../../engine/index.ts';
import type { SqueezeExciteResult, Tensor } from '../../engine/index.ts';
import type { SqueezeExciteValues } from './schema.ts';
import { MAX_DRAWN } from './schema.ts';

/** Up to this width the weights have two decimals (the scene's range before it counted real layers). */
const HAND_CHECKED = 16;

/** Why an SE setting is impossible. */
export interface SeProblem {
  code: 'seHidden';
  values: Record<string, number | string>;
}

/** The hidden width of the excitation, ⌊C/r⌋ as in `nn.Linear(C, C // r)`. */
export const hiddenWidth = (v: Pick<SqueezeExciteValues, 'channels' | 'reduction'>) => Math.floor(v.channels / v.reduction);

/** A reduction larger than the channel count leaves no hidden unit. */
export function squeezeExciteProblems(v: SqueezeExciteValues): SeProblem[] {
  return hiddenWidth(v) < 1 ? [{ code: 'seHidden', values: { reduction: v.reduction, channels: v.channels } }] : [];
}

/** Inputs, weights and every stage of the block, computed by the engine. */
export interface SqueezeExciteModel {
  x: Tensor;
  /**
   * The FC weights W1 [C/r, C], W2 [C, C/r] and biases, kept up to widths checked by hand (16); at real
   * widths only the results are kept: at C=2,048, r=1 the two matrices are 32 MB nothing draws.
   */
  weights: { w1: Tensor; b1: Tensor | null; w2: Tensor; b2: Tensor | null } | null;
  result: SqueezeExciteResult;
  hidden: number;
  /** Parameters of the two FC layers as set (2·C·⌊C/r⌋ weights, + ⌊C/r⌋ + C biases when `bias`) and of a 3×3 conv of the same width. */
  params: number;
  convParams: number;
  /** The two counts PyTorch gives with bias=False and with bias=True, whichever is set. */
  weightsOnly: number;
  withBias: number;
  /** How many channels are drawn (the first ones): min(C, MAX_DRAWN). */
  drawn: number;
}

/** Seeded: inputs 0–9 (whole numbers, so the means can be checked), small weights with two decimals. */
export function squeezeExciteModel(v: SqueezeExciteValues): SqueezeExciteModel {
  const rng = seededRandom(v.seed);
  const C = v.channels;
  const hidden = hiddenWidth(v);
  const x = randomTensor([C, v.size[0], v.size[1]], rng, { min: 0, max: 9, integers: true });
  // Two decimals a learner can check by hand, for widths that small; at real widths the weights are
  // ~1/√C (0.02 at C=2,048) and rounding would zero most of them, so they stay exact.
  const round = (t: Tensor) => {
    if (C > HAND_CHECKED) return t;
    for (let i = 0; i < t.data.length; i++) t.data[i] = Math.round(t.data[i] * 100) / 100;
    return t;
  };
  // Small weights keep the sigmoid away from 0 and 1 for means around 4.5, so the weights differ visibly.
  // The positive lean of small widths would grow as √C·4.5 and saturate the sigmoid at real widths, so
  // there W1 is centred (pre-activations then have a spread of about 1.5 whatever C is).
  const lean = C > HAND_CHECKED ? [-0.5, 0.5] : [-0.4, 0.8];
  const w1 = round(randomTensor([hidden, C], rng, { min: lean[0] / Math.sqrt(C), max: lean[1] / Math.sqrt(C) }));
  const w2 = round(randomTensor([C, hidden], rng, { min: -1.2 / Math.sqrt(hidden), max: 1.2 / Math.sqrt(hidden) }));
  const b1 = v.bias ? round(randomTensor([hidden], rng, { min: -0.5, max: 0.5 })) : null;
  const b2 = v.bias ? round(randomTensor([C], rng, { min: -0.5, max: 0.5 })) : null;
  const fcParams = (bias: boolean) =>
    paramCount({ kind: 'linear', inFeatures: C, outFeatures: hidden, bias }) + paramCount({ kind: 'linear', inFeatures: hidden, outFeatures: C, bias });
  return {
    x,
    weights: C > HAND_CHECKED ? null : { w1, b1, w2, b2 },
    result: squeezeExcite(x, { w1, b1, w2, b2 }),
    hidden,
    params: fcParams(v.bias),
    convParams: paramCount({ kind: 'conv2d', inChannels: C, outChannels: C, kernelSize: 3 }),
    weightsOnly: fcParams(false),
    withBias: fcParams(true),
    drawn: Math.min(C, MAX_DRAWN),
  };
}

/** A setting that works: the reduction lowered until one hidden unit remains. */
export function nearestValidSe(v: SqueezeExciteValues): SqueezeExciteValues {
  return { ...v, reduction: Math.min(v.reduction, v.channels) };
}

/** The words in the SE code's comments, in the learner's language (the code itself stays PyTorch). */
export interface SeCodeComments {
  /** After the excitation: each weight lies in (0, 1). */
  weights: string;
  /** After the call: the output has the input's shape. */
  sameShape: string;
}

const ENGLISH_SE_COMMENTS: SeCodeComments = { weights: 'each in (0, 1)', sameShape: 'same shape as x' };

/** The PyTorch module of the setting. */
export function squeezeExciteCode(v: SqueezeExciteValues, comments: SeCodeComments = ENGLISH_SE_COMMENTS): string {
  const C = v.channels;
  const bias = v.bias ? '' : ', bias=False';
  return [
    'import torch',
    'from torch import nn',
    '',
    'class SqueezeExcite(nn.Module):',
    `    def __init__(self, channels=${C}, reduction=${v.reduction}):`,
    '        super().__init__()',
    '        self.squeeze = nn.AdaptiveAvgPool2d(1)',
    '        self.excite = nn.Sequential(',
    `            nn.Linear(channels, channels // reduction${bias}),  # ${C} → ${hiddenWidth(v)}`,
    '            nn.ReLU(inplace=True),',
    `            nn.Linear(channels // reduction, channels${bias}),  # ${hiddenWidth(v)} → ${C}`,
    '            nn.Sigmoid(),',
    '        )',
    '',
    '    def forward(self, x):',
    '        s = self.squeeze(x).flatten(1)          # (N, C)',
    `        w = self.excite(s)[:, :, None, None]    # (N, C, 1, 1), ${comments.weights}`,
    '        return x * w',
    '',
    `se = SqueezeExcite()`,
    `x = torch.randn(1, ${C}, ${v.size[0]}, ${v.size[1]})`,
    `y = se(x)  # ${comments.sameShape}`,
  ].join('\n');
}
