import { defineScene, lazyView } from '../define.ts';
import { inceptionSchema } from './schema.ts';

/** The inception scene: what the menu and the link need at once; the view and its messages load when it opens. */
export const scene = defineScene({
  id: 'inception',
  title: { en: 'Inception module', zh: 'Inception 模块' },
  summary: {
    en: '1×1, 3×3, 5×5 and pooling side by side, with 1×1 reductions, and the auxiliary classifiers of deep supervision.',
    zh: '1×1、3×3、5×5 卷积与池化并列，用 1×1 降维；以及深度监督的辅助分类器。',
  },
  schema: inceptionSchema,
  playback: true,
  load: lazyView(
    () => import('./messages.ts'),
    () => import('./view/InceptionScene.tsx').then((m) => m.InceptionScene),
  ),
});
