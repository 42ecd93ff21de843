import type { Lesson } from '../types.ts';

/** CONCEPTS §5 and §10: depthwise separable convolution, groups and channel shuffle. */
export const lesson: Lesson = {
  id: 'separable',
  title: { en: 'Depthwise separable, groups and shuffle', zh: '深度可分离卷积、分组与通道混洗' },
  summary: {
    en: 'Split a convolution into a per-channel step and a 1×1 mix; split channels into groups, and shuffle them.',
    zh: '把卷积拆成逐通道的一步和 1×1 混合；把通道分组，再混洗。',
  },
  steps: [
    {
      link: '#/depthwise-separable',
      title: { en: 'Depthwise, then pointwise', zh: '先逐通道，再逐点' },
      narration: {
        en: 'The depthwise step convolves each of the 3 input channels with its own 3×3 kernel, with no mixing. The pointwise step, a 1×1 convolution, mixes the 3 maps into 4 outputs at every pixel.',
        zh: '逐通道（depthwise）一步让 3 个输入通道各自与自己的 3×3 卷积核卷积，互不混合。逐点（pointwise）一步是 1×1 卷积，在每个像素上把 3 张图混合成 4 个输出。',
      },
      question: {
        kind: 'number',
        prompt: { en: '3 → 4 channels, 3×3, no bias: a standard convolution has 108 weights. How many has the separable one?', zh: '3 → 4 个通道、3×3、无偏置：标准卷积有 108 个权重。可分离卷积有多少个？' },
        answer: 39,
        explain: { en: 'Depthwise 3·3·3 = 27, pointwise 3·4 = 12: 39.', zh: '逐通道 3·3·3 = 27，逐点 3·4 = 12：共 39。' },
      },
    },
    {
      link: '#/depthwise-separable?out_channels=256',
      title: { en: 'The saving grows with the outputs', zh: '输出越多，节省越多' },
      narration: {
        en: 'With 256 outputs the standard convolution has 3·3·3·256 = 6,912 weights. The ratio separable / standard is about 1/O + 1/k².',
        zh: '输出为 256 时，标准卷积有 3·3·3·256 = 6,912 个权重。可分离与标准之比约为 1/O + 1/k²。',
      },
      question: {
        kind: 'number',
        prompt: { en: '3 → 256 channels, 3×3, no bias: how many weights has the separable convolution?', zh: '3 → 256 个通道、3×3、无偏置：可分离卷积有多少个权重？' },
        answer: 795,
        explain: { en: '27 + 3·256 = 795, against 6,912.', zh: '27 + 3·256 = 795，对比 6,912。' },
      },
    },
    {
      link: '#/group-shuffle?shuffle=false',
      title: { en: 'Groups', zh: '分组' },
      narration: {
        en: 'With groups=3 the 9 channels are split into 3 independent convolutions: each filter sees only the 3 channels of its group. Two stacked group convolutions never exchange information between groups: point at a final output to trace it back.',
        zh: 'groups=3 时 9 个通道被分成 3 个独立的卷积：每个滤波器只看到自己组的 3 个通道。两层分组卷积叠起来，组与组之间也从不交换信息：指向一个最终输出即可追溯它的来源。',
      },
      question: {
        kind: 'number',
        prompt: { en: '9 → 9 channels, groups=3, 3×3, no bias: how many weights has one such convolution?', zh: '9 → 9 个通道、groups=3、3×3、无偏置：一个这样的卷积有多少个权重？' },
        answer: 243,
        explain: { en: '(I/g)·O·k² = 3·9·9 = 243, a third of the 729 of a standard convolution.', zh: '(I/g)·O·k² = 3·9·9 = 243，是标准卷积 729 的三分之一。' },
      },
    },
    {
      link: '#/group-shuffle',
      title: { en: 'Channel shuffle', zh: '通道混洗' },
      narration: {
        en: 'ShuffleNet shuffles the channels between the two group convolutions: reshape them into a 3 × 3 table (groups × channels per group), transpose it, and read it out again. Now every group hears every other.',
        zh: 'ShuffleNet 在两层分组卷积之间混洗通道：把通道排成 3 × 3 的表（组数 × 每组通道数），转置，再按行读出。这样每个组都能收到其他组的信息。',
      },
      question: {
        kind: 'choice',
        prompt: { en: 'g=3, C=9: what order do the channels have after the shuffle?', zh: 'g=3、C=9：混洗后通道的顺序是什么？' },
        choices: [
          { en: '0,1,2,3,4,5,6,7,8', zh: '0,1,2,3,4,5,6,7,8' },
          { en: '0,3,6,1,4,7,2,5,8', zh: '0,3,6,1,4,7,2,5,8' },
          { en: '8,7,6,5,4,3,2,1,0', zh: '8,7,6,5,4,3,2,1,0' },
        ],
        answer: 1,
        explain: { en: 'The table rows are 0 1 2 / 3 4 5 / 6 7 8; its columns, read in turn, give 0,3,6,1,4,7,2,5,8.', zh: '表的各行是 0 1 2 / 3 4 5 / 6 7 8；依次读出各列得到 0,3,6,1,4,7,2,5,8。' },
      },
    },
  ],
};
