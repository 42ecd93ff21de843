import type { Lesson } from '../types.ts';

/** CONCEPTS §11: squeeze-and-excitation. */
export const lesson: Lesson = {
  id: 'squeeze-excite',
  title: { en: 'Squeeze-and-excitation', zh: '挤压与激励（SE）' },
  summary: {
    en: 'One weight per channel, computed from the whole map, rescales the channels.',
    zh: '由整张特征图算出的每通道一个权重，用来重新缩放各通道。',
  },
  steps: [
    {
      link: '#/squeeze-excite',
      title: { en: 'Squeeze', zh: '挤压' },
      narration: {
        en: 'The squeeze averages each channel over its whole map (global average pooling): one number per channel sums up what the channel saw everywhere.',
        zh: '挤压一步对每个通道在整张图上求平均（全局平均池化）：每个通道用一个数概括它在各处看到的东西。',
      },
      question: {
        kind: 'number',
        prompt: { en: '8 channels of 4×4: how many numbers does the squeeze produce?', zh: '8 个 4×4 的通道：挤压一步得到多少个数？' },
        answer: 8,
        explain: { en: 'One mean per channel: 8 numbers, whatever the map size.', zh: '每个通道一个均值：8 个数，与图的大小无关。' },
      },
    },
    {
      link: '#/squeeze-excite?reduction=2',
      title: { en: 'Excitation and scale', zh: '激励与缩放' },
      narration: {
        en: 'The excitation sends the 8 means through FC 8 → 4, ReLU, FC 4 → 8 and a sigmoid: one weight per channel. The scale step multiplies every cell of a channel by its weight.',
        zh: '激励一步把 8 个均值送入 FC 8 → 4、ReLU、FC 4 → 8 和 sigmoid：每个通道得到一个权重。缩放一步把每个通道的所有格子乘以它的权重。',
      },
      question: {
        kind: 'choice',
        prompt: { en: 'After the sigmoid, where does each channel weight lie?', zh: '经过 sigmoid 后，每个通道的权重落在什么范围？' },
        choices: [
          { en: 'Between 0 and 1', zh: '0 到 1 之间' },
          { en: 'Between −1 and 1', zh: '−1 到 1 之间' },
          { en: 'Any real number', zh: '任意实数' },
        ],
        answer: 0,
        explain: { en: 'The sigmoid maps any number into (0, 1): a channel can be damped, never flipped.', zh: 'sigmoid 把任何数映射到 (0, 1)：通道可以被减弱，但不会被反号。' },
      },
    },
    {
      link: '#/squeeze-excite?channels=256&reduction=16',
      title: { en: "SENet's setting", zh: 'SENet 的设定' },
      narration: {
        en: 'SENet uses r = 16. The two FC layers add 2·C²/r weights (plus C/r + C biases): small next to the 3×3 convolution of the same width, whose share the page shows.',
        zh: 'SENet 使用 r = 16。两个 FC 层增加 2·C²/r 个权重（另加 C/r + C 个偏置）：与同宽度的 3×3 卷积相比很少，页面会显示所占比例。',
      },
      question: {
        kind: 'number',
        prompt: { en: 'C = 256, r = 16, no bias: how many weights does the SE block add?', zh: 'C = 256、r = 16、无偏置：SE 模块增加多少个权重？' },
        answer: 8_192,
        explain: { en: '2 · 256² / 16 = 8,192 (8,464 with the 16 + 256 biases).', zh: '2 · 256² / 16 = 8,192（加上 16 + 256 个偏置为 8,464）。' },
      },
    },
  ],
};
