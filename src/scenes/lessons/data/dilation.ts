import type { Lesson } from '../types.ts';

/** CONCEPTS §2: dilated (atrous) convolution. */
export const lesson: Lesson = {
  id: 'dilation',
  title: { en: 'Dilated convolution', zh: '空洞（膨胀）卷积' },
  summary: {
    en: 'Spread the 9 taps of a 3×3 kernel apart: a larger window for the same weights.',
    zh: '把 3×3 卷积核的 9 个抽头拉开：同样的权重，更大的窗口。',
  },
  steps: [
    {
      link: '#/conv2d?size=7&dilation=2',
      title: { en: 'Dilation 2', zh: '膨胀率 2' },
      narration: {
        en: 'With dilation 2 the kernel taps stand two cells apart; the cells skipped between them are dimmed inside the window. The kernel still has 9 weights.',
        zh: '膨胀率为 2 时，卷积核的抽头相隔两格；窗口里被跳过的格子显示为暗色。卷积核仍然只有 9 个权重。',
      },
      question: {
        kind: 'number',
        prompt: { en: 'A 3×3 kernel with dilation 2: how many cells wide is the window it covers?', zh: '膨胀率为 2 的 3×3 卷积核覆盖的窗口有几格宽？' },
        answer: 5,
        explain: { en: 'd·(k − 1) + 1 = 2·2 + 1 = 5: a 5×5 window with 9 weights.', zh: 'd·(k − 1) + 1 = 2·2 + 1 = 5：用 9 个权重覆盖 5×5 的窗口。' },
      },
    },
    {
      link: '#/conv2d?size=7&dilation=2&padding=2',
      title: { en: 'Padding a dilated kernel', zh: '为膨胀卷积加填充' },
      narration: {
        en: 'To keep the size, the padding must be half the dilated window: 2 here. Dilated convolutions give a large receptive field at low cost, which is why real-time segmentation networks use them.',
        zh: '要保持尺寸，填充需为膨胀后窗口的一半，这里是 2。空洞卷积以很低的代价得到大的感受野，所以实时分割网络常用它。',
      },
      question: {
        kind: 'number',
        prompt: { en: '7×7 input, 3×3 kernel, dilation 2, padding 2: what is the output width?', zh: '7×7 输入、3×3 卷积核、膨胀率 2、填充 2：输出宽度是多少？' },
        answer: 7,
        explain: { en: 'floor((7 + 4 − 2·2 − 1) / 1) + 1 = 7: the size is kept.', zh: 'floor((7 + 4 − 2·2 − 1) / 1) + 1 = 7：尺寸保持不变。' },
      },
    },
    {
      link: '#/receptive-field?layers=conv:k3,conv:k3:d2',
      title: { en: 'Dilation grows the receptive field', zh: '膨胀让感受野变大' },
      narration: {
        en: 'Stack a plain 3×3 and a 3×3 with dilation 2. Each layer adds (k − 1)·d to the receptive field: 2 for the first, 4 for the second.',
        zh: '叠一个普通 3×3 和一个膨胀率 2 的 3×3。每层给感受野增加 (k − 1)·d：第一层加 2，第二层加 4。',
      },
      question: {
        kind: 'number',
        prompt: { en: 'What is the receptive field of the second layer (its width in input cells)?', zh: '第二层的感受野是多大（以输入格计的宽度）？' },
        answer: 7,
        explain: { en: '1 + 2 = 3 after the first layer, 3 + 2·2 = 7 after the second.', zh: '第一层后 1 + 2 = 3，第二层后 3 + 2·2 = 7。' },
      },
    },
  ],
};
