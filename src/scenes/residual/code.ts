import { blockPlan, expansion, formatShape, residualProblems } from './model.ts';
import type { ResidualValues } from './schema.ts';

/** The words in the code's comments, in the learner's language (the code itself stays PyTorch). */
export interface ResidualCodeComments {
  /** After the residual path's last BN: this is F(x). */
  f: string;
  /** After `downsample(x)`: the 1×1 projection. */
  projection: string;
  /** After the sum. */
  sum: string;
  /** Beside `downsample = None`: the shapes already match. */
  identity: string;
  /** Beside the parameter count. */
  params: string;
  /** When the identity cannot be added: `{fx}` and `{x}` are filled with the two shapes. */
  fails: string;
}

const ENGLISH: ResidualCodeComments = {
  f: 'F(x)',
  projection: '1×1 projection',
  sum: 'F(x) + x',
  identity: 'identity skip: x as it is',
  params: 'parameters',
  fails: 'RuntimeError: F(x) {fx}, x {x}',
};

/** torchvision's helpers, as torchvision/models/resnet.py defines them, so the class reads as torchvision writes it. */
const HELPERS = [
  'def conv3x3(in_planes, out_planes, stride=1):',
  '    return nn.Conv2d(in_planes, out_planes, kernel_size=3,',
  '                     stride=stride, padding=1, bias=False)',
  '',
  'def conv1x1(in_planes, out_planes, stride=1):',
  '    return nn.Conv2d(in_planes, out_planes, kernel_size=1,',
  '                     stride=stride, bias=False)',
  '',
];

const CLASSES = {
  basic: [
    'class BasicBlock(nn.Module):',
    '    expansion = 1',
    '',
    '    def __init__(self, inplanes, planes, stride=1,',
    '                 downsample=None):',
    '        super().__init__()',
    '        self.conv1 = conv3x3(inplanes, planes, stride)',
    '        self.bn1 = nn.BatchNorm2d(planes)',
    '        self.relu = nn.ReLU(inplace=True)',
    '        self.conv2 = conv3x3(planes, planes)',
    '        self.bn2 = nn.BatchNorm2d(planes)',
    '        self.downsample = downsample',
    '',
    '    def forward(self, x):',
    '        identity = x',
    '        out = self.relu(self.bn1(self.conv1(x)))',
    '        out = self.bn2(self.conv2(out))  # {f}',
  ],
  bottleneck: [
    'class Bottleneck(nn.Module):',
    '    expansion = 4',
    '',
    '    def __init__(self, inplanes, planes, stride=1,',
    '                 downsample=None):',
    '        super().__init__()',
    '        self.conv1 = conv1x1(inplanes, planes)',
    '        self.bn1 = nn.BatchNorm2d(planes)',
    '        self.conv2 = conv3x3(planes, planes, stride)',
    '        self.bn2 = nn.BatchNorm2d(planes)',
    '        self.conv3 = conv1x1(planes, planes * 4)',
    '        self.bn3 = nn.BatchNorm2d(planes * 4)',
    '        self.relu = nn.ReLU(inplace=True)',
    '        self.downsample = downsample',
    '',
    '    def forward(self, x):',
    '        identity = x',
    '        out = self.relu(self.bn1(self.conv1(x)))',
    '        out = self.relu(self.bn2(self.conv2(out)))',
    '        out = self.bn3(self.conv3(out))  # {f}',
  ],
};

/**
 * torchvision's block written out (the class as torchvision defines it, with its default groups and
 * width), its downsample as set, a forward pass on the drawn input's shape and the parameter count.
 */
export function residualCode(v: ResidualValues, comments: ResidualCodeComments = ENGLISH): string {
  const plan = blockPlan(v);
  const out = v.planes * expansion(v);
  const name = v.block === 'basic' ? 'BasicBlock' : 'Bottleneck';
  const problem = residualProblems(v)[0];
  const fill = (s: string) => s.replace('{f}', comments.f);
  const downsample =
    v.downsample === 'conv1x1'
      ? ['downsample = nn.Sequential(', `    conv1x1(${v.inplanes}, ${out}, stride=${v.stride}),`, `    nn.BatchNorm2d(${out}),`, ')']
      : [`downsample = None  # ${comments.identity}`];
  const result = problem
    ? `y = block(x)  # ${comments.fails.replace('{fx}', String(problem.values.fx)).replace('{x}', String(problem.values.x))}`
    : `y = block(x)  # ${formatShape([1, ...plan.fShape]).replace('[', '(').replace(']', ')')}`;
  return [
    'import torch',
    'from torch import nn',
    '',
    ...HELPERS,
    ...CLASSES[v.block].map(fill),
    '        if self.downsample is not None:',
    `            identity = self.downsample(x)  # ${comments.projection}`,
    `        out += identity  # ${comments.sum}`,
    '        return self.relu(out)',
    '',
    ...downsample,
    `block = ${name}(${v.inplanes}, ${v.planes}, stride=${v.stride},`,
    `${' '.repeat(name.length + 9)}downsample=downsample).eval()`,
    `x = torch.randn(1, ${v.inplanes}, ${v.size[0]}, ${v.size[1]})`,
    result,
    'print(sum(p.numel() for p in block.parameters()))',
    `# ${plan.params} ${comments.params}`,
  ].join('\n');
}
