import { defineScene, lazyView } from '../define.ts';
import { poolingSchema } from './schema.ts';

/** The pooling scene: what the menu and the link need at once; the view and its messages load when it opens. */
export const scene = defineScene({
  id: 'pooling',
  title: { en: 'Pooling, GAP and FC as convolution', zh: '池化、全局平均池化与卷积化的全连接层' },
  summary: {
    en: 'Max and average windows; one number per channel instead of a huge FC head; FC layers that are convolutions.',
    zh: '最大与平均池化窗口；用每个通道一个数代替庞大的全连接头；全连接层其实是卷积。',
  },
  schema: poolingSchema,
  playback: true,
  load: lazyView(
    () => import('./messages.ts'),
    () => import('./view/PoolingScene.tsx').then((m) => m.PoolingScene),
  ),
});
