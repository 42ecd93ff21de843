import type { Rank1Factors } from '../../engine/index.ts';
import type { Kernel } from './schema.ts';

/** The code panel's comments in the learner's language. */
export interface LabCodeComments {
  input: string;
  kernel: string;
  output: string;
  separable: string;
}

const pyPair = ([h, w]: readonly [number, number]) => (h === w ? String(h) : `(${h}, ${w})`);
const pyList = (v: readonly number[]) => `[${v.map((n) => String(n)).join(', ')}]`;

/**
 * The PyTorch of the lab's setting: the picture as [1, C, H, W], the filters stacked into one conv2d
 * weight [F, C, kH, kW] (a kernel of another size as its own call), and for the first rank-1 kernel the
 * two 1-D passes.
 */
export function labCode(
  c: { channels: number; size: readonly [number, number]; kernels: Kernel[]; stride: readonly [number, number]; padding: readonly [number, number]; dilation: readonly [number, number]; firstRank1: { filter: number; factors: Rank1Factors } | null },
  comments: LabCodeComments,
): string {
  const opts = `stride=${pyPair(c.stride)}, padding=${pyPair(c.padding)}, dilation=${pyPair(c.dilation)}`;
  const lines = [
    'import torch',
    'import torch.nn.functional as F',
    '',
    `x = torch.rand(1, ${c.channels}, ${c.size[0]}, ${c.size[1]}) * 255  # ${comments.input}`,
  ];
  c.kernels.forEach((k, i) => {
    const rows = Array.from({ length: k.kH }, (_, r) => pyList(k.values.slice(r * k.kW, (r + 1) * k.kW)));
    lines.push(`k${i + 1} = torch.tensor([${rows.join(', ')}])`);
    lines.push(`w${i + 1} = k${i + 1}.expand(1, ${c.channels}, ${k.kH}, ${k.kW})  # ${comments.kernel}`);
    lines.push(`y${i + 1} = F.conv2d(x, w${i + 1}, ${opts})  # ${comments.output}`);
  });
  if (c.firstRank1) {
    const { filter, factors } = c.firstRank1;
    const n = filter + 1;
    lines.push('', `# ${comments.separable}`);
    lines.push(`col = torch.tensor(${pyList(factors.column)}).view(1, 1, ${factors.column.length}, 1).repeat(${c.channels}, 1, 1, 1)`);
    lines.push(`row = torch.tensor(${pyList(factors.row)}).view(1, 1, 1, ${factors.row.length}).repeat(1, ${c.channels}, 1, 1)`);
    lines.push(`down = F.conv2d(x, col, stride=(${c.stride[0]}, 1), padding=(${c.padding[0]}, 0), dilation=(${c.dilation[0]}, 1), groups=${c.channels})`);
    lines.push(`y${n}_sep = F.conv2d(down, row, stride=(1, ${c.stride[1]}), padding=(0, ${c.padding[1]}), dilation=(1, ${c.dilation[1]}))`);
    lines.push(`print((y${n}_sep - y${n}).abs().max())`);
  }
  return lines.join('\n');
}
