import { defineScene, lazyView } from '../define.ts';
import { residualSchema } from './schema.ts';

/** The residual scene: what the menu and the link need at once; the view and its messages load when it opens. */
export const scene = defineScene({
  id: 'residual',
  title: { en: 'Residual block', zh: '残差块' },
  summary: {
    en: 'y = F(x) + x, and the 1×1 projection when shapes differ.',
    zh: 'y = F(x) + x，以及形状不同时的 1×1 投影。',
  },
  schema: residualSchema,
  playback: true,
  load: lazyView(
    () => import('./messages.ts'),
    () => import('./view/ResidualScene.tsx').then((m) => m.ResidualScene),
  ),
});
