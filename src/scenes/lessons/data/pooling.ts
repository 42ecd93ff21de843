import type { Lesson } from '../types.ts';

/** CONCEPTS §12: pooling, global average pooling and FC layers as convolutions. */
export const lesson: Lesson = {
  id: 'pooling',
  title: { en: 'Pooling, GAP and FC as convolution', zh: '池化、全局平均池化与卷积化的全连接层' },
  summary: {
    en: 'Windows with no weights; one number per channel instead of a huge FC head; FC layers that are convolutions.',
    zh: '没有权重的窗口；用每通道一个数代替庞大的全连接头；全连接层其实是卷积。',
  },
  steps: [
    {
      link: '#/pooling',
      title: { en: 'Max pooling 2×2, stride 2', zh: '2×2 最大池化，步幅 2' },
      narration: {
        en: 'A 2×2 window slides with stride 2 over each channel and keeps the largest value (the winning cell is marked). Pooling has no weights at all.',
        zh: '2×2 窗口以步幅 2 在每个通道上滑动，保留最大值（胜出的格子会被标出）。池化完全没有权重。',
      },
      question: {
        kind: 'number',
        prompt: { en: '6×6 input, 2×2 window, stride 2: what is the output width?', zh: '6×6 输入、2×2 窗口、步幅 2：输出宽度是多少？' },
        answer: 3,
        explain: { en: 'floor((6 − 2) / 2) + 1 = 3: the map is halved.', zh: 'floor((6 − 2) / 2) + 1 = 3：特征图减半。' },
      },
    },
    {
      link: '#/pooling?view=gap',
      title: { en: 'Global average pooling', zh: '全局平均池化' },
      narration: {
        en: "GAP averages each whole channel to one number. VGG-16's FC head holds 123,642,856 parameters; GAP followed by one FC 512 → 1000 needs 513,000, and accepts any input size.",
        zh: 'GAP 把每个通道整体平均成一个数。VGG-16 的全连接头有 123,642,856 个参数；GAP 后接一个 FC 512 → 1000 只需 513,000 个，而且接受任意输入尺寸。',
      },
      question: {
        kind: 'number',
        prompt: { en: 'How many parameters does the global average pooling itself have?', zh: '全局平均池化本身有多少个参数？' },
        answer: 0,
        explain: { en: 'None: an average has nothing to learn. All 513,000 are in the FC layer after it.', zh: '没有：求平均没有可学习的东西。513,000 个参数全在其后的 FC 层里。' },
      },
    },
    {
      link: '#/pooling?view=fc-conv',
      title: { en: 'An FC layer is a convolution', zh: '全连接层就是卷积' },
      narration: {
        en: "AlexNet's first FC layer reads a 6×6×256 map: it is a convolution with 4096 filters of 6×6×256. Slid over a larger map it gives a map of class scores: the network becomes fully convolutional.",
        zh: 'AlexNet 的第一个全连接层读入 6×6×256 的特征图：它就是有 4096 个 6×6×256 滤波器的卷积。在更大的图上滑动时，它输出一张类别得分图：网络变成全卷积的。',
      },
      question: {
        kind: 'number',
        prompt: { en: 'How many parameters has AlexNet FC1 (9216 → 4096, with bias)?', zh: 'AlexNet 的 FC1（9216 → 4096，含偏置）有多少个参数？' },
        answer: 37_752_832,
        explain: { en: '9216 · 4096 + 4096 = 37,752,832, the same as a 6×6 convolution with 4096 filters.', zh: '9216 · 4096 + 4096 = 37,752,832，与 4096 个 6×6 滤波器的卷积相同。' },
      },
    },
  ],
};
