import { AUX_CONV, AUX_DROPOUT, AUX_FC, AUX_WEIGHT } from './costs.ts';
import type { AuxRow } from './costs.ts';
import type { InceptionValues } from './schema.ts';

/** The comments of the code, in the learner's language (the code itself stays PyTorch). */
export interface InceptionCodeComments {
  /** Above BasicConv2d: torchvision adds batch norm. */
  batchNorm: string;
  /** Above the 5×5 of branch 3: torchvision's kernel_size=3 there. */
  torchvision5x5: string;
  /** After torch.cat: joined along channels. */
  concat: string;
  /** Above the pool of InceptionAux: torchvision's adaptive pool. */
  adaptive: string;
  /** Above the loss: used in training only. */
  loss: string;
  /** After model.eval(): the auxiliary heads are not run. */
  eval: string;
}

/** English comments: the snippet as it reads without a translation. */
export const ENGLISH_INCEPTION_COMMENTS: InceptionCodeComments = {
  batchNorm: 'torchvision adds BatchNorm2d(out_channels, eps=0.001) after the conv (with bias=False)',
  torchvision5x5: "torchvision has kernel_size=3 here (a known bug kept for its weights); the paper's 5×5:",
  concat: 'joined along channels (dim 1 of N, C, H, W)',
  adaptive: 'torchvision: F.adaptive_avg_pool2d(x, (4, 4)), the same 4×4 on a 14×14 input',
  loss: 'training only: main loss + 0.3 × each auxiliary loss',
  eval: 'model.eval(): the auxiliary classifiers are not run; only the main output',
};

const py = (b: boolean) => (b ? 'True' : 'False');
const shape = (s: readonly number[]) => s.join(' × ');

/**
 * The PyTorch code of the setting, in the style of torchvision's GoogLeNet: BasicConv2d (conv + ReLU),
 * the `Inception` module (or the naive one), `InceptionAux`, and the training loss with both heads.
 */
export function inceptionCode(v: InceptionValues, aux: readonly AuxRow[], comments: InceptionCodeComments = ENGLISH_INCEPTION_COMMENTS): string {
  const pad = (k: number) => (v.padding ? `, padding=${Math.floor(k / 2)}` : '');
  const poolPad = v.padding ? 1 : 0;
  const [H, W] = v.map;
  const naive = v.module === 'naive';
  const outChannels = naive ? v.ch1x1 + v.ch3x3 + v.ch5x5 + v.inChannels : v.ch1x1 + v.ch3x3 + v.ch5x5 + v.poolProj;
  // FC 1 takes whatever the flattened map holds (2,048 on 14×14; torchvision's adaptive pool fixes it there).
  const fc1In = aux[3].shape[0];
  const module = naive
    ? [
        'class NaiveInception(nn.Module):',
        '    def __init__(self, in_channels, ch1x1, ch3x3, ch5x5):',
        '        super().__init__()',
        '        self.branch1 = BasicConv2d(in_channels, ch1x1, kernel_size=1)',
        `        self.branch2 = BasicConv2d(in_channels, ch3x3, kernel_size=3${pad(3)})`,
        `        self.branch3 = BasicConv2d(in_channels, ch5x5, kernel_size=5${pad(5)})`,
        `        self.branch4 = nn.MaxPool2d(kernel_size=3, stride=1, padding=${poolPad}, ceil_mode=True)`,
      ]
    : [
        'class Inception(nn.Module):',
        '    def __init__(self, in_channels, ch1x1, ch3x3red, ch3x3, ch5x5red, ch5x5, pool_proj):',
        '        super().__init__()',
        '        self.branch1 = BasicConv2d(in_channels, ch1x1, kernel_size=1)',
        '        self.branch2 = nn.Sequential(',
        '            BasicConv2d(in_channels, ch3x3red, kernel_size=1),',
        `            BasicConv2d(ch3x3red, ch3x3, kernel_size=3${pad(3)}),`,
        '        )',
        '        self.branch3 = nn.Sequential(',
        '            BasicConv2d(in_channels, ch5x5red, kernel_size=1),',
        `            # ${comments.torchvision5x5}`,
        `            BasicConv2d(ch5x5red, ch5x5, kernel_size=5${pad(5)}),`,
        '        )',
        '        self.branch4 = nn.Sequential(',
        `            nn.MaxPool2d(kernel_size=3, stride=1, padding=${poolPad}, ceil_mode=True),`,
        '            BasicConv2d(in_channels, pool_proj, kernel_size=1),',
        '        )',
      ];
  const args = naive ? `${v.inChannels}, ${v.ch1x1}, ${v.ch3x3}, ${v.ch5x5}` : `${v.inChannels}, ${v.ch1x1}, ${v.ch3x3red}, ${v.ch3x3}, ${v.ch5x5red}, ${v.ch5x5}, ${v.poolProj}`;
  return [
    'import torch',
    'from torch import nn',
    'import torch.nn.functional as F',
    '',
    'class BasicConv2d(nn.Module):',
    `    # ${comments.batchNorm}`,
    '    def __init__(self, in_channels, out_channels, **kwargs):',
    '        super().__init__()',
    `        self.conv = nn.Conv2d(in_channels, out_channels, bias=${py(v.bias)}, **kwargs)`,
    '',
    '    def forward(self, x):',
    '        return F.relu(self.conv(x), inplace=True)',
    '',
    ...module,
    '',
    '    def forward(self, x):',
    '        outputs = [self.branch1(x), self.branch2(x), self.branch3(x), self.branch4(x)]',
    `        return torch.cat(outputs, 1)  # ${comments.concat}`,
    '',
    `block = ${naive ? 'NaiveInception' : 'Inception'}(${args})`,
    `x = torch.randn(1, ${v.inChannels}, ${H}, ${W})`,
    `block(x).shape  # (1, ${outChannels}, ${H}, ${W})`,
    '',
    'class InceptionAux(nn.Module):',
    `    def __init__(self, in_channels, num_classes, dropout=${AUX_DROPOUT}):`,
    '        super().__init__()',
    `        # ${comments.adaptive}`,
    '        self.pool = nn.AvgPool2d(kernel_size=5, stride=3)',
    `        self.conv = BasicConv2d(in_channels, ${AUX_CONV}, kernel_size=1)`,
    `        self.fc1 = nn.Linear(${fc1In}, ${AUX_FC}, bias=${py(v.bias)})`,
    `        self.fc2 = nn.Linear(${AUX_FC}, num_classes, bias=${py(v.bias)})`,
    '        self.dropout = nn.Dropout(p=dropout)',
    '',
    '    def forward(self, x):',
    `        x = self.pool(x)          # ${shape(aux[1].shape)}`,
    `        x = self.conv(x)          # ${shape(aux[2].shape)}`,
    `        x = torch.flatten(x, 1)   # ${shape(aux[3].shape)}`,
    `        x = F.relu(self.fc1(x), inplace=True)  # ${shape(aux[4].shape)}`,
    '        x = self.dropout(x)',
    `        return self.fc2(x)        # ${shape(aux[6].shape)}`,
    '',
    `aux = InceptionAux(${v.auxInChannels}, num_classes=${v.numClasses})`,
    '',
    ...(v.training
      ? [
          `# ${comments.loss}`,
          'googlenet.train()',
          'logits, aux2, aux1 = googlenet(images)  # GoogLeNetOutputs',
          `loss = criterion(logits, labels) + ${AUX_WEIGHT} * (criterion(aux1, labels) + criterion(aux2, labels))`,
        ]
      : [`# ${comments.eval}`, 'googlenet.eval()', 'logits = googlenet(images)']),
  ].join('\n');
}
