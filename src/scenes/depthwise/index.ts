import { defineScene, lazyView } from '../define.ts';
import { depthwiseSchema } from './schema.ts';

/** The depthwise-separable scene: what the menu and the link need at once; the view and its messages load when it opens. */
export const scene = defineScene({
  id: 'depthwise-separable',
  title: { en: 'Depthwise separable', zh: '深度可分离卷积' },
  summary: {
    en: 'One filter per channel, then a 1×1 mix: where MobileNet’s savings come from.',
    zh: '每个通道一个卷积核，再用 1×1 混合：MobileNet 的节省从何而来。',
  },
  schema: depthwiseSchema,
  playback: true,
  load: lazyView(
    () => import('./messages.ts'),
    () => import('./view/DepthwiseScene.tsx').then((m) => m.DepthwiseScene),
  ),
});
