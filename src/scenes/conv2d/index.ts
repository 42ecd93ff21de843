import { defineScene, lazyView } from '../define.ts';
import { conv2dSchema } from './schema.ts';

/** The conv2d scene: what the menu and the link need at once; the view and its messages load when it opens. */
export const scene = defineScene({
  id: 'conv2d',
  title: { en: 'Convolution', zh: '卷积' },
  summary: {
    en: 'A kernel slides over the input: stride, padding, dilation, channels and groups, step by step.',
    zh: '卷积核在输入上滑动：逐步展示步幅、填充、空洞、通道和分组。',
  },
  schema: conv2dSchema,
  playback: true,
  load: lazyView(
    () => import('./messages.ts'),
    () => import('./view/Conv2dScene.tsx').then((m) => m.Conv2dScene),
  ),
});
