/**
 * One word per idea, in both languages: the term the messages use for each concept, and Chinese words
 * they must not use because a learner would read them as another idea (tests/components/i18n.test.ts
 * checks every catalogue). PyTorch's parameter names stay in English in both languages.
 */
export const GLOSSARY: readonly { en: string; zh: string; avoid: readonly string[]; why?: string }[] = [
  { en: 'input', zh: '输入', avoid: [] },
  { en: 'kernel', zh: '卷积核', avoid: ['过滤器'] },
  { en: 'output', zh: '输出', avoid: [] },
  { en: 'channel', zh: '通道', avoid: [] },
  { en: 'stride', zh: '步幅', avoid: ['步长'] },
  { en: 'padding', zh: '填充', avoid: ['补零'] },
  { en: 'dilation', zh: '空洞', avoid: ['扩张'] },
  { en: 'groups', zh: '分组', avoid: [] },
  { en: 'bias', zh: '偏置', avoid: [] },
  { en: 'transposed convolution', zh: '转置卷积', avoid: ['反卷积'], why: 'it is not the inverse of a convolution' },
  { en: 'gather', zh: '收集', avoid: ['汇聚'], why: '汇聚层 is the textbook word for a pooling layer' },
  { en: 'scatter', zh: '散布', avoid: [] },
  { en: 'pooling', zh: '池化', avoid: ['汇聚'] },
  { en: 'receptive field', zh: '感受野', avoid: [] },
  { en: 'depthwise', zh: '逐通道', avoid: [] },
  { en: 'pointwise', zh: '逐点', avoid: [] },
  { en: 'bottleneck', zh: '瓶颈', avoid: [] },
  { en: 'squeeze', zh: '挤压', avoid: [] },
  { en: 'excitation', zh: '激励', avoid: [] },
  { en: 'channel shuffle', zh: '通道重排', avoid: ['洗牌'] },
];
