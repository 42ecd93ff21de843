import type { Lesson } from '../types.ts';

/** CONCEPTS §6 and §8: 1×1 convolutions, bottlenecks and the Inception module. */
export const lesson: Lesson = {
  id: 'pointwise',
  title: { en: '1×1 convolutions, bottlenecks and Inception', zh: '1×1 卷积、瓶颈结构与 Inception' },
  summary: {
    en: 'A 1×1 convolution changes the channel count at every pixel; used before a 3×3 or 5×5 it makes them cheap.',
    zh: '1×1 卷积在每个像素上改变通道数；放在 3×3 或 5×5 之前能让它们变便宜。',
  },
  steps: [
    {
      link: '#/pointwise',
      title: { en: 'A 1×1 convolution', zh: '1×1 卷积' },
      narration: {
        en: 'At each pixel the weight matrix (output channels × input channels) multiplies the vector of input channels: a fully connected layer applied to every pixel. Point at an output cell to see it written out.',
        zh: '在每个像素上，权重矩阵（输出通道 × 输入通道）乘以输入通道组成的向量：相当于在每个像素上做一次全连接。指向一个输出格即可看到它的算式。',
      },
      question: {
        kind: 'number',
        prompt: { en: 'The input is 4×4 with 4 channels; the 1×1 convolution has 3 filters. What is the output width?', zh: '输入为 4×4、4 个通道；1×1 卷积有 3 个滤波器。输出宽度是多少？' },
        answer: 4,
        explain: { en: 'A 1×1 kernel keeps H×W: the output is 3 × 4 × 4, only the channels change.', zh: '1×1 卷积核保持 H×W：输出是 3 × 4 × 4，只有通道数改变。' },
      },
    },
    {
      link: '#/pointwise?bn_in=256&bn_mid=64&bn_out=256&mode=bottleneck',
      title: { en: 'The ResNet bottleneck', zh: 'ResNet 的瓶颈结构' },
      narration: {
        en: 'A 1×1 reduces 256 channels to 64, the 3×3 works on 64, and a 1×1 expands back to 256. The bottleneck panel compares it with a direct 3×3 from 256 to 256.',
        zh: '先用 1×1 把 256 个通道降到 64，3×3 在 64 个通道上计算，再用 1×1 升回 256。瓶颈面板把它与直接的 256 → 256 的 3×3 卷积比较。',
      },
      question: {
        kind: 'number',
        prompt: { en: 'How many weights has a direct 3×3 convolution from 256 to 256 channels (no bias)?', zh: '从 256 到 256 通道的直接 3×3 卷积有多少个权重（无偏置）？' },
        answer: 589_824,
        explain: { en: '256 · 256 · 9 = 589,824; the bottleneck has 16,384 + 36,864 + 16,384 = 69,632.', zh: '256 · 256 · 9 = 589,824；瓶颈结构只有 16,384 + 36,864 + 16,384 = 69,632。' },
      },
    },
    {
      link: '#/pointwise?bn_in=24&bn_mid=12&bn_out=48&mode=reduce&bias=true',
      title: { en: 'Reduce first', zh: '先降维' },
      narration: {
        en: '48 filters of 3×3 on 24 channels have 10,368 weights (10,416 with biases). A 1×1 to 12 channels first halves that.',
        zh: '在 24 个通道上用 48 个 3×3 滤波器有 10,368 个权重（含偏置 10,416）。先用 1×1 降到 12 个通道可以减半。',
      },
      question: {
        kind: 'number',
        prompt: { en: 'With the 1×1 to 12 channels first, how many parameters with biases?', zh: '先用 1×1 降到 12 个通道，含偏置共有多少个参数？' },
        answer: 5_532,
        explain: { en: '(288 + 12) + (5,184 + 48) = 5,532, about half of 10,416.', zh: '(288 + 12) + (5,184 + 48) = 5,532，约为 10,416 的一半。' },
      },
    },
    {
      link: '#/inception',
      title: { en: 'The Inception module', zh: 'Inception 模块' },
      narration: {
        en: 'GoogLeNet runs 1×1, 3×3 and 5×5 convolutions and a 3×3 max pool side by side and concatenates them along the channels. In inception (3a) the 3×3 and 5×5 get 1×1 reductions (96 and 16) and the pool a 1×1 projection (32).',
        zh: 'GoogLeNet 并行运行 1×1、3×3、5×5 卷积和 3×3 最大池化，再沿通道拼接。在 inception (3a) 中，3×3 和 5×5 前有 1×1 降维（96 和 16），池化后有 1×1 投影（32）。',
      },
      question: {
        kind: 'number',
        prompt: { en: 'Branches of 64, 128, 32 and 32 channels: how many channels leave the module?', zh: '四个分支分别有 64、128、32、32 个通道：模块输出多少个通道？' },
        answer: 256,
        explain: { en: '64 + 128 + 32 + 32 = 256, at 163,328 weights; the naive module would give 416 channels for 387,072.', zh: '64 + 128 + 32 + 32 = 256，共 163,328 个权重；朴素模块会输出 416 个通道，需 387,072 个权重。' },
      },
    },
  ],
};
