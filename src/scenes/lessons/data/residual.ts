import type { Lesson } from '../types.ts';

/** CONCEPTS §9: residual blocks (ResNet, He et al. 2015). */
export const lesson: Lesson = {
  id: 'residual',
  title: { en: 'Residual blocks', zh: '残差块' },
  summary: {
    en: 'y = F(x) + x: a skip path around every block lets very deep networks train.',
    zh: 'y = F(x) + x：绕过每个块的跳跃连接让很深的网络也能训练。',
  },
  steps: [
    {
      link: '#/residual',
      title: { en: 'The BasicBlock', zh: '基本残差块 BasicBlock' },
      narration: {
        en: 'Two 3×3 convolutions with batch norms form the residual path F. The skip path carries x unchanged; the two are added element by element, then a ReLU. Residual connections come from ResNet (2015), not from VGG.',
        zh: '两个带批归一化的 3×3 卷积构成残差路径 F。跳跃路径把 x 原样带过去；两者逐元素相加，再经过 ReLU。残差连接出自 ResNet（2015），不是 VGG。',
      },
      question: {
        kind: 'choice',
        prompt: { en: 'What is added to F(x) at the end of the block?', zh: '块的末尾，什么被加到 F(x) 上？' },
        choices: [
          { en: 'The block input x itself', zh: '块的输入 x 本身' },
          { en: 'A learned bias per channel', zh: '每个通道一个学习到的偏置' },
          { en: 'The mean of F(x)', zh: 'F(x) 的均值' },
        ],
        answer: 0,
        explain: { en: 'y = ReLU(F(x) + x): if F learns nothing, the block passes x through, and gradients reach early layers along the skip.', zh: 'y = ReLU(F(x) + x)：即使 F 什么也没学到，块也能把 x 传下去，梯度也能沿跳跃路径到达前面的层。' },
      },
    },
    {
      link: '#/residual?planes=128&stride=2&downsample=conv1x1',
      title: { en: 'When the shapes differ', zh: '形状不同时' },
      narration: {
        en: 'This block goes from 64 to 128 channels with stride 2, so x and F(x) have different shapes. A 1×1 convolution with stride 2 on the skip path (the projection) makes them match.',
        zh: '这个块从 64 个通道变为 128 个，步幅为 2，所以 x 与 F(x) 形状不同。跳跃路径上一个步幅为 2 的 1×1 卷积（投影）使二者形状一致。',
      },
      question: {
        kind: 'choice',
        prompt: { en: 'Why is there a 1×1 convolution on the skip path here?', zh: '为什么这里的跳跃路径上有一个 1×1 卷积？' },
        choices: [
          { en: 'To add a non-linearity', zh: '为了增加非线性' },
          { en: 'To match the channels and the size so the sum is possible', zh: '为了匹配通道数和尺寸，使相加成为可能' },
          { en: 'To pool the features', zh: '为了池化特征' },
        ],
        answer: 1,
        explain: { en: 'x is 64 channels at full size, F(x) 128 channels at half size: without the projection they cannot be added.', zh: 'x 是 64 通道、原尺寸，F(x) 是 128 通道、一半尺寸：没有投影就无法相加。' },
      },
    },
    {
      link: '#/residual?block=bottleneck&inplanes=256&planes=64',
      title: { en: 'The Bottleneck block', zh: '瓶颈残差块 Bottleneck' },
      narration: {
        en: 'Deeper ResNets (50 layers and more) use a Bottleneck: 1×1 from 256 to 64 channels, 3×3 on 64, 1×1 back to 256, each with a batch norm; the identity skip adds x, still 256 channels.',
        zh: '更深的 ResNet（50 层及以上）使用瓶颈块：1×1 从 256 降到 64 个通道，3×3 在 64 个通道上计算，1×1 再升回 256，每层后接批归一化；恒等跳跃连接加上 x，仍是 256 个通道。',
      },
      question: {
        kind: 'number',
        prompt: { en: 'With its batch norms (2 parameters per channel), how many parameters has this block?', zh: '算上批归一化（每个通道 2 个参数），这个块共有多少个参数？' },
        answer: 70_400,
        explain: {
          en: 'Convolutions 16,384 + 36,864 + 16,384 = 69,632; batch norms 2·(64 + 64 + 256) = 768; 70,400 in all, as torchvision counts it.',
          zh: '卷积 16,384 + 36,864 + 16,384 = 69,632；批归一化 2·(64 + 64 + 256) = 768；共 70,400，与 torchvision 的计数一致。',
        },
      },
    },
  ],
};
