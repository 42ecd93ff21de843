import { defineScene, lazyView } from '../define.ts';
import { convTranspose2dSchema } from './schema.ts';

/** The conv-transpose2d scene: what the menu and the link need at once; the view and its messages load when it opens. */
export const scene = defineScene({
  id: 'conv-transpose2d',
  title: { en: 'Transposed convolution', zh: '转置卷积' },
  summary: {
    en: 'Zero insertion and padding, scatter and gather: why it restores the shape but not the values.',
    zh: '插零与填充、散布与收集：为什么它恢复的是形状而不是数值。',
  },
  schema: convTranspose2dSchema,
  playback: true,
  load: lazyView(
    () => import('./messages.ts'),
    () => import('./view/ConvTranspose2dScene.tsx').then((m) => m.ConvTranspose2dScene),
  ),
});
