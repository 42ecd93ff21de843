/** The words in the code's comments, in the learner's language (the code itself stays PyTorch). */
export interface DigitsCodeComments {
  scale: string;
  maps: string;
}

/** The network in PyTorch, as scripts/train_digits.py trains it, fed the image shown. */
export function digitsCode(c: DigitsCodeComments, source: string): string {
  return [
    'import torch',
    'from torch import nn',
    '',
    'net = nn.Sequential(',
    '    nn.Conv2d(1, 8, kernel_size=3, padding=1),',
    '    nn.ReLU(),',
    '    nn.MaxPool2d(2),',
    '    nn.Conv2d(8, 16, kernel_size=3, padding=1),',
    '    nn.ReLU(),',
    `    nn.Conv2d(16, 10, kernel_size=1),  # ${c.maps}`,
    '    nn.AdaptiveAvgPool2d(1),',
    '    nn.Flatten(),',
    ')',
    `x = torch.tensor(${source}).reshape(1, 1, 8, 8) / 16  # ${c.scale}`,
    'p = torch.softmax(net(x), dim=1)  # (1, 10)',
    'print(p.argmax(1))',
  ].join('\n');
}
