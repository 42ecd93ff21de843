import type { Lesson } from '../types.ts';

/** CONCEPTS §1: the kernel sliding, stride, padding, channels and the parameter count. */
export const lesson: Lesson = {
  id: 'convolution',
  title: { en: 'The convolution and its hyper-parameters', zh: '卷积及其超参数' },
  summary: {
    en: 'Kernel size, stride and padding decide the output size; channels decide the parameter count.',
    zh: '卷积核大小、步幅和填充决定输出尺寸；通道数决定参数量。',
  },
  steps: [
    {
      link: '#/conv2d',
      title: { en: 'A 3×3 kernel slides over a 5×5 input', zh: '3×3 卷积核在 5×5 输入上滑动' },
      narration: {
        en: 'The kernel is laid on the input, each of its 9 weights multiplies the cell under it, and the 9 products plus the bias give one output cell. Then the kernel moves one cell to the right (stride 1) and does it again.',
        zh: '把卷积核放在输入上，9 个权重分别乘以其下方的格子，9 个乘积之和加上偏置得到一个输出格。然后卷积核向右移动一格（步幅 1），再算一次。',
      },
      question: {
        kind: 'number',
        prompt: { en: 'With no padding, how many positions does the kernel have along one row: what is the output width?', zh: '没有填充时，卷积核在一行上有几个位置，也就是输出宽度是多少？' },
        answer: 3,
        explain: { en: 'floor((5 + 2·0 − 1·(3 − 1) − 1) / 1) + 1 = 3: the output is 3×3.', zh: 'floor((5 + 2·0 − 1·(3 − 1) − 1) / 1) + 1 = 3：输出是 3×3。' },
      },
    },
    {
      link: '#/conv2d?stride=2',
      title: { en: 'Stride 2', zh: '步幅 2' },
      narration: {
        en: 'With stride 2 the kernel jumps two cells at a time, so it fits in fewer places: a stride of 2 roughly halves the map, as pooling does.',
        zh: '步幅为 2 时卷积核每次跳两格，能放下的位置就少了：步幅 2 大约把特征图缩小一半，和池化一样。',
      },
      question: {
        kind: 'number',
        prompt: { en: '5×5 input, 3×3 kernel, stride 2, no padding: what is the output width?', zh: '5×5 输入、3×3 卷积核、步幅 2、无填充：输出宽度是多少？' },
        answer: 2,
        explain: { en: 'floor((5 − 3) / 2) + 1 = 2: the kernel starts at columns 0 and 2, so the output is 2×2.', zh: 'floor((5 − 3) / 2) + 1 = 2：卷积核从第 0 列和第 2 列开始，输出是 2×2。' },
      },
    },
    {
      link: '#/conv2d?padding=1',
      title: { en: 'Padding keeps the size', zh: '填充保持尺寸' },
      narration: {
        en: 'Padding rings the input with zeros (hatched). With a 3×3 kernel, one ring of padding lets the kernel centre sit on every input cell: "same" padding.',
        zh: '填充在输入外围加一圈零（阴影格）。对 3×3 卷积核，一圈填充让卷积核中心可以落在每个输入格上，这就是 "same" 填充。',
      },
      question: {
        kind: 'number',
        prompt: { en: '5×5 input, 3×3 kernel, stride 1, padding 1: what is the output width?', zh: '5×5 输入、3×3 卷积核、步幅 1、填充 1：输出宽度是多少？' },
        answer: 5,
        explain: { en: 'floor((5 + 2 − 2 − 1) / 1) + 1 = 5: the map keeps its size.', zh: 'floor((5 + 2 − 2 − 1) / 1) + 1 = 5：特征图尺寸不变。' },
      },
    },
    {
      link: '#/conv2d?size=7&in_channels=3&out_channels=4&padding=1',
      title: { en: 'Channels and parameters', zh: '通道与参数' },
      narration: {
        en: 'Each filter spans all 3 input channels: its per-channel products are summed, plus one bias, into one output map. Four filters give four output channels. The weights are O × I × kH × kW, plus O biases.',
        zh: '每个滤波器覆盖全部 3 个输入通道：各通道的乘积相加，再加一个偏置，得到一张输出图。4 个滤波器给出 4 个输出通道。权重数为 O × I × kH × kW，另加 O 个偏置。',
      },
      question: {
        kind: 'number',
        prompt: { en: '3 input channels, 4 filters of 3×3, with bias: how many parameters does PyTorch count?', zh: '3 个输入通道、4 个 3×3 滤波器、带偏置：PyTorch 计多少个参数？' },
        answer: 112,
        explain: { en: '4 · 3 · 3 · 3 = 108 weights, plus 4 biases = 112.', zh: '4 · 3 · 3 · 3 = 108 个权重，加 4 个偏置，共 112。' },
      },
    },
  ],
};
