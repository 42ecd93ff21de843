/**
 * The conv-transpose2d scene's messages in English and Simplified Chinese, loaded with its view (the registry adds
 * them to the catalogues when the scene opens). `{name}` marks a value filled in at run time.
 */
const en = {
  'legend.padding': 'padding (zeros)',
  'grid.stampKernel': 'kernel, input {c} → output {o}',
  'grid.outputs': 'output (both views)',
  'grid.gather': 'gather grid, channel {c}',
  'grid.flipped': 'flipped kernel {o}, slice {i}',
  'p.output_padding': 'Output padding',
  'p.view': 'View',
  'view.both': 'Scatter and gather',
  'view.gather': 'Gather (zeros, padding, flipped kernel)',
  'view.scatter': 'Scatter (stamps that add up)',
  'view.gatherTitle': 'Gather: insert stride − 1 zeros, pad by dilation·(k − 1) − padding, slide the flipped kernel with stride 1',
  'view.scatterTitle': 'Scatter: every input cell stamps the kernel, scaled by its value; overlaps add up (small numbers: stamps per cell)',
  'legend.input': 'input value',
  'legend.inserted': 'inserted zero',
  'legend.outpad': 'output_padding',
  'tpanel.macsNote': 'Each input cell multiplies the whole kernel once; the multiplies by inserted zeros in the gather view are not counted.',
  'undo.title': 'Undo a convolution?',
  'undo.intro': 'A conv2d with kernel {k}, stride {s}, padding {p} and dilation {d} turns each of these input sizes into {size}. The transposed convolution restores one of them; output_padding chooses which:',
  'undo.candidate': '{size} (output_padding={op})',
  'undo.values': 'It restores the shape, not the values: a seeded input, its conv2d with the same weights, and the transposed convolution of that.',
  'undo.original': 'original',
  'undo.down': 'conv2d',
  'undo.restored': 'transposed back',
} as const;

/** 简体中文. Typed by the English keys, so a missing one fails the type check. */
const zh: Record<keyof typeof en, string> = {
  'legend.padding': '填充（零）',
  'grid.stampKernel': '卷积核：输入 {c} → 输出 {o}',
  'grid.outputs': '输出（两种视图共用）',
  'grid.gather': '收集网格，通道 {c}',
  'grid.flipped': '翻转后的卷积核 {o}，切片 {i}',
  'p.output_padding': '输出填充',
  'p.view': '视图',
  'view.both': '散布与收集',
  'view.gather': '收集（插零、填充、翻转卷积核）',
  'view.scatter': '散布（印章叠加）',
  'view.gatherTitle': '收集：在输入单元之间插入 stride − 1 个零，四周填充 dilation·(k − 1) − padding，再用翻转的卷积核以步幅 1 滑动',
  'view.scatterTitle': '散布：每个输入单元按自身数值缩放卷积核并“盖章”到输出上，重叠处相加（小数字：每个单元收到的印章数）',
  'legend.input': '输入值',
  'legend.inserted': '插入的零',
  'legend.outpad': '输出填充',
  'tpanel.macsNote': '每个输入单元与整个卷积核各相乘一次；收集视图中与插入的零相乘的次数不计入。',
  'undo.title': '能撤销一次卷积吗？',
  'undo.intro': '卷积核 {k}、步幅 {s}、填充 {p}、空洞 {d} 的 conv2d 会把下列每种输入尺寸都变成 {size}。转置卷积只能恢复其中一种，由 output_padding 选择：',
  'undo.candidate': '{size}（output_padding={op}）',
  'undo.values': '它恢复的是形状，不是数值：一个随机输入、用同一组权重做 conv2d 的结果，以及再做转置卷积的结果。',
  'undo.original': '原始输入',
  'undo.down': 'conv2d 之后',
  'undo.restored': '转置卷积之后',
};

/** Both catalogues of the scene. */
export const messages = { en, zh };
