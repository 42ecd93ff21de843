import { defineScene, lazyView } from '../define.ts';
import { squeezeExciteSchema } from './schema.ts';

/** The squeeze-excite scene: what the menu and the link need at once; the view and its messages load when it opens. */
export const scene = defineScene({
  id: 'squeeze-excite',
  title: { en: 'Squeeze-and-excitation', zh: '挤压与激励（SE）' },
  summary: {
    en: 'Average each channel, learn a weight in (0, 1) for it, and rescale.',
    zh: '对每个通道求平均，学出一个 (0, 1) 之间的权重，再重新缩放。',
  },
  schema: squeezeExciteSchema,
  playback: true,
  load: lazyView(
    () => import('./messages.ts'),
    () => import('./view/SqueezeExciteScene.tsx').then((m) => m.SqueezeExciteScene),
  ),
});
