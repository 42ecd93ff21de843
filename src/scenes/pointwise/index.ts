import { defineScene, lazyView } from '../define.ts';
import { pointwiseSchema } from './schema.ts';

/** The pointwise scene: what the menu and the link need at once; the view and its messages load when it opens. */
export const scene = defineScene({
  id: 'pointwise',
  title: { en: '1×1 convolution and bottlenecks', zh: '1×1 卷积与瓶颈结构' },
  summary: {
    en: 'A fully connected layer at every pixel; reduce channels before the expensive kernel.',
    zh: '在每个像素上做一次全连接；在昂贵的卷积之前先减少通道。',
  },
  schema: pointwiseSchema,
  playback: true,
  load: lazyView(
    () => import('./messages.ts'),
    () => import('./view/PointwiseScene.tsx').then((m) => m.PointwiseScene),
  ),
});
