import type { Lesson } from '../types.ts';

/** CONCEPTS §3: transposed convolution, scatter and gather. */
export const lesson: Lesson = {
  id: 'transposed',
  title: { en: 'Transposed convolution', zh: '转置卷积' },
  summary: {
    en: 'Growing a map back: each input cell stamps the kernel, or zeros are inserted and an ordinary convolution runs.',
    zh: '把特征图放大回去：每个输入格盖一个卷积核的印章，或者插零后做普通卷积。',
  },
  steps: [
    {
      link: '#/conv-transpose2d',
      title: { en: 'From 2×2 up', zh: '从 2×2 放大' },
      narration: {
        en: 'A transposed convolution restores spatial size. It is not the inverse of a convolution: the values of the original input are not recovered, only a map of its size.',
        zh: '转置卷积恢复空间尺寸。它不是卷积的逆运算：得不到原来输入的数值，只是得到同样大小的图。',
      },
      question: {
        kind: 'number',
        prompt: { en: '2×2 input, 3×3 kernel, stride 2, padding 0: what is the output width?', zh: '2×2 输入、3×3 卷积核、步幅 2、填充 0：输出宽度是多少？' },
        answer: 5,
        explain: { en: '(H − 1)·s − 2p + d·(k − 1) + output_padding + 1 = 1·2 − 0 + 2 + 0 + 1 = 5: the output is 5×5.', zh: '(H − 1)·s − 2p + d·(k − 1) + output_padding + 1 = 1·2 − 0 + 2 + 0 + 1 = 5：输出是 5×5。' },
      },
    },
    {
      link: '#/conv-transpose2d?view=scatter',
      title: { en: 'Scatter: stamps that add up', zh: '散射视角：印章相加' },
      narration: {
        en: 'Each input cell stamps a copy of the kernel, scaled by its value, onto the output, stride cells apart. Play the timeline and watch the cells where two stamps overlap.',
        zh: '每个输入格把按其数值缩放的卷积核副本盖到输出上，相邻印章相隔步幅格。播放时间线，观察两个印章重叠的格子。',
      },
      question: {
        kind: 'choice',
        prompt: { en: 'Where two stamps overlap, what does the output cell hold?', zh: '两个印章重叠处，输出格里是什么？' },
        choices: [
          { en: 'The larger of the two', zh: '两者中较大的' },
          { en: 'Their sum', zh: '两者之和' },
          { en: 'The last stamp written', zh: '最后盖上的那个' },
        ],
        answer: 1,
        explain: { en: 'Overlaps add up: every product lands in its output cell and is summed there.', zh: '重叠处相加：每个乘积落到自己的输出格里并在那里累加。' },
      },
    },
    {
      link: '#/conv-transpose2d?view=gather',
      title: { en: 'Gather: zeros, padding, a flipped kernel', zh: '聚集视角：插零、填充、翻转卷积核' },
      narration: {
        en: 'The same result as an ordinary convolution: insert stride − 1 zeros between input cells, pad by d·(k − 1) − p on each side, and slide the kernel flipped, with stride 1.',
        zh: '同样的结果也可以用普通卷积得到：在输入格之间插入 步幅 − 1 个零，每边填充 d·(k − 1) − p，再用翻转后的卷积核以步幅 1 滑动。',
      },
      question: {
        kind: 'number',
        prompt: { en: 'With stride 2, how many zeros go between two neighbouring input cells?', zh: '步幅为 2 时，两个相邻输入格之间插入几个零？' },
        answer: 1,
        explain: { en: 's − 1 = 1 zero; then d·(k − 1) − p = 2 rings of padding on each side: 2 + 1 + 4 = 7 wide, and 7 − 3 + 1 = 5.', zh: 's − 1 = 1 个零；再每边填充 1·(3 − 1) − 0 = 2 圈：宽 2 + 1 + 4 = 7，7 − 3 + 1 = 5。' },
      },
    },
    {
      link: '#/conv-transpose2d?padding=1&output_padding=1',
      title: { en: 'padding and output_padding', zh: 'padding 与 output_padding' },
      narration: {
        en: 'In a transposed convolution padding crops the output, and output_padding adds a row and a column on the bottom and right, so that stride 2 can give an exact doubling.',
        zh: '在转置卷积里 padding 会裁掉输出的边，output_padding 则在下方和右侧补一行一列，使步幅 2 正好把尺寸翻倍。',
      },
      question: {
        kind: 'number',
        prompt: { en: '2×2 input, k=3, stride 2, padding 1, output_padding 1: what is the output width?', zh: '2×2 输入、k=3、步幅 2、padding 1、output_padding 1：输出宽度是多少？' },
        answer: 4,
        explain: { en: '1·2 − 2·1 + 2 + 1 + 1 = 4: exactly twice the input.', zh: '1·2 − 2·1 + 2 + 1 + 1 = 4：正好是输入的两倍。' },
      },
    },
  ],
};
