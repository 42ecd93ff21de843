import type { Lesson } from '../types.ts';

/** CONCEPTS §7: small kernels instead of large ones, and the receptive field recurrence. */
export const lesson: Lesson = {
  id: 'receptive-field',
  title: { en: 'Small kernels and receptive fields', zh: '小卷积核与感受野' },
  summary: {
    en: 'Why VGG stacks 3×3 kernels: the same view of the input for fewer weights.',
    zh: 'VGG 为何堆叠 3×3 卷积核：用更少的权重看到同样大的输入区域。',
  },
  steps: [
    {
      link: '#/receptive-field',
      title: { en: 'Two 3×3 layers', zh: '两层 3×3' },
      narration: {
        en: 'An output cell of the first 3×3 layer sees 3×3 input cells. A cell of the second layer sees 3×3 cells of the first, and each of those sees its own 3×3 of the input.',
        zh: '第一层 3×3 的一个输出格看到 3×3 个输入格。第二层的一个格看到第一层的 3×3 个格，而它们各自又看到输入上的 3×3 区域。',
      },
      question: {
        kind: 'number',
        prompt: { en: 'How wide is the input region one cell of the second layer sees?', zh: '第二层的一个格看到的输入区域有多宽？' },
        answer: 5,
        explain: { en: 'r₁ = 1 + 2 = 3, r₂ = 3 + 2 = 5: two stacked 3×3 see 5×5, like one 5×5 kernel.', zh: 'r₁ = 1 + 2 = 3，r₂ = 3 + 2 = 5：两层 3×3 看到 5×5，和一个 5×5 卷积核一样。' },
      },
    },
    {
      link: '#/receptive-field?layers=conv:k3,conv:k3,conv:k3',
      title: { en: 'Three 3×3 layers against one 7×7', zh: '三层 3×3 对比一个 7×7' },
      narration: {
        en: 'Three stacked 3×3 layers see 7×7, as one 7×7 kernel does, with a non-linearity between the layers. AlexNet began with 11×11 and 5×5 kernels; VGG used only 3×3.',
        zh: '三层 3×3 堆叠看到 7×7，和一个 7×7 卷积核相同，而且层间还多了非线性。AlexNet 开头用 11×11 和 5×5 卷积核，VGG 只用 3×3。',
      },
      question: {
        kind: 'number',
        prompt: { en: 'Per pair of channels, how many weights do three 3×3 layers have (one 7×7 has 49)?', zh: '对每一对通道，三层 3×3 共有多少个权重（一个 7×7 有 49 个）？' },
        answer: 27,
        explain: { en: '3 · 9 = 27 against 49: the same 7×7 view for about half the weights.', zh: '3 · 9 = 27，对比 49：同样看到 7×7，权重约少一半。' },
      },
    },
    {
      link: '#/receptive-field?layers=conv:k3:s2,conv:k3',
      title: { en: 'A stride multiplies what follows', zh: '步幅放大后面的层' },
      narration: {
        en: 'After a stride-2 layer, one step of the next layer is two input cells: the recurrence r_l = r_(l−1) + (k_l − 1)·d_l·(product of the earlier strides).',
        zh: '步幅为 2 的层之后，下一层走一步相当于输入上两格：递推式 r_l = r_(l−1) + (k_l − 1)·d_l·(前面各层步幅之积)。',
      },
      question: {
        kind: 'number',
        prompt: { en: '3×3 with stride 2, then 3×3: what is the receptive field of the second layer?', zh: '先 3×3 步幅 2，再 3×3：第二层的感受野多大？' },
        answer: 7,
        explain: { en: '3 after the first layer, then 3 + 2·1·2 = 7.', zh: '第一层后为 3，然后 3 + 2·1·2 = 7。' },
      },
    },
  ],
};
